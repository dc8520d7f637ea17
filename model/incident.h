#pragma once

#include "checklistentry.h"
#include "customkind.h"
#include "discussion.h"
#include "factor.h"
#include "interpretation.h"
#include "source.h"
#include "versioning/mergeconflict.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace faultline {

/// One failure case: the whole content of a .faultline document.
struct Incident
{
    QString title;
    QString summary;
    QStringList tags;
    QList<Source> sources;
    QList<Factor> factors;
    QList<Interpretation> interpretations;
    QList<CustomKind> customKinds;
    QList<ChecklistEntry> checklistExtensions; ///< document-specific failure points
    Discussion discussion;          ///< participants, positions and resolutions (format v2)
    QList<MergeConflict> conflicts; ///< left by a three-way merge, until resolved (format v3)

    const Factor *findFactor(const QString &id) const;
    int factorIndex(const QString &id) const;
    const Source *findSource(const QString &id) const;
    int sourceIndex(const QString &id) const;
    const Interpretation *findInterpretation(const QString &id) const;
    int interpretationIndex(const QString &id) const;
    const CustomKind *findCustomKind(const QString &id) const;

    bool operator==(const Incident &) const = default;
};

} // namespace faultline
