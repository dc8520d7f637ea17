#include "interpretationmerge.h"

#include "model/checklist.h"
#include "model/format/faultlinereader.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

#include <array>

namespace faultline {

namespace {
// lupdate files a free tr() call under the class or namespace around the call,
// not under a helper's context: calls name this context class instead.
struct MergeText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::Merge)
};

// "10.1234/ABC", "doi:10.1234/abc" and "https://doi.org/10.1234/abc" are one DOI
// (DOIs are case-insensitive).
QString doiKey(const Source &source)
{
    const auto strip = [](QString text) {
        text = text.trimmed().toLower();
        for (const char *prefix : {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                   "http://dx.doi.org/", "doi:"})
            if (text.startsWith(QLatin1String(prefix)))
                return text.mid(int(qstrlen(prefix)));
        return text;
    };
    if (!source.doi.trimmed().isEmpty())
        return strip(source.doi);
    const QString url = strip(source.url);
    return url.startsWith(QLatin1String("10.")) ? url : QString();
}

// The same page whether written with http or https, "www." or a trailing slash.
QString urlKey(const Source &source)
{
    const QString text = source.url.trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text);
    if (!url.isValid() || url.host().isEmpty())
        return text.toLower();
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return host + path + (url.hasQuery() ? QLatin1Char('?') + url.query() : QString());
}

bool sameDetails(const Factor &a, const Factor &b)
{
    return a.kind == b.kind && a.label == b.label && a.description == b.description &&
           a.failureModes == b.failureModes && a.actual == b.actual && a.ideal == b.ideal;
}

// Ids already used in our document, per namespace, and fresh ids for clashes.
class IdSpace
{
public:
    enum Space
    {
        FactorIds,
        SourceIds,
        InterpretationIds,
        LinkIds,
        EvidenceIds,
        SpaceCount
    };

    IdSpace(const Incident &ours, const IdAllocator &allocate) : m_allocate(allocate)
    {
        qsizetype links = 0;
        for (const Interpretation &interp : ours.interpretations)
            links += interp.links.size();
        m_taken[FactorIds].reserve(ours.factors.size());
        m_taken[LinkIds].reserve(links);
        m_all.reserve(ours.factors.size() + 2 * links);
        for (const Factor &f : ours.factors)
            take(FactorIds, f.id);
        for (const Source &s : ours.sources)
            take(SourceIds, s.id);
        for (const Interpretation &interp : ours.interpretations) {
            take(InterpretationIds, interp.id);
            for (const Link &link : interp.links) {
                take(LinkIds, link.id);
                for (const Evidence &e : link.evidence)
                    take(EvidenceIds, e.id);
            }
        }
        // Generated ids also avoid these, as Document::newId does.
        for (const CustomKind &kind : ours.customKinds)
            m_all.insert(kind.id);
        for (const ChecklistEntry &entry : ours.checklistExtensions)
            m_all.insert(entry.id);
    }

    /// Their ids for one namespace, kept where ours do not use them, fresh
    /// "<prefix><n>" ids for the rest. Kept ids are reserved before any fresh
    /// one is handed out, so a fresh id never takes one of theirs that was free.
    QStringList assign(Space space, const QStringList &wanted, const QString &prefix)
    {
        QStringList result(wanted.size());
        for (int i = 0; i < wanted.size(); ++i) {
            if (!wanted[i].isEmpty() && !m_taken[space].contains(wanted[i])) {
                take(space, wanted[i]);
                result[i] = wanted[i];
            }
        }
        for (int i = 0; i < wanted.size(); ++i)
            if (result[i].isEmpty())
                result[i] = fresh(space, prefix);
        return result;
    }

private:
    QString fresh(Space space, const QString &prefix)
    {
        // The allocator knows ids the document handed out before (and must not
        // reuse) but not the ids this plan keeps, so skip those; fall back to
        // counting should it keep answering with taken ids.
        for (int attempt = 0; m_allocate && attempt < 1000; ++attempt) {
            const QString id = m_allocate(prefix);
            if (!id.isEmpty() && !m_all.contains(id)) {
                take(space, id);
                return id;
            }
        }
        int &next = m_next[prefix];
        for (;;) {
            const QString id = prefix + QString::number(++next);
            if (!m_all.contains(id)) {
                take(space, id);
                return id;
            }
        }
    }

