#include "cruxsidebuilder.h"

#include <QCoreApplication>

#include <algorithm>

namespace faultline {

namespace {
// lupdate files a free tr() call under the class or namespace around the call,
// not under a helper's context: calls name this context class instead.
struct CruxText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::Crux)
};
} // namespace

void CruxSideBuilder::add(const QString &key, int view, const QString &base, const QString &detail)
{
    for (Group &group : m_groups) {
        if (group.key == key) {
            group.views.append(view);
            group.details.append(detail);
            return;
        }
    }
    m_groups.append({key, base, {view}, {detail}});
}

QList<CruxSide> CruxSideBuilder::build(const QList<const Interpretation *> &views,
                                       QString *text) const
{
    QList<CruxSide> result;
    QStringList parts;
    for (const Group &group : m_groups) {
        CruxSide side;
        QStringList names;
        for (int v : group.views) {
            side.interpretationIds.append(views[v]->id);
            names.append(views[v]->name);
        }
        side.description = group.base;
        const bool uniform =
            std::all_of(group.details.begin(), group.details.end(),
                        [&](const QString &d) { return d == group.details.first(); });
        QString detail;
        if (uniform) {
            detail = group.details.first();
        } else {
            QStringList members;
            for (int i = 0; i < group.views.size(); ++i)
                if (!group.details[i].isEmpty())
                    members.append(
                        CruxText::tr("%1: %2").arg(views[group.views[i]]->name, group.details[i]));
            detail = members.join(QStringLiteral("; "));
        }
        if (!detail.isEmpty())
            side.description = CruxText::tr("%1 (%2)").arg(group.base, detail);
        parts.append(
            CruxText::tr("%1: %2").arg(names.join(QStringLiteral(", ")), side.description));
        result.append(side);
    }
    if (text)
        *text = parts.join(QStringLiteral("; "));
    return result;
}

} // namespace faultline
