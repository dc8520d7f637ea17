#pragma once

#include "model/incident.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace faultline {

/// Title, summary, tags, custom kinds and checklist extensions of the incident,
/// edited as one value (DocumentEditor::editIncidentFields).
struct IncidentFields
{
    QString title;
    QString summary;
    QStringList tags;
    QList<CustomKind> customKinds;
    QList<ChecklistEntry> checklistExtensions;
    bool operator==(const IncidentFields &) const = default;
};

} // namespace faultline
