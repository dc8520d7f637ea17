#include "incidentvalidator.h"

#include "model/checklist.h"
#include "model/kindstyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace faultline {

namespace {
// lupdate files a free tr() call under the class or namespace around the call,
// not under a helper's context: calls name this context class instead.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::Reader)
};

QString at(const QString &path, qsizetype i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

// Where an id was seen, as indices into the document: a path string is only
// built for an error, not for each of the tens of thousands of ids a large
// document holds.
struct IdSite
{
    qsizetype index = -1; ///< -1: the built-in checklist
    qsizetype link = -1;
    qsizetype evidence = -1;
};
using SitePath = QString (*)(const IdSite &);

// Tracks ids of one namespace (factors, links, ...) and where each was first seen.
class IdRegistry
{
public:
    IdRegistry(QStringList &errors, SitePath path, qsizetype expected = 0)
        : m_errors(errors), m_path(path)
    {
        m_firstSeen.reserve(expected);
    }

    void add(const QString &id, IdSite site)
    {
        if (id.isEmpty())
            return; // reported as a missing field already
        if (!isValidId(id)) {
            m_errors.append(
                m_path(site) + QStringLiteral(": ") +
                ReaderText::tr(
                    "invalid id \"%1\" (use 1 to 64 letters, digits, '_', '-', '.', ':')")
                    .arg(id));
            return;
        }
        const auto it = m_firstSeen.constFind(id);
        if (it != m_firstSeen.constEnd()) {
            m_errors.append(
                m_path(site) + QStringLiteral(": ") +
                ReaderText::tr("duplicate id \"%1\" (first used at %2)").arg(id, m_path(*it)));
            return;
        }
        m_firstSeen.insert(id, site);
    }

private:
    QStringList &m_errors;
    SitePath m_path;
    QHash<QString, IdSite> m_firstSeen;
};

QString sourceIdPath(const IdSite &s)
{
    return QStringLiteral("sources[%1].id").arg(s.index);
}
QString kindIdPath(const IdSite &s)
{
    return QStringLiteral("customKinds[%1].id").arg(s.index);
}
QString checklistIdPath(const IdSite &s)
{
    return s.index < 0 ? QStringLiteral("(built-in checklist)")
                       : QStringLiteral("checklist[%1].id").arg(s.index);
}
QString factorIdPath(const IdSite &s)
{
    return QStringLiteral("factors[%1].id").arg(s.index);
}
QString interpretationIdPath(const IdSite &s)
{
    return QStringLiteral("interpretations[%1].id").arg(s.index);
}
QString linkIdPath(const IdSite &s)
{
    return QStringLiteral("interpretations[%1].links[%2].id").arg(s.index).arg(s.link);
}
QString evidenceIdPath(const IdSite &s)
{
    return QStringLiteral("interpretations[%1].links[%2].evidence[%3].id")
        .arg(s.index)
        .arg(s.link)
        .arg(s.evidence);
}

void checkDiscussion(const Incident &incident, QStringList &errors)
{
    const Discussion &discussion = incident.discussion;
    const auto problem = [&errors](const QString &path, const QString &message) {
        errors.append(path + QStringLiteral(": ") + message);
    };
    QSet<QString> participants;
    for (qsizetype i = 0; i < discussion.participants.size(); ++i) {
        const QString &name = discussion.participants[i];
        const QString path = at(QStringLiteral("discussion.participants"), i);
        if (name.trimmed().isEmpty())
            problem(path, ReaderText::tr("a participant needs a name"));
        else if (participants.contains(name))
            problem(path, ReaderText::tr("participant \"%1\" is listed twice").arg(name));
        participants.insert(name);
    }
    QSet<QString> recordKeys;
    for (qsizetype r = 0; r < discussion.records.size(); ++r) {
        const CruxRecord &record = discussion.records[r];
        const QString path = at(QStringLiteral("discussion.cruxes"), r);
        if (record.interpretationIds.size() < 2)
            problem(path + QStringLiteral(".interpretations"),
                    ReaderText::tr("a crux record names at least two interpretations"));
        for (qsizetype i = 0; i < record.interpretationIds.size(); ++i) {
            const QString &id = record.interpretationIds[i];
            if (!incident.findInterpretation(id))
                problem(at(path + QStringLiteral(".interpretations"), i),
                        ReaderText::tr("unknown interpretation \"%1\"").arg(id));
            else if (record.interpretationIds.indexOf(id) != i)
                problem(at(path + QStringLiteral(".interpretations"), i),
                        ReaderText::tr("interpretation \"%1\" is named twice").arg(id));
        }
        const QString key =
            record.interpretationIds.join(QLatin1Char(',')) + QLatin1Char('|') + record.cruxKey;
        if (!record.cruxKey.isEmpty() && recordKeys.contains(key))
            problem(path + QStringLiteral(".crux"),
                    ReaderText::tr("this crux is recorded twice for the same comparison"));
        recordKeys.insert(key);
        QSet<QString> positioned;
        for (qsizetype p = 0; p < record.positions.size(); ++p) {
            const CruxPosition &position = record.positions[p];
            const QString ppath = at(path + QStringLiteral(".positions"), p);
            if (!position.participant.isEmpty() && !participants.contains(position.participant))
                problem(ppath + QStringLiteral(".participant"),
                        ReaderText::tr("\"%1\" is not among the participants")
                            .arg(position.participant));
            else if (positioned.contains(position.participant))
                problem(ppath + QStringLiteral(".participant"),
                        ReaderText::tr("\"%1\" has two positions on this crux")
                            .arg(position.participant));
            positioned.insert(position.participant);
            if (!position.agreesWith.isEmpty() &&
                !record.interpretationIds.contains(position.agreesWith))
                problem(ppath + QStringLiteral(".agreesWith"),
                        ReaderText::tr("\"%1\" is not one of the compared interpretations")
                            .arg(position.agreesWith));
        }
        if (record.resolution == CruxResolution::Resolved) {
            if (!record.interpretationIds.contains(record.resolvedAs))
                problem(
                    path + QStringLiteral(".resolvedAs"),
                    ReaderText::tr("a resolved crux names one of the compared interpretations"));
        } else if (!record.resolvedAs.isEmpty()) {
            problem(path + QStringLiteral(".resolvedAs"),
                    ReaderText::tr("only a resolved crux names the reading it was resolved as"));
        }
    }
}

// `path` is called only when the kind is unknown.
template <typename PathFn>
void checkKind(const Incident &incident, const QString &kind, PathFn path, QStringList &errors)
{
    if (!kind.isEmpty() && !isBuiltInKind(kind) && !incident.findCustomKind(kind))
        errors.append(path() + QStringLiteral(": ") +
                      ReaderText::tr("unknown kind \"%1\"").arg(kind));
}
} // namespace

