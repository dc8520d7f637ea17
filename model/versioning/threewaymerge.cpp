#include "model/versioning/threewaymerge.h"

#include "model/versioning/elementrecords.h"
#include "model/versioning/versioningtext.h"

#include <QHash>
#include <QSet>

namespace faultline {

namespace {
using Json = nlohmann::ordered_json;

enum class Side
{
    None,
    Ours,
    Theirs,
};

QString compact(const Json &value)
{
    return QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

QString compactOrAbsent(const ElementRecord *record)
{
    return record ? compact(record->fields) : QString();
}

class Merger
{
public:
    Merger(const ElementRecords &base, const ElementRecords &ours, const ElementRecords &theirs)
        : m_base(base), m_ours(ours), m_theirs(theirs)
    {
        m_merged.reserve(ours.records().size() + theirs.records().size() / 8);
    }

    void run()
    {
        for (const ElementRecords *side : {&m_ours, &m_theirs, &m_base})
            for (const ElementRecord &record : side->records())
                if (!m_seen.contains(record.key)) {
                    m_seen.insert(record.key);
                    decide(record.key);
                }
        restoreReferences();
    }

    QList<ElementRecord> takeOrderedRecords();

    QList<MergeConflict> conflicts;
    QStringList layoutKeptOurs;

private:
    void keep(const ElementRecord &record, Side keptFrom = Side::None)
    {
        m_merged.insert(record.key, record);
        if (keptFrom != Side::None)
            m_keptFrom.insert(record.key, keptFrom);
    }

    void decide(const QString &key)
    {
        const QString parent = ElementRecords::parentKey(key);
        const ElementRecord *b = m_base.find(key);
        const ElementRecord *o = m_ours.find(key);
        const ElementRecord *t = m_theirs.find(key);
        if (!parent.isEmpty() && !m_merged.contains(parent))
            return; // its parent is gone, and it with it
        // Under an element kept whole from one side, that side's subtree is taken.
        if (const Side side = m_keptFrom.value(parent, Side::None); side != Side::None) {
            if (const ElementRecord *r = side == Side::Ours ? o : t)
                keep(*r, side);
            return;
        }
        if (b && (!o || !t)) {
            const ElementRecord *survivor = o ? o : t;
            const ElementRecords &changed = o ? m_ours : m_theirs;
            if (!survivor || m_base.sameSubtree(changed, key))
                return; // deleted on one side, unchanged on the other (or deleted on both)
            conflicts.append({key, {}, compact(b->fields), compactOrAbsent(o), compactOrAbsent(t)});
            keep(*survivor, o ? Side::Ours : Side::Theirs);
            return;
        }
        if (o && t) {
            keep(mergeFields(b, *o, *t));
            return;
        }
        keep(o ? *o : *t); // added on one side
    }

    ElementRecord mergeFields(const ElementRecord *b, const ElementRecord &o,
                              const ElementRecord &t)
    {
        ElementRecord merged = o;
        if (o.fields == t.fields)
            return merged;
        const Json none;
        const Json &baseFields = b ? b->fields : none;
        Json fields = Json::object();
        QList<std::string> names;
        for (const Json *side : {&o.fields, &t.fields})
            for (auto it = side->begin(); it != side->end(); ++it)
                if (!names.contains(it.key()))
                    names.append(it.key());
        for (const std::string &name : names) {
            const Json bv = baseFields.is_object() ? baseFields.value(name, none) : none;
            const Json ov = o.fields.value(name, none);
            const Json tv = t.fields.value(name, none);
            Json value = ov;
            if (ov != tv && ov == bv) {
                value = tv;
            } else if (ov != tv && tv != bv) {
                const QString field = QString::fromStdString(name);
                if (ElementRecords::isLayoutField(o.kind, field))
                    layoutKeptOurs.append(o.key);
                else
                    conflicts.append({o.key, field, bv.is_null() ? QString() : compact(bv),
                                      ov.is_null() ? QString() : compact(ov),
                                      tv.is_null() ? QString() : compact(tv)});
            }
            if (!value.is_null())
                fields[name] = value;
        }
        merged.fields = std::move(fields);
        return merged;
    }

    // A deletion on one side can leave the other side's additions pointing at
    // nothing (a link to a deleted factor): the element comes back and the
    // deletion becomes a conflict, so the merged file loads.
    void restoreReferences()
    {
        for (bool changed = true; changed;) {
            changed = false;
            const QList<QString> keys = m_merged.keys();
            for (const QString &key : keys) {
                for (const QString &ref : ElementRecords::references(m_merged.value(key))) {
                    if (m_merged.contains(ref))
                        continue;
                    changed = restore(ref) || changed;
                    if (!m_merged.contains(ref)) // nowhere to restore it from
                        m_merged.remove(key);
                }
            }
        }
    }

    bool restore(const QString &key)
    {
        const ElementRecord *b = m_base.find(key);
        const ElementRecord *o = m_ours.find(key);
        const ElementRecord *t = m_theirs.find(key);
        const ElementRecord *source = o ? o : (t ? t : b);
        const QString parent = ElementRecords::parentKey(key);
        if (!source || (!parent.isEmpty() && !m_merged.contains(parent) && !restore(parent)))
            return false;
        conflicts.append({key, {}, compactOrAbsent(b), compactOrAbsent(o), compactOrAbsent(t)});
        keep(*source);
        return true;
    }

    const ElementRecords &m_base;
    const ElementRecords &m_ours;
    const ElementRecords &m_theirs;
    QSet<QString> m_seen;
    QHash<QString, ElementRecord> m_merged;
    QHash<QString, Side> m_keptFrom;
};

QStringList keysOf(const ElementRecords &records)
{
    QStringList keys;
    keys.reserve(records.records().size());
    for (const ElementRecord &record : records.records())
        keys.append(record.key);
    return keys;
}

QList<ElementRecord> Merger::takeOrderedRecords()
{
    // Ours' order, unless ours kept the base's: then theirs'. Elements from
    // the other versions follow the nearest element before them there.
    const QStringList oursKeys = keysOf(m_ours);
    const bool oursKeptOrder = oursKeys == keysOf(m_base);
    const ElementRecords &primary = oursKeptOrder ? m_theirs : m_ours;
    QStringList order;
    QSet<QString> placed;
    for (const ElementRecord &record : primary.records())
        if (m_merged.contains(record.key)) {
            order.append(record.key);
            placed.insert(record.key);
        }
    QHash<QString, QStringList> after;
    for (const ElementRecords *other : {oursKeptOrder ? &m_ours : &m_theirs, &m_base}) {
        QString anchor;
        for (const ElementRecord &record : other->records()) {
            if (!m_merged.contains(record.key))
                continue;
            if (!placed.contains(record.key)) {
                after[anchor].append(record.key);
                placed.insert(record.key);
            }
            anchor = record.key;
        }
    }
    QList<ElementRecord> records;
    records.reserve(m_merged.size());
    std::function<void(const QString &)> emit = [&](const QString &key) {
        if (!key.isEmpty())
            records.append(m_merged.take(key));
        for (const QString &next : after.value(key))
            emit(next);
    };
    emit(QString());
    for (const QString &key : order)
        emit(key);
    return records;
}

// Every kind whose ids are unique in the whole document, and how to rename one.
void renameIn(Incident &incident, const QString &kind, const QString &from, const QString &to)
{
    const auto swap = [&](QString &id) {
        if (id == from)
            id = to;
    };
    const auto swapAll = [&](QStringList &ids) {
        for (QString &id : ids)
            swap(id);
    };
    const auto swapRuledOut = [&](QList<RuledOut> &list) {
        for (RuledOut &r : list)
            swap(r.target);
    };
    const bool isSource = kind == QLatin1String("source");
    const bool isKind = kind == QLatin1String("customKind");
    const bool isChecklist = kind == QLatin1String("checklist");
    const bool isFactor = kind == QLatin1String("factor");
    const bool isReading = kind == QLatin1String("interpretation");
    for (Source &s : incident.sources)
        if (isSource)
            swap(s.id);
    for (CustomKind &k : incident.customKinds)
        if (isKind)
            swap(k.id);
    for (ChecklistEntry &c : incident.checklistExtensions) {
        if (isChecklist)
            swap(c.id);
        if (isKind)
            swap(c.area);
    }
    for (Factor &f : incident.factors) {
        if (isFactor)
            swap(f.id);
        if (isKind)
            swap(f.kind);
        if (isChecklist)
            swapAll(f.failureModes);
    }
    for (Interpretation &i : incident.interpretations) {
        if (isReading)
            swap(i.id);
        if (isKind)
            swapRuledOut(i.ruledOutAreas);
        if (isChecklist)
            swapRuledOut(i.ruledOutFailureModes);
        for (Placement &p : i.placements)
            if (isFactor)
                swap(p.factorId);
        for (Link &l : i.links) {
            if (kind == QLatin1String("link"))
                swap(l.id);
            if (isFactor) {
                swap(l.from);
                swap(l.to);
            }
            for (Evidence &e : l.evidence) {
                if (kind == QLatin1String("evidence"))
                    swap(e.id);
                if (isSource)
                    swap(e.sourceId);
            }
        }
    }
    for (CruxRecord &r : incident.discussion.records)
        if (isReading) {
            swapAll(r.interpretationIds);
            swap(r.resolvedAs);
            for (CruxPosition &p : r.positions)
                swap(p.agreesWith);
        }
}

using IdsByKind = QHash<QString, QHash<QString, QString>>; // kind → id → key

IdsByKind idsByKind(const ElementRecords &records)
{
    static const QSet<QString> kinds{"source",         "customKind", "checklist", "factor",
                                     "interpretation", "link",       "evidence"};
    IdsByKind ids;
    for (const ElementRecord &record : records.records())
        if (kinds.contains(record.kind))
            ids[record.kind].insert(record.id, record.key);
    return ids;
}
// `theirs` with the ids it added that ours added too for a different element
// renamed ("f12" → "f12-2", every reference following); each rename is
// appended to `renamed` in words.
Incident renameClashingIds(const ElementRecords &b, const ElementRecords &o,
                           const ElementRecords &t, const Incident &theirs, QStringList &renamed)
{
    const IdsByKind baseIds = idsByKind(b);
    const IdsByKind oursIds = idsByKind(o);
    const IdsByKind theirsIds = idsByKind(t);
    Incident result = theirs;
    for (auto kind = theirsIds.cbegin(); kind != theirsIds.cend(); ++kind) {
        const QHash<QString, QString> &inBase = baseIds.value(kind.key());
        const QHash<QString, QString> &inOurs = oursIds.value(kind.key());
        for (auto id = kind.value().cbegin(); id != kind.value().cend(); ++id) {
            if (inBase.contains(id.key()) || !inOurs.contains(id.key()))
                continue;
            // Both added this id: the same element (same place, same content) is no clash.
            if (inOurs.value(id.key()) == id.value() && o.sameSubtree(t, id.value()))
                continue;
            QString fresh;
            for (int n = 2; fresh.isEmpty() || inBase.contains(fresh) || inOurs.contains(fresh) ||
                            kind.value().contains(fresh);
                 ++n)
                fresh = id.key().left(56) + QStringLiteral("-%1").arg(n);
            renameIn(result, kind.key(), id.key(), fresh);
            renamed.append(VersioningText::tr("%1 was added on both sides: theirs is now %2")
                               .arg(describeElementKey(id.value()), fresh));
        }
    }
    return result;
}
} // namespace

Result<MergeOutcome> mergeIncidents(const Incident &base, const Incident &ours,
                                    const Incident &theirs, bool renameClashes)
{
    MergeOutcome outcome;
    const ElementRecords b = ElementRecords::fromIncident(base);
    const ElementRecords o = ElementRecords::fromIncident(ours);
    ElementRecords t = ElementRecords::fromIncident(theirs);
    const Incident renamedTheirs =
        renameClashes ? renameClashingIds(b, o, t, theirs, outcome.renamed) : theirs;
    if (!outcome.renamed.isEmpty())
        t = ElementRecords::fromIncident(renamedTheirs);
    Merger merger(b, o, t);
    merger.run();
    Result<Incident> merged = ElementRecords::toIncident(merger.takeOrderedRecords());
    if (!merged.ok())
        return Failure(merged.errors());
    outcome.incident = std::move(merged).value();
    // Conflicts still open in either version stay open.
    outcome.incident.conflicts = ours.conflicts;
    for (const MergeConflict &c : theirs.conflicts)
        if (!outcome.incident.conflicts.contains(c))
            outcome.incident.conflicts.append(c);
    outcome.incident.conflicts += merger.conflicts;
    outcome.layoutKeptOurs = merger.layoutKeptOurs;
    return outcome;
}

} // namespace faultline
