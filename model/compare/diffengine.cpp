#include "diffengine.h"

#include "checklistcoverage.h"
#include "rootcausematrix.h"

#include "model/kindstyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

namespace faultline {

namespace {
QString tr(const char *text, int n = -1) { return QCoreApplication::translate("faultline::Crux", text, nullptr, n); }

using LinkKey = std::pair<QString, QString>;

// One compared interpretation with hash indexes, so every lookup is O(1).
struct View
{
    const Interpretation *interp = nullptr;
    QHash<QString, const Placement *> placements;
    QHash<LinkKey, const Link *> links; // first link of each factor pair
};

QString quoted(const QString &text) { return text.isEmpty() ? QString() : tr("“%1”").arg(text); }

QString evidenceCount(qsizetype n) { return n == 0 ? tr("no evidence") : tr("%n evidence", int(n)); }

// "Baker 2019": first author's name and year, else the title, else the id.
QString sourceName(const Source *source, const QString &id)
{
    if (!source)
        return id;
    QString name = source->authors.section(QLatin1Char(','), 0, 0).section(QStringLiteral(" and "), 0, 0).trimmed();
    if (name.isEmpty())
        name = source->title.trimmed();
    if (name.isEmpty())
        return id;
    return source->year > 0 ? QStringLiteral("%1 %2").arg(name).arg(source->year) : name;
}

// Collects the sides of one crux. Interpretations with the same key share a
// side; the side reads "base (detail)" when every member has the same detail,
// else "base (A: detail; B: detail)".
class SideBuilder
{
public:
    void add(const QString &key, int view, const QString &base, const QString &detail = QString())
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

    QList<CruxSide> sides(const QList<View> &views) const
    {
        QList<CruxSide> result;
        for (const Group &group : m_groups) {
            CruxSide side;
            for (int v : group.views)
                side.interpretationIds.append(views[v].interp->id);
            side.description = group.base;
            const bool uniform = std::all_of(group.details.begin(), group.details.end(),
                                             [&](const QString &d) { return d == group.details.first(); });
            QString detail;
            if (uniform) {
                detail = group.details.first();
            } else {
                QStringList parts;
                for (int i = 0; i < group.views.size(); ++i)
                    if (!group.details[i].isEmpty())
                        parts.append(tr("%1: %2").arg(views[group.views[i]].interp->name, group.details[i]));
                detail = parts.join(QStringLiteral("; "));
            }
            if (!detail.isEmpty())
                side.description = tr("%1 (%2)").arg(group.base, detail);
            result.append(side);
        }
        return result;
    }

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

class Comparison
{
public:
    Comparison(const Incident &incident, const QStringList &ids, DiffResult &result)
        : m_incident(incident), m_result(result)
    {
        m_factorIndex.reserve(incident.factors.size());
        for (int i = 0; i < incident.factors.size(); ++i)
            m_factorIndex.insert(incident.factors[i].id, i);
        for (const QString &id : ids) {
            const Interpretation *interp = incident.findInterpretation(id);
            if (!interp || m_result.interpretationIds.contains(id))
                continue;
            View view;
            view.interp = interp;
            view.placements.reserve(interp->placements.size());
            for (const Placement &placement : interp->placements)
                view.placements.insert(placement.factorId, &placement);
            view.links.reserve(interp->links.size());
            for (const Link &link : interp->links) {
                const LinkKey key{link.from, link.to};
                if (!view.links.contains(key)) // the first link of a pair stands for it
                    view.links.insert(key, &link);
            }
            m_views.append(view);
            m_result.interpretationIds.append(id);
        }
    }

    void run()
    {
        collectUsage();
        if (m_views.size() < 2)
            return;
        areaVerdicts();
        rootCauses();
        failureModes();
        for (const LinkUsage &usage : std::as_const(m_result.links))
            linkPresence(usage);
        for (const LinkUsage &usage : std::as_const(m_result.links))
            linkValue(usage, CruxType::LinkRelation);
        for (const LinkUsage &usage : std::as_const(m_result.links))
            linkValue(usage, CruxType::LinkStrength);
        for (const LinkUsage &usage : std::as_const(m_result.links))
            evidenceSources(usage);
        for (const LinkUsage &usage : std::as_const(m_result.links))
            evidenceStance(usage);
        factorPresence();
        leverNotes();
    }

private:
    QString label(const QString &factorId) const
    {
        const auto it = m_factorIndex.constFind(factorId);
        if (it == m_factorIndex.constEnd())
            return factorId;
        const Factor &factor = m_incident.factors[*it];
        return factor.label.isEmpty() ? factor.id : factor.label;
    }
    QString labels(const QStringList &factorIds) const
    {
        QStringList list;
        for (const QString &id : factorIds)
            list.append(label(id));
        return list.join(QStringLiteral(", "));
    }
    QString arrow(const LinkUsage &usage) const { return tr("%1 → %2").arg(label(usage.from), label(usage.to)); }
    void sortByDocumentOrder(QStringList &factorIds) const
    {
        std::sort(factorIds.begin(), factorIds.end(), [this](const QString &a, const QString &b) {
            return m_factorIndex.value(a) < m_factorIndex.value(b);
        });
    }