    void take(Space space, const QString &id)
    {
        m_taken[space].insert(id);
        m_all.insert(id);
    }

    IdAllocator m_allocate;
    std::array<QSet<QString>, SpaceCount> m_taken;
    QSet<QString> m_all;
    QHash<QString, int> m_next;
};
} // namespace

QString toString(FactorMatchReason reason)
{
    switch (reason) {
    case FactorMatchReason::ById:
        return QStringLiteral("by-id");
    case FactorMatchReason::ByLabel:
        return QStringLiteral("by-label");
    case FactorMatchReason::New:
        break;
    }
    return QStringLiteral("new");
}

QString toString(SourceMatchReason reason)
{
    switch (reason) {
    case SourceMatchReason::ById:
        return QStringLiteral("by-id");
    case SourceMatchReason::ByDoi:
        return QStringLiteral("by-doi");
    case SourceMatchReason::ByUrl:
        return QStringLiteral("by-url");
    case SourceMatchReason::New:
        break;
    }
    return QStringLiteral("new");
}

InterpretationMerge::InterpretationMerge(const Incident &ours, const Incident &theirs)
    : m_ours(ours), m_theirs(theirs)
{
    matchFactors();
    matchSources();
    collectWarnings();
}

MergeLoadResult InterpretationMerge::fromFile(const Incident &ours, const QString &path)
{
    LoadResult loaded = readFaultlineFile(path);
    if (!loaded.ok())
        return {std::nullopt, loaded.messages()};
    return {InterpretationMerge(ours, loaded.value()), {}};
}

MergeLoadResult InterpretationMerge::fromBytes(const Incident &ours, const QByteArray &bytes)
{
    LoadResult loaded = readFaultline(bytes);
    if (!loaded.ok())
        return {std::nullopt, loaded.messages()};
    return {InterpretationMerge(ours, loaded.value()), {}};
}

QString InterpretationMerge::normalisedLabel(const QString &label)
{
    QString text;
    text.reserve(label.size());
    for (const QChar c : label)
        if (!c.isPunct())
            text.append(c);
    return text.toCaseFolded().simplified();
}

void InterpretationMerge::matchFactors()
{
    QHash<QString, int> ourIndex;
    for (int i = 0; i < m_ours.factors.size(); ++i)
        ourIndex.insert(m_ours.factors[i].id, i);
    QSet<QString> claimed;

    // Ids first, for every factor, so a label match never takes a factor of
    // ours that another of theirs matches by id.
    for (const Factor &theirs : std::as_const(m_theirs.factors)) {
        FactorMatch match;
        match.theirId = theirs.id;
        const auto it = ourIndex.constFind(theirs.id);
        if (it != ourIndex.constEnd() && m_ours.factors[*it].kind == theirs.kind) {
            match.ourId = theirs.id;
            match.reason = FactorMatchReason::ById;
            claimed.insert(theirs.id);
        }
        m_factorMatches.append(match);
    }

    const auto key = [](const Factor &f) {
        return f.kind + QLatin1Char('\n') + normalisedLabel(f.label);
    };
    QHash<QString, QList<int>> byLabel; // unclaimed factors of ours, document order
    for (int i = 0; i < m_ours.factors.size(); ++i)
        if (!claimed.contains(m_ours.factors[i].id))
            byLabel[key(m_ours.factors[i])].append(i);
    for (int t = 0; t < m_theirs.factors.size(); ++t) {
        FactorMatch &match = m_factorMatches[t];
        if (match.reason == FactorMatchReason::ById)
            continue;
        QList<int> &candidates = byLabel[key(m_theirs.factors[t])];
        if (candidates.isEmpty())
            continue;
        match.ourId = m_ours.factors[candidates.takeFirst()]
                          .id; // one-to-one: a placement exists once per reading
        match.reason = FactorMatchReason::ByLabel;
    }

    for (int t = 0; t < m_theirs.factors.size(); ++t) {
        FactorMatch &match = m_factorMatches[t];
        if (match.reason != FactorMatchReason::New)
            match.detailsDiffer =
                !sameDetails(m_theirs.factors[t], m_ours.factors[ourIndex.value(match.ourId)]);
    }
}

