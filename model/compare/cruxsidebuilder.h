#pragma once

#include "crux.h"

#include "model/interpretation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace faultline {

/// Groups compared interpretations into the sides of one crux (used by
/// DiffEngine). Interpretations added with the same key share a side. A side
/// reads "base (detail)" when all its members have the same detail, else
/// "base (A: detail; B: detail)", naming the members whose detail differs.
class CruxSideBuilder
{
public:
    /// Put interpretation number `view` (an index into the list given to
    /// build()) on the side `key`; `base` describes the side, `detail` this member.
    void add(const QString &key, int view, const QString &base, const QString &detail = QString());

    /// The sides in order of first appearance, and in `text` the whole
    /// "A: side; B, C: side" line, naming interpretations by their names.
    QList<CruxSide> build(const QList<const Interpretation *> &views, QString *text) const;

private:
    struct Group
    {
        QString key;
        QString base;
        QList<int> views;
        QStringList details;
    };
    QList<Group> m_groups;
};

} // namespace faultline
