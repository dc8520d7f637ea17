#include "diffengine.h"

#include "checklistcoverage.h"
#include "cruxsidebuilder.h"
#include "rootcausematrix.h"

#include "model/kindstyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <utility>

namespace faultline {

namespace {
// lupdate files a free tr() call under the class or namespace around the call,
// not under a helper's context: calls name this context class instead.
struct CruxText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::Crux)
};

using LinkKey = std::pair<QString, QString>;

// Long lists of factors are cut short in descriptions; the crux's factorIds keep them all.
constexpr int kListedLabels = 3;

QString quoted(const QString &text)
{
    return text.isEmpty() ? QString() : CruxText::tr("“%1”").arg(text);
}

QString evidenceCount(qsizetype n)
{
    return n == 0 ? CruxText::tr("no evidence") : CruxText::tr("%n evidence", nullptr, int(n));
}

// "Baker 2019": first author's name and year, else the title, else the id.
QString sourceName(const Source *source, const QString &id)
{
    if (!source)
        return id;
    QString name = source->authors.section(QLatin1Char(','), 0, 0)
                       .section(QStringLiteral(" and "), 0, 0)
                       .trimmed();
    if (name.isEmpty())
        name = source->title.trimmed();
    if (name.isEmpty())
        return id;
    return source->year > 0 ? QStringLiteral("%1 %2").arg(name).arg(source->year) : name;
}

using Views = QList<const Interpretation *>;

// A factor used by at least one compared interpretation: its placement in each (nullptr when
// unused).
struct FactorRow
{
    int factor = -1; // index in incident.factors
    QVarLengthArray<const Placement *, 4> placements;
    int users = 0;
};

// A linked factor pair: the first link of the pair in each interpretation (nullptr when absent).
struct LinkRow
{
    int from = -1; // indexes in incident.factors
    int to = -1;
    QVarLengthArray<const Link *, 4> links;
    const Link *first = nullptr; // of the first interpretation that has the pair
    int holders = 0;
};

// Everything is indexed once up front (factor id → index, dense per-view
// placement tables, one hash by factor pair), so each crux type is a linear pass.
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
            QList<const Placement *> placed(incident.factors.size(), nullptr);
            for (const Placement &placement : interp->placements) {
                const int f = m_factorIndex.value(placement.factorId, -1);
                if (f >= 0 && !placed[f])
                    placed[f] = &placement;
            }
            m_views.append(interp);
            m_placed.append(placed);
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
        for (int i = 0; i < m_linkRows.size(); ++i)
            linkPresence(i);
        for (int i = 0; i < m_linkRows.size(); ++i)
            linkValue(i, CruxType::LinkRelation);
        for (int i = 0; i < m_linkRows.size(); ++i)
            linkValue(i, CruxType::LinkStrength);
        for (int i = 0; i < m_linkRows.size(); ++i)
            evidenceSources(i);
        for (int i = 0; i < m_linkRows.size(); ++i)
            evidenceStance(i);
        factorPresence();
        leverNotes();
    }