    // "subject — A: side; B, C: side" (no subject: just the sides).
    void addCrux(Crux crux, const SideBuilder &builder, const QString &subject)
    {
        crux.sides = builder.sides(m_views);
        QStringList parts;
        for (const CruxSide &side : std::as_const(crux.sides)) {
            QStringList names;
            for (const QString &id : side.interpretationIds)
                names.append(m_views[int(m_result.interpretationIds.indexOf(id))].interp->name);
            parts.append(tr("%1: %2").arg(names.join(QStringLiteral(", ")), side.description));
        }
        const QString sides = parts.join(QStringLiteral("; "));
        crux.description = subject.isEmpty() ? sides : tr("%1 — %2").arg(subject, sides);
        m_result.cruxes.append(std::move(crux));
    }

    void collectUsage()
    {
        for (const Factor &factor : m_incident.factors) {
            FactorUsage usage{factor.id, {}};
            for (const View &view : std::as_const(m_views))
                if (view.placements.contains(factor.id))
                    usage.interpretationIds.append(view.interp->id);
            if (!usage.interpretationIds.isEmpty())
                m_result.factors.append(usage);
        }
        QHash<LinkKey, int> pairIndex;
        for (const View &view : std::as_const(m_views)) {
            for (const Link &link : view.interp->links) {
                const LinkKey key{link.from, link.to};
                if (view.links.value(key) != &link)
                    continue; // a second link of the same pair in one interpretation
                auto it = pairIndex.constFind(key);
                if (it == pairIndex.constEnd()) {
                    it = pairIndex.insert(key, int(m_result.links.size()));
                    m_result.links.append({link.from, link.to, {}, true});
                }
                LinkUsage &usage = m_result.links[*it];
                if (!usage.links.isEmpty()) {
                    const Link *first = holderLink(usage, 0);
                    usage.sameClaim = usage.sameClaim && first->relation == link.relation
                                      && first->strength == link.strength;
                }
                usage.links.append({view.interp->id, link.id});
            }
        }
    }

    int viewIndex(const QString &interpretationId) const { return int(m_result.interpretationIds.indexOf(interpretationId)); }
    const Link *holderLink(const LinkUsage &usage, int holder) const
    {
        const View &view = m_views[viewIndex(usage.links[holder].interpretationId)];
        return view.links.value({usage.from, usage.to});
    }

    void areaVerdicts()
    {
        const RootCauseMatrix matrix = RootCauseMatrix::build(m_incident, m_result.interpretationIds);
        for (int row = 0; row < matrix.areas().size(); ++row) {
            QSet<int> verdicts; // 0 blames, 1 rules out, 2 neither
            for (int c = 0; c < m_views.size(); ++c) {
                const AreaState state = matrix.cell(row, c).state;
                verdicts.insert(state == AreaState::Implicated ? 0 : state == AreaState::RuledOut ? 1 : 2);
            }
            if (verdicts.size() < 2)
                continue;
            Crux crux;
            crux.type = CruxType::AreaVerdict;
            crux.subjectId = matrix.areas()[row];
            SideBuilder sides;
            QSet<QString> involved;
            for (int c = 0; c < m_views.size(); ++c) {
                const AreaCell &cell = matrix.cell(row, c);
                for (const QString &id : cell.rootCauseFactorIds + cell.involvedFactorIds)
                    if (!involved.contains(id)) {
                        involved.insert(id);
                        crux.factorIds.append(id);
                    }
                switch (cell.state) {
                case AreaState::Implicated:
                    sides.add(QStringLiteral("i"), c, tr("root cause"), labels(cell.rootCauseFactorIds));
                    break;
                case AreaState::RuledOut:
                    sides.add(QStringLiteral("r"), c, tr("ruled out"), quoted(cell.ruledOutReason));
                    break;
                case AreaState::Involved:
                    sides.add(QStringLiteral("v"), c, tr("involved, not a root cause"), labels(cell.involvedFactorIds));
                    break;
                case AreaState::NotConsidered:
                    sides.add(QStringLiteral("n"), c, tr("not considered"));
                    break;
                }
            }
            sortByDocumentOrder(crux.factorIds);
            addCrux(crux, sides, kindStyle(m_incident, crux.subjectId).name);
        }
    }