bool isValidId(const QString &id)
{
    // The set docs/FORMAT.md gives: [A-Za-z0-9_.:-], 1 to 64 characters.
    // (The regex this replaced also let one trailing newline through, as
    // PCRE's "$" does; an id with a newline in it is not one a user typed.)
    const qsizetype length = id.size();
    if (length < 1 || length > 64)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t c = id.at(i).unicode();
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || c == u'_' || c == u'.' || c == u':' ||
                        c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QStringList validateIncident(const Incident &incident)
{
    QStringList errors;
    const auto problem = [&errors](const QString &path, const QString &message) {
        errors.append(path + QStringLiteral(": ") + message);
    };
    // Paths are built only when something is reported.
    const auto factorPath = [](qsizetype i) { return at(QStringLiteral("factors"), i); };
    const auto interpretationPath = [](qsizetype i) {
        return at(QStringLiteral("interpretations"), i);
    };
    const auto linkPath = [](qsizetype i, qsizetype l) {
        return at(at(QStringLiteral("interpretations"), i) + QStringLiteral(".links"), l);
    };

    IdRegistry sourceIds(errors, sourceIdPath, incident.sources.size());
    for (qsizetype i = 0; i < incident.sources.size(); ++i)
        sourceIds.add(incident.sources[i].id, {i});

    IdRegistry kindIds(errors, kindIdPath);
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    for (qsizetype i = 0; i < incident.customKinds.size(); ++i) {
        const CustomKind &kind = incident.customKinds[i];
        const QString path = at(QStringLiteral("customKinds"), i);
        if (isBuiltInKind(kind.id))
            problem(path + QStringLiteral(".id"),
                    ReaderText::tr("\"%1\" is a built-in kind").arg(kind.id));
        else
            kindIds.add(kind.id, {i});
        if (!kind.color.isEmpty() && !colorPattern.match(kind.color).hasMatch())
            problem(
                path + QStringLiteral(".color"),
                ReaderText::tr("expected a colour like \"#aa5500\", found \"%1\"").arg(kind.color));
        if (!kind.shape.isEmpty() && !kindShapes().contains(kind.shape))
            problem(path + QStringLiteral(".shape"),
                    ReaderText::tr("unknown shape \"%1\" (expected one of %2)")
                        .arg(kind.shape, kindShapes().join(QStringLiteral(", "))));
    }

    IdRegistry checklistIds(errors, checklistIdPath);
    for (const ChecklistEntry &entry : Checklist::builtIn().entries())
        checklistIds.add(entry.id, {});
    for (qsizetype i = 0; i < incident.checklistExtensions.size(); ++i) {
        checklistIds.add(incident.checklistExtensions[i].id, {i});
        checkKind(
            incident, incident.checklistExtensions[i].area,
            [i] { return at(QStringLiteral("checklist"), i) + QStringLiteral(".area"); }, errors);
    }
    // Failure modes are looked up once per factor and ruled-out entry: a hash
    // of the checklist's ids (built-in and this document's) instead of a scan.
    QSet<QString> failureModes;
    for (const ChecklistEntry &entry : Checklist::builtIn().entries())
        failureModes.insert(entry.id);
    for (const ChecklistEntry &entry : incident.checklistExtensions)
        failureModes.insert(entry.id);

    // Hashed once: every placement and link end is checked against them, and
    // list scans made loading quadratic in the size of the document.
    QSet<QString> knownFactors;
    knownFactors.reserve(incident.factors.size());
    for (const Factor &factor : incident.factors)
        knownFactors.insert(factor.id);
    QSet<QString> knownSources;
    for (const Source &source : incident.sources)
        knownSources.insert(source.id);

    IdRegistry factorIds(errors, factorIdPath, incident.factors.size());
    for (qsizetype i = 0; i < incident.factors.size(); ++i) {
        const Factor &factor = incident.factors[i];
        factorIds.add(factor.id, {i});
        checkKind(
            incident, factor.kind, [&] { return factorPath(i) + QStringLiteral(".kind"); }, errors);
        for (qsizetype m = 0; m < factor.failureModes.size(); ++m)
            if (!failureModes.contains(factor.failureModes[m]))
                problem(at(factorPath(i) + QStringLiteral(".failureModes"), m),
                        ReaderText::tr("unknown failure mode \"%1\"").arg(factor.failureModes[m]));
    }

    qsizetype linkCount = 0;
    for (const Interpretation &interp : incident.interpretations)
        linkCount += interp.links.size();
    IdRegistry interpretationIds(errors, interpretationIdPath);
    IdRegistry linkIds(errors, linkIdPath,
                       linkCount); // link and evidence ids are unique in the whole document,
    IdRegistry evidenceIds(
        errors, evidenceIdPath); // so a crux or a citation can name them without ambiguity
    for (qsizetype i = 0; i < incident.interpretations.size(); ++i) {
        const Interpretation &interp = incident.interpretations[i];
        interpretationIds.add(interp.id, {i});

        QSet<QString> placed;
        placed.reserve(interp.placements.size());
        for (qsizetype p = 0; p < interp.placements.size(); ++p) {
            const QString &factorId = interp.placements[p].factorId;
            if (factorId.isEmpty())
                continue;
            const auto ppath = [&] {
                return at(interpretationPath(i) + QStringLiteral(".placements"), p) +
                       QStringLiteral(".factor");
            };
            // `placed` holds known factors only, so a link end found in it
            // needs no second lookup (an unknown one is reported either way).
            if (!knownFactors.contains(factorId))
                problem(ppath(), ReaderText::tr("unknown factor \"%1\"").arg(factorId));
            else if (placed.contains(factorId))
                problem(ppath(),
                        ReaderText::tr("factor \"%1\" is placed twice in this interpretation")
                            .arg(factorId));
            else
                placed.insert(factorId);
        }

        for (qsizetype l = 0; l < interp.links.size(); ++l) {
            const Link &link = interp.links[l];
            linkIds.add(link.id, {i, l});
            const auto checkEnd = [&](const QString &end, QLatin1String name) {
                if (end.isEmpty() || placed.contains(end))
                    return;
                if (!knownFactors.contains(end))
                    problem(linkPath(i, l) + QLatin1Char('.') + name,
                            ReaderText::tr("unknown factor \"%1\"").arg(end));
                else if (!placed.contains(end))
                    problem(linkPath(i, l) + QLatin1Char('.') + name,
                            ReaderText::tr("factor \"%1\" is not placed in this interpretation")
                                .arg(end));
            };
            checkEnd(link.from, QLatin1String("from"));
            checkEnd(link.to, QLatin1String("to"));
            if (!link.from.isEmpty() && link.from == link.to)
                problem(linkPath(i, l) + QStringLiteral(".to"),
                        ReaderText::tr("a link cannot point from a factor to itself"));
            for (qsizetype e = 0; e < link.evidence.size(); ++e) {
                const Evidence &ev = link.evidence[e];
                evidenceIds.add(ev.id, {i, l, e});
                if (!ev.sourceId.isEmpty() && !knownSources.contains(ev.sourceId))
                    problem(at(linkPath(i, l) + QStringLiteral(".evidence"), e) +
                                QStringLiteral(".source"),
                            ReaderText::tr("unknown source \"%1\"").arg(ev.sourceId));
            }
        }

        for (qsizetype r = 0; r < interp.ruledOutAreas.size(); ++r)
            checkKind(
                incident, interp.ruledOutAreas[r].target,
                [&] {
                    return at(interpretationPath(i) + QStringLiteral(".ruledOut.areas"), r) +
                           QStringLiteral(".target");
                },
                errors);
        for (qsizetype r = 0; r < interp.ruledOutFailureModes.size(); ++r) {
            const QString &target = interp.ruledOutFailureModes[r].target;
            if (!target.isEmpty() && !failureModes.contains(target))
                problem(at(interpretationPath(i) + QStringLiteral(".ruledOut.failureModes"), r) +
                            QStringLiteral(".target"),
                        ReaderText::tr("unknown failure mode \"%1\"").arg(target));
        }
    }
    checkDiscussion(incident, errors);
    return errors;
}

} // namespace faultline