void InterpretationMerge::matchSources()
{
    for (const Source &theirs : std::as_const(m_theirs.sources)) {
        SourceMatch match;
        match.theirId = theirs.id;
        const QString doi = doiKey(theirs);
        const QString url = urlKey(theirs);
        // A shared id is only the same source when the addresses do not say otherwise:
        // generated ids such as "s1" are common to unrelated files.
        if (const Source *ours = m_ours.findSource(theirs.id)) {
            const QString ourDoi = doiKey(*ours);
            const QString ourUrl = urlKey(*ours);
            const bool conflict = (!doi.isEmpty() && !ourDoi.isEmpty() && doi != ourDoi) ||
                                  (!url.isEmpty() && !ourUrl.isEmpty() && url != ourUrl &&
                                   (doi.isEmpty() || ourDoi.isEmpty()));
            if (!conflict) {
                match.ourId = ours->id;
                match.reason = SourceMatchReason::ById;
            }
        }
        for (const Source &ours : std::as_const(m_ours.sources)) {
            if (match.reason != SourceMatchReason::New)
                break;
            if (!doi.isEmpty() && doiKey(ours) == doi) {
                match.ourId = ours.id;
                match.reason = SourceMatchReason::ByDoi;
            }
        }
        for (const Source &ours : std::as_const(m_ours.sources)) {
            if (match.reason != SourceMatchReason::New)
                break;
            if (!url.isEmpty() && urlKey(ours) == url) {
                match.ourId = ours.id;
                match.reason = SourceMatchReason::ByUrl;
            }
        }
        m_sourceMatches.append(match);
    }
}

void InterpretationMerge::collectWarnings()
{
    if (normalisedLabel(m_ours.title) != normalisedLabel(m_theirs.title))
        m_warnings.append(MergeText::tr("The file is about “%1”, this document about “%2”.")
                              .arg(m_theirs.title, m_ours.title));
    if (m_theirs.interpretations.isEmpty())
        m_warnings.append(MergeText::tr("The file has no interpretations to import."));
    const bool anyMatch =
        std::any_of(m_factorMatches.begin(), m_factorMatches.end(),
                    [](const FactorMatch &m) { return m.reason != FactorMatchReason::New; });
    if (!m_theirs.factors.isEmpty() && !m_ours.factors.isEmpty() && !anyMatch)
        m_warnings.append(MergeText::tr(
            "None of the file's factors matches a factor of this document; all will be added."));
}

const FactorMatch *InterpretationMerge::factorMatch(const QString &theirId) const
{
    for (const FactorMatch &match : m_factorMatches)
        if (match.theirId == theirId)
            return &match;
    return nullptr;
}

bool InterpretationMerge::setLabelMatchRejected(const QString &theirFactorId, bool rejected)
{
    for (FactorMatch &match : m_factorMatches) {
        if (match.theirId != theirFactorId)
            continue;
        if (match.reason != FactorMatchReason::ByLabel)
            return false;
        match.rejected = rejected;
        return true;
    }
    return false;
}

InterpretationMerge InterpretationMerge::rebased(const Incident &ours) const
{
    InterpretationMerge plan(ours, m_theirs);
    for (const FactorMatch &match : m_factorMatches)
        if (match.rejected)
            plan.setLabelMatchRejected(match.theirId, true);
    return plan;
}