    void rootCauses()
    {
        for (const FactorUsage &usage : std::as_const(m_result.factors)) {
            if (usage.interpretationIds.size() < 2)
                continue;
            int roots = 0;
            for (const QString &id : usage.interpretationIds)
                roots += m_views[viewIndex(id)].placements.value(usage.factorId)->rootCause ? 1 : 0;
            if (roots == 0 || roots == usage.interpretationIds.size())
                continue;
            SideBuilder sides;
            for (int v = 0; v < m_views.size(); ++v) {
                const Placement *placement = m_views[v].placements.value(usage.factorId);
                if (!placement)
                    sides.add(QStringLiteral("n"), v, tr("does not use it"));
                else if (placement->rootCause)
                    sides.add(QStringLiteral("r"), v, tr("root cause"));
                else
                    sides.add(QStringLiteral("c"), v, tr("not a root cause"));
            }
            Crux crux;
            crux.type = CruxType::RootCause;
            crux.factorIds = {usage.factorId};
            addCrux(crux, sides, label(usage.factorId));
        }
    }

    void failureModes()
    {
        const Checklist checklist = Checklist::forIncident(m_incident);
        QList<ChecklistCoverage> coverages;
        for (const View &view : std::as_const(m_views))
            coverages.append(ChecklistCoverage::compute(m_incident, checklist, *view.interp));
        for (int e = 0; e < checklist.entries().size(); ++e) {
            QSet<ChecklistStatus> statuses;
            for (const ChecklistCoverage &coverage : std::as_const(coverages))
                statuses.insert(coverage.entries()[e].status);
            if (statuses.size() < 2)
                continue;
            const ChecklistEntry &entry = checklist.entries()[e];
            Crux crux;
            crux.type = CruxType::FailureMode;
            crux.subjectId = entry.id;
            SideBuilder sides;
            QSet<QString> implicating;
            for (int v = 0; v < m_views.size(); ++v) {
                const EntryCoverage &cover = coverages[v].entries()[e];
                for (const QString &id : cover.factorIds)
                    if (!implicating.contains(id)) {
                        implicating.insert(id);
                        crux.factorIds.append(id);
                    }
                switch (cover.status) {
                case ChecklistStatus::Implicated:
                    sides.add(QStringLiteral("i"), v, tr("implicates it"), tr("via %1").arg(labels(cover.factorIds)));
                    break;
                case ChecklistStatus::RuledOut:
                    sides.add(QStringLiteral("r"), v, tr("rules it out"), quoted(cover.ruledOutReason));
                    break;
                case ChecklistStatus::NotConsidered:
                    sides.add(QStringLiteral("n"), v, tr("does not consider it"));
                    break;
                }
            }
            sortByDocumentOrder(crux.factorIds);
            addCrux(crux, sides,
                 tr("%1 (%2)").arg(Checklist::displayName(entry), kindStyle(m_incident, entry.area).name));
        }
    }

    Crux linkCrux(CruxType type, const LinkUsage &usage) const
    {
        Crux crux;
        crux.type = type;
        crux.factorIds = {usage.from, usage.to};
        crux.links = usage.links;
        return crux;
    }

    void linkPresence(const LinkUsage &usage)
    {
        if (usage.links.size() == m_views.size())
            return;
        SideBuilder sides;
        for (int v = 0; v < m_views.size(); ++v) {
            const View &view = m_views[v];
            if (const Link *link = view.links.value({usage.from, usage.to})) {
                sides.add(QStringLiteral("y"), v, arrow(usage),
                          tr("%1, strength %2, %3")
                              .arg(displayName(link->relation))
                              .arg(link->strength)
                              .arg(evidenceCount(link->evidence.size())));
                continue;
            }
            QStringList missing;
            for (const QString &end : {usage.from, usage.to})
                if (!view.placements.contains(end))
                    missing.append(label(end));
            sides.add(QStringLiteral("n"), v, tr("no such link"),
                      missing.isEmpty() ? QString() : tr("does not use %1").arg(missing.join(tr(" or "))));
        }
        addCrux(linkCrux(CruxType::LinkPresence, usage), sides, QString());
    }

    void linkValue(const LinkUsage &usage, CruxType type)
    {
        if (usage.links.size() < 2 || usage.sameClaim)
            return;
        const bool relation = type == CruxType::LinkRelation;
        SideBuilder sides;
        QSet<int> values;
        for (int h = 0; h < usage.links.size(); ++h) {
            const Link *link = holderLink(usage, h);
            const int value = relation ? int(link->relation) : link->strength;
            values.insert(value);
            sides.add(QString::number(value), viewIndex(usage.links[h].interpretationId),
                      relation ? displayName(link->relation) : tr("strength %1").arg(link->strength));
        }
        if (values.size() > 1)
            addCrux(linkCrux(type, usage), sides, arrow(usage));
    }