private:
    int viewCount() const { return int(m_views.size()); }

    QString label(int factor) const
    {
        const Factor &f = m_incident.factors[factor];
        return f.label.isEmpty() ? f.id : f.label;
    }
    QString label(const QString &factorId) const
    {
        const int f = m_factorIndex.value(factorId, -1);
        return f < 0 ? factorId : label(f);
    }
    // "A, B, C and 4 more"
    QString labels(const QStringList &factorIds) const
    {
        QStringList list;
        for (int i = 0; i < factorIds.size() && i < kListedLabels; ++i)
            list.append(label(factorIds[i]));
        const QString listed = list.join(QStringLiteral(", "));
        const int more = int(factorIds.size()) - kListedLabels;
        return more > 0 ? CruxText::tr("%1 and %n more", nullptr, more).arg(listed) : listed;
    }
    QString arrow(const LinkRow &row) const
    {
        return CruxText::tr("%1 → %2").arg(label(row.from), label(row.to));
    }

    // Factor ids of several lists, each once, in document order.
    QStringList unionInDocumentOrder(const QList<QStringList> &lists) const
    {
        QSet<int> seen;
        QList<int> indexes;
        for (const QStringList &list : lists) {
            for (const QString &id : list) {
                const int f = m_factorIndex.value(id, -1);
                if (f >= 0 && !seen.contains(f)) {
                    seen.insert(f);
                    indexes.append(f);
                }
            }
        }
        std::sort(indexes.begin(), indexes.end());
        QStringList ids;
        for (int f : std::as_const(indexes))
            ids.append(m_incident.factors[f].id);
        return ids;
    }

    // "subject — A: side; B, C: side" (no subject: just the sides).
    void addCrux(Crux crux, const CruxSideBuilder &builder, const QString &subject)
    {
        QString sides;
        crux.sides = builder.build(m_views, &sides);
        crux.description = subject.isEmpty() ? sides : CruxText::tr("%1 — %2").arg(subject, sides);
        m_result.cruxes.append(std::move(crux));
    }

    void collectUsage()
    {
        m_factorRows.reserve(m_incident.factors.size());
        m_result.factors.reserve(m_incident.factors.size());
        for (int f = 0; f < m_incident.factors.size(); ++f) {
            FactorRow row;
            row.factor = f;
            FactorUsage usage{m_incident.factors[f].id, {}};
            for (int v = 0; v < viewCount(); ++v) {
                const Placement *placement = m_placed[v][f];
                row.placements.append(placement);
                if (placement) {
                    ++row.users;
                    usage.interpretationIds.append(m_views[v]->id);
                }
            }
            if (row.users > 0) {
                m_factorRows.append(row);
                m_result.factors.append(usage);
            }
        }

        qsizetype linkCount = 0;
        for (const Interpretation *view : std::as_const(m_views))
            linkCount += view->links.size();
        QHash<LinkKey, int> pairIndex;
        pairIndex.reserve(linkCount);
        m_linkRows.reserve(linkCount);
        m_result.links.reserve(linkCount);
        for (int v = 0; v < viewCount(); ++v) {
            for (const Link &link : m_views[v]->links) {
                const int from = m_factorIndex.value(link.from, -1);
                const int to = m_factorIndex.value(link.to, -1);
                if (from < 0 || to < 0)
                    continue; // not in a valid document
                const LinkKey key{link.from, link.to};
                auto it = pairIndex.constFind(key);
                if (it == pairIndex.constEnd()) {
                    it = pairIndex.insert(key, int(m_linkRows.size()));
                    LinkRow row;
                    row.from = from;
                    row.to = to;
                    for (int i = 0; i < viewCount(); ++i)
                        row.links.append(nullptr);
                    m_linkRows.append(row);
                    m_result.links.append({link.from, link.to, {}, true});
                }
                LinkRow &row = m_linkRows[*it];
                if (row.links[v])
                    continue; // a second link of the same pair in one interpretation stands behind
                              // the first
                LinkUsage &usage = m_result.links[*it];
                if (row.first)
                    usage.sameClaim = usage.sameClaim && row.first->relation == link.relation &&
                                      row.first->strength == link.strength;
                else
                    row.first = &link;
                row.links[v] = &link;
                ++row.holders;
                usage.links.append({m_views[v]->id, link.id});
            }
        }
    }

    void areaVerdicts()
    {
        const RootCauseMatrix matrix =
            RootCauseMatrix::build(m_incident, m_result.interpretationIds);
        for (int row = 0; row < matrix.areas().size(); ++row) {
            QSet<int> verdicts; // 0 blames, 1 rules out, 2 neither
            for (int c = 0; c < viewCount(); ++c) {
                const AreaState state = matrix.cell(row, c).state;
                verdicts.insert(state == AreaState::Implicated ? 0
                                : state == AreaState::RuledOut ? 1
                                                               : 2);
            }
            if (verdicts.size() < 2)
                continue;
            Crux crux;
            crux.type = CruxType::AreaVerdict;
            crux.subjectId = matrix.areas()[row];
            CruxSideBuilder sides;
            QList<QStringList> factorLists;
            for (int c = 0; c < viewCount(); ++c) {
                const AreaCell &cell = matrix.cell(row, c);
                factorLists << cell.rootCauseFactorIds << cell.involvedFactorIds;
                switch (cell.state) {
                case AreaState::Implicated:
                    sides.add(QStringLiteral("i"), c, CruxText::tr("root cause"),
                              labels(cell.rootCauseFactorIds));
                    break;
                case AreaState::RuledOut:
                    sides.add(QStringLiteral("r"), c, CruxText::tr("ruled out"),
                              quoted(cell.ruledOutReason));
                    break;
                case AreaState::Involved:
                    sides.add(QStringLiteral("v"), c, CruxText::tr("involved, not a root cause"),
                              labels(cell.involvedFactorIds));
                    break;
                case AreaState::NotConsidered:
                    sides.add(QStringLiteral("n"), c, CruxText::tr("not considered"));
                    break;
                }
            }
            crux.factorIds = unionInDocumentOrder(factorLists);
            addCrux(crux, sides, kindStyle(m_incident, crux.subjectId).name);
        }
    }

    void rootCauses()
    {
        for (const FactorRow &row : std::as_const(m_factorRows)) {
            if (row.users < 2)
                continue;
            int roots = 0;
            for (const Placement *placement : row.placements)
                roots += placement && placement->rootCause ? 1 : 0;
            if (roots == 0 || roots == row.users)
                continue;
            CruxSideBuilder sides;
            for (int v = 0; v < viewCount(); ++v) {
                const Placement *placement = row.placements[v];
                if (!placement)
                    sides.add(QStringLiteral("n"), v, CruxText::tr("does not use it"));
                else if (placement->rootCause)
                    sides.add(QStringLiteral("r"), v, CruxText::tr("root cause"));
                else
                    sides.add(QStringLiteral("c"), v, CruxText::tr("not a root cause"));
            }
            Crux crux;
            crux.type = CruxType::RootCause;
            crux.factorIds = {m_incident.factors[row.factor].id};
            addCrux(crux, sides, label(row.factor));
        }
    }

    void failureModes()
    {
        const Checklist checklist = Checklist::forIncident(m_incident);
        QList<ChecklistCoverage> coverages;
        for (const Interpretation *view : std::as_const(m_views))
            coverages.append(ChecklistCoverage::compute(m_incident, checklist, *view));
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
            CruxSideBuilder sides;
            QList<QStringList> factorLists;
            for (int v = 0; v < viewCount(); ++v) {
                const EntryCoverage &cover = coverages[v].entries()[e];
                factorLists.append(cover.factorIds);
                switch (cover.status) {
                case ChecklistStatus::Implicated:
                    sides.add(QStringLiteral("i"), v, CruxText::tr("implicates it"),
                              CruxText::tr("via %1").arg(labels(cover.factorIds)));
                    break;
                case ChecklistStatus::RuledOut:
                    sides.add(QStringLiteral("r"), v, CruxText::tr("rules it out"),
                              quoted(cover.ruledOutReason));
                    break;
                case ChecklistStatus::NotConsidered:
                    sides.add(QStringLiteral("n"), v, CruxText::tr("does not consider it"));
                    break;
                }
            }
            crux.factorIds = unionInDocumentOrder(factorLists);
            addCrux(crux, sides,
                    CruxText::tr("%1 (%2)").arg(Checklist::displayName(entry),
                                                kindStyle(m_incident, entry.area).name));
        }
    }

    Crux linkCrux(CruxType type, int row) const
    {
        Crux crux;
        crux.type = type;
        crux.factorIds = {m_result.links[row].from, m_result.links[row].to};
        crux.links = m_result.links[row].links;
        return crux;
    }

    void linkPresence(int index)
    {
        const LinkRow &row = m_linkRows[index];
        if (row.holders == viewCount())
            return;
        CruxSideBuilder sides;
        for (int v = 0; v < viewCount(); ++v) {
            if (const Link *link = row.links[v]) {
                sides.add(QStringLiteral("y"), v, arrow(row),
                          CruxText::tr("%1, strength %2, %3")
                              .arg(displayName(link->relation))
                              .arg(link->strength)
                              .arg(evidenceCount(link->evidence.size())));
                continue;
            }
            QStringList missing;
            for (const int end : {row.from, row.to})
                if (!m_placed[v][end])
                    missing.append(label(end));
            sides.add(
                QStringLiteral("n"), v, CruxText::tr("no such link"),
                missing.isEmpty()
                    ? QString()
                    : CruxText::tr("does not use %1").arg(missing.join(CruxText::tr(" or "))));
        }
        addCrux(linkCrux(CruxType::LinkPresence, index), sides, QString());
    }

    void linkValue(int index, CruxType type)
    {
        const LinkRow &row = m_linkRows[index];
        if (row.holders < 2 || m_result.links[index].sameClaim)
            return;
        const bool relation = type == CruxType::LinkRelation;
        CruxSideBuilder sides;
        QSet<int> values;
        for (int v = 0; v < viewCount(); ++v) {
            const Link *link = row.links[v];
            if (!link)
                continue;
            const int value = relation ? int(link->relation) : link->strength;
            values.insert(value);
            sides.add(QString::number(value), v,
                      relation ? displayName(link->relation)
                               : CruxText::tr("strength %1").arg(link->strength));
        }
        if (values.size() > 1)
            addCrux(linkCrux(type, index), sides, arrow(row));
    }

    void evidenceSources(int index)
    {
        const LinkRow &row = m_linkRows[index];
        if (row.holders < 2)
            return;
        QStringList cited; // source ids, first appearance
        for (const Link *link : row.links)
            if (link)
                for (const Evidence &e : link->evidence)
                    if (!e.sourceId.isEmpty() && !cited.contains(e.sourceId))
                        cited.append(e.sourceId);
        for (const QString &sourceId : std::as_const(cited)) {
            const QString name = sourceName(m_incident.findSource(sourceId), sourceId);
            Crux crux = linkCrux(CruxType::EvidenceSource, index);
            crux.subjectId = sourceId;
            CruxSideBuilder sides;
            int citing = 0;
            for (int v = 0; v < viewCount(); ++v) {
                const Link *link = row.links[v];
                if (!link)
                    continue;
                QStringList items;
                for (const Evidence &e : link->evidence) {
                    if (e.sourceId != sourceId)
                        continue;
                    crux.evidenceIds.append(e.id);
                    items.append(
                        CruxText::tr("%1, %2").arg(displayName(e.kind), displayName(e.stance)));
                }
                if (items.isEmpty()) {
                    sides.add(QStringLiteral("n"), v, CruxText::tr("does not cite %1").arg(name));
                } else {
                    ++citing;
                    sides.add(QStringLiteral("y"), v, CruxText::tr("cites %1").arg(name),
                              items.join(QStringLiteral(" / ")));
                }
            }
            if (citing < row.holders)
                addCrux(crux, sides, arrow(row));
        }
    }

    void evidenceStance(int index)
    {
        const LinkRow &row = m_linkRows[index];
        if (row.holders < 2)
            return;
        QSet<int> stances; // 0 supports, 1 contradicts, 2 mixed; no evidence does not count
        QList<std::pair<qsizetype, qsizetype>> counts(viewCount(), {0, 0});
        for (int v = 0; v < viewCount(); ++v) {
            if (!row.links[v])
                continue;
            auto &[supporting, contradicting] = counts[v];
            for (const Evidence &e : row.links[v]->evidence)
                (e.stance == Stance::Supports ? supporting : contradicting) += 1;
            if (supporting + contradicting > 0)
                stances.insert(contradicting == 0 ? 0 : supporting == 0 ? 1 : 2);
        }
        if (stances.size() < 2)
            return;
        Crux crux = linkCrux(CruxType::EvidenceStance, index);
        CruxSideBuilder sides;
        for (int v = 0; v < viewCount(); ++v) {
            if (!row.links[v])
                continue;
            for (const Evidence &e : row.links[v]->evidence)
                crux.evidenceIds.append(e.id);
            const auto [supporting, contradicting] = counts[v];
            if (supporting + contradicting == 0)
                sides.add(QStringLiteral("n"), v, CruxText::tr("no evidence"));
            else if (contradicting == 0)
                sides.add(QStringLiteral("s"), v, CruxText::tr("evidence supports it"),
                          evidenceCount(supporting));
            else if (supporting == 0)
                sides.add(QStringLiteral("c"), v, CruxText::tr("evidence contradicts it"),
                          evidenceCount(contradicting));
            else
                sides.add(QStringLiteral("m"), v, CruxText::tr("evidence is mixed"),
                          CruxText::tr("%1 supporting, %2 contradicting")
                              .arg(supporting)
                              .arg(contradicting));
        }
        addCrux(crux, sides, arrow(row));
    }

    void factorPresence()
    {
        for (const FactorRow &row : std::as_const(m_factorRows)) {
            if (row.users == viewCount())
                continue;
            CruxSideBuilder sides;
            for (int v = 0; v < viewCount(); ++v) {
                if (row.placements[v])
                    sides.add(QStringLiteral("y"), v, CruxText::tr("uses it"));
                else
                    sides.add(QStringLiteral("n"), v, CruxText::tr("does not use it"));
            }
            Crux crux;
            crux.type = CruxType::FactorPresence;
            crux.factorIds = {m_incident.factors[row.factor].id};
            addCrux(crux, sides, label(row.factor));
        }
    }

    void leverNotes()
    {
        for (const FactorRow &row : std::as_const(m_factorRows)) {
            if (row.users < 2)
                continue;
            QSet<QString> notes;
            for (const Placement *placement : row.placements)
                if (placement)
                    notes.insert(placement->leverNote.trimmed());
            if (notes.size() < 2)
                continue;
            CruxSideBuilder sides;
            for (int v = 0; v < viewCount(); ++v) {
                if (!row.placements[v])
                    continue;
                const QString note = row.placements[v]->leverNote.trimmed();
                sides.add(note, v,
                          note.isEmpty() ? CruxText::tr("no lever note")
                                         : CruxText::tr("lever: %1").arg(quoted(note)));
            }
            Crux crux;
            crux.type = CruxType::LeverNote;
            crux.factorIds = {m_incident.factors[row.factor].id};
            addCrux(crux, sides, label(row.factor));
        }
    }

    const Incident &m_incident;
    DiffResult &m_result;
    Views m_views;
    QList<QList<const Placement *>> m_placed; // [view][factor index]
    QHash<QString, int> m_factorIndex;
    QList<FactorRow> m_factorRows; // parallel to m_result.factors
    QList<LinkRow> m_linkRows;     // parallel to m_result.links
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