MergeAdditions InterpretationMerge::additions(const IdAllocator &allocate) const
{
    MergeAdditions add;
    IdSpace ids(m_ours, allocate);

    QStringList wanted;
    for (int i = 0; i < m_sourceMatches.size(); ++i)
        if (m_sourceMatches[i].reason == SourceMatchReason::New)
            wanted.append(m_theirs.sources[i].id);
    const QStringList sourceIds = ids.assign(IdSpace::SourceIds, wanted, QStringLiteral("s"));
    for (int i = 0, n = 0; i < m_sourceMatches.size(); ++i) {
        const SourceMatch &match = m_sourceMatches[i];
        if (match.reason != SourceMatchReason::New) {
            add.sourceIdMap.insert(match.theirId, match.ourId);
            continue;
        }
        Source source = m_theirs.sources[i];
        source.id = sourceIds[n++];
        add.sourceIdMap.insert(match.theirId, source.id);
        add.sources.append(source);
    }

    wanted.clear();
    for (int i = 0; i < m_factorMatches.size(); ++i)
        if (m_factorMatches[i].addsFactor())
            wanted.append(m_theirs.factors[i].id);
    const QStringList factorIds = ids.assign(IdSpace::FactorIds, wanted, QStringLiteral("f"));
    QSet<QString> neededKinds;
    QSet<QString> neededEntries;
    for (int i = 0, n = 0; i < m_factorMatches.size(); ++i) {
        const FactorMatch &match = m_factorMatches[i];
        if (!match.addsFactor()) {
            add.factorIdMap.insert(match.theirId, match.ourId);
            continue;
        }
        Factor factor = m_theirs.factors[i];
        factor.id = factorIds[n++];
        add.factorIdMap.insert(match.theirId, factor.id);
        neededKinds.insert(factor.kind);
        for (const QString &mode : std::as_const(factor.failureModes))
            neededEntries.insert(mode);
        add.factors.append(factor);
    }

    QStringList wantedInterpretations;
    QStringList wantedLinks;
    QStringList wantedEvidence;
    for (const Interpretation &interp : m_theirs.interpretations) {
        wantedInterpretations.append(interp.id);
        for (const Link &link : interp.links) {
            wantedLinks.append(link.id);
            for (const Evidence &e : link.evidence)
                wantedEvidence.append(e.id);
        }
    }
    const QStringList interpretationIds =
        ids.assign(IdSpace::InterpretationIds, wantedInterpretations, QStringLiteral("i"));
    const QStringList linkIds = ids.assign(IdSpace::LinkIds, wantedLinks, QStringLiteral("l"));
    const QStringList evidenceIds =
        ids.assign(IdSpace::EvidenceIds, wantedEvidence, QStringLiteral("e"));

    QSet<QString> names;
    for (const Interpretation &interp : m_ours.interpretations)
        names.insert(interp.name);
    int nextLink = 0;
    int nextEvidence = 0;
    for (int i = 0; i < m_theirs.interpretations.size(); ++i) {
        Interpretation interp = m_theirs.interpretations[i];
        interp.id = interpretationIds[i];
        const QString name = interp.name;
        for (int n = 2; names.contains(interp.name); ++n)
            interp.name = MergeText::tr("%1 (%2)").arg(name).arg(n);
        names.insert(interp.name);
        for (Placement &placement : interp.placements)
            placement.factorId = add.factorIdMap.value(placement.factorId);
        for (Link &link : interp.links) {
            link.id = linkIds[nextLink++];
            link.from = add.factorIdMap.value(link.from);
            link.to = add.factorIdMap.value(link.to);
            for (Evidence &e : link.evidence) {
                e.id = evidenceIds[nextEvidence++];
                if (!e.sourceId.isEmpty())
                    e.sourceId = add.sourceIdMap.value(e.sourceId);
            }
        }
        for (const RuledOut &ruled : std::as_const(interp.ruledOutAreas))
            neededKinds.insert(ruled.target);
        for (const RuledOut &ruled : std::as_const(interp.ruledOutFailureModes))
            neededEntries.insert(ruled.target);
        add.interpretations.append(interp);
    }

    // Their document-specific checklist entries and kinds come along only when
    // something added refers to them and ours lacks them.
    const Checklist ourChecklist = Checklist::forIncident(m_ours);
    for (const ChecklistEntry &entry : m_theirs.checklistExtensions) {
        if (neededEntries.contains(entry.id) && !ourChecklist.contains(entry.id)) {
            add.checklistEntries.append(entry);
            neededKinds.insert(entry.area);
        }
    }
    for (const CustomKind &kind : m_theirs.customKinds)
        if (neededKinds.contains(kind.id) && !m_ours.findCustomKind(kind.id))
            add.customKinds.append(kind);
    return add;
}

Incident InterpretationMerge::merged(const IdAllocator &allocate) const
{
    const MergeAdditions add = additions(allocate);
    Incident incident = m_ours;
    incident.sources += add.sources;
    incident.customKinds += add.customKinds;
    incident.checklistExtensions += add.checklistEntries;
    incident.factors += add.factors;
    incident.interpretations += add.interpretations;
    return incident;
}

} // namespace faultline