    void evidenceSources(const LinkUsage &usage)
    {
        if (usage.links.size() < 2)
            return;
        QStringList cited; // source ids, first appearance
        for (int h = 0; h < usage.links.size(); ++h)
            for (const Evidence &e : holderLink(usage, h)->evidence)
                if (!e.sourceId.isEmpty() && !cited.contains(e.sourceId))
                    cited.append(e.sourceId);
        for (const QString &sourceId : std::as_const(cited)) {
            const QString name = sourceName(m_incident.findSource(sourceId), sourceId);
            Crux crux = linkCrux(CruxType::EvidenceSource, usage);
            crux.subjectId = sourceId;
            SideBuilder sides;
            int citing = 0;
            for (int h = 0; h < usage.links.size(); ++h) {
                QStringList items;
                for (const Evidence &e : holderLink(usage, h)->evidence) {
                    if (e.sourceId != sourceId)
                        continue;
                    crux.evidenceIds.append(e.id);
                    items.append(tr("%1, %2").arg(displayName(e.kind), displayName(e.stance)));
                }
                const int v = viewIndex(usage.links[h].interpretationId);
                if (items.isEmpty()) {
                    sides.add(QStringLiteral("n"), v, tr("does not cite %1").arg(name));
                } else {
                    ++citing;
                    sides.add(QStringLiteral("y"), v, tr("cites %1").arg(name), items.join(QStringLiteral(" / ")));
                }
            }
            if (citing < usage.links.size())
                addCrux(crux, sides, arrow(usage));
        }
    }

    void evidenceStance(const LinkUsage &usage)
    {
        if (usage.links.size() < 2)
            return;
        Crux crux = linkCrux(CruxType::EvidenceStance, usage);
        SideBuilder sides;
        QSet<int> stances; // 0 supports, 1 contradicts, 2 mixed; no evidence does not count
        for (int h = 0; h < usage.links.size(); ++h) {
            qsizetype supporting = 0;
            qsizetype contradicting = 0;
            for (const Evidence &e : holderLink(usage, h)->evidence) {
                crux.evidenceIds.append(e.id);
                (e.stance == Stance::Supports ? supporting : contradicting) += 1;
            }
            const int v = viewIndex(usage.links[h].interpretationId);
            if (supporting + contradicting == 0) {
                sides.add(QStringLiteral("n"), v, tr("no evidence"));
            } else if (contradicting == 0) {
                stances.insert(0);
                sides.add(QStringLiteral("s"), v, tr("evidence supports it"), evidenceCount(supporting));
            } else if (supporting == 0) {
                stances.insert(1);
                sides.add(QStringLiteral("c"), v, tr("evidence contradicts it"), evidenceCount(contradicting));
            } else {
                stances.insert(2);
                sides.add(QStringLiteral("m"), v, tr("evidence is mixed"),
                          tr("%1 supporting, %2 contradicting").arg(supporting).arg(contradicting));
            }
        }
        if (stances.size() > 1)
            addCrux(crux, sides, arrow(usage));
    }

    void factorPresence()
    {
        for (const FactorUsage &usage : std::as_const(m_result.factors)) {
            if (usage.interpretationIds.size() == m_views.size())
                continue;
            SideBuilder sides;
            for (int v = 0; v < m_views.size(); ++v) {
                if (m_views[v].placements.contains(usage.factorId))
                    sides.add(QStringLiteral("y"), v, tr("uses it"));
                else
                    sides.add(QStringLiteral("n"), v, tr("does not use it"));
            }
            Crux crux;
            crux.type = CruxType::FactorPresence;
            crux.factorIds = {usage.factorId};
            addCrux(crux, sides, label(usage.factorId));
        }
    }

    void leverNotes()
    {
        for (const FactorUsage &usage : std::as_const(m_result.factors)) {
            if (usage.interpretationIds.size() < 2)
                continue;
            SideBuilder sides;
            QSet<QString> notes;
            for (const QString &id : usage.interpretationIds) {
                const int v = viewIndex(id);
                const QString note = m_views[v].placements.value(usage.factorId)->leverNote.trimmed();
                notes.insert(note);
                sides.add(note, v, note.isEmpty() ? tr("no lever note") : tr("lever: %1").arg(quoted(note)));
            }
            if (notes.size() < 2)
                continue;
            Crux crux;
            crux.type = CruxType::LeverNote;
            crux.factorIds = {usage.factorId};
            addCrux(crux, sides, label(usage.factorId));
        }
    }

    const Incident &m_incident;
    DiffResult &m_result;
    QList<View> m_views;
    QHash<QString, int> m_factorIndex;
};
} // namespace

DiffResult DiffEngine::compare(const Incident &incident, const QStringList &interpretationIds)
{
    DiffResult result;
    Comparison comparison(incident, interpretationIds, result);
    comparison.run();
    return result;
}

} // namespace faultline
