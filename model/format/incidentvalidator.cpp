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

QString at(const QString &path, qsizetype i) { return path + QStringLiteral("[%1]").arg(i); }

// Tracks ids of one namespace (factors, links, ...) and where each was first seen.
class IdRegistry
{
public:
    explicit IdRegistry(QStringList &errors) : m_errors(errors) {}

    void add(const QString &id, const QString &path)
    {
        if (id.isEmpty())
            return; // reported as a missing field already
        if (!isValidId(id)) {
            m_errors.append(path + QStringLiteral(": ")
                            + ReaderText::tr("invalid id \"%1\" (use 1 to 64 letters, digits, '_', '-', '.', ':')").arg(id));
            return;
        }
        const auto it = m_firstSeen.constFind(id);
        if (it != m_firstSeen.constEnd()) {
            m_errors.append(path + QStringLiteral(": ") + ReaderText::tr("duplicate id \"%1\" (first used at %2)").arg(id, *it));
            return;
        }
        m_firstSeen.insert(id, path);
    }

private:
    QStringList &m_errors;
    QHash<QString, QString> m_firstSeen;
};

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
            problem(path + QStringLiteral(".interpretations"), ReaderText::tr("a crux record names at least two interpretations"));
        for (qsizetype i = 0; i < record.interpretationIds.size(); ++i) {
            const QString &id = record.interpretationIds[i];
            if (!incident.findInterpretation(id))
                problem(at(path + QStringLiteral(".interpretations"), i), ReaderText::tr("unknown interpretation \"%1\"").arg(id));
            else if (record.interpretationIds.indexOf(id) != i)
                problem(at(path + QStringLiteral(".interpretations"), i), ReaderText::tr("interpretation \"%1\" is named twice").arg(id));
        }
        const QString key = record.interpretationIds.join(QLatin1Char(',')) + QLatin1Char('|') + record.cruxKey;
        if (!record.cruxKey.isEmpty() && recordKeys.contains(key))
            problem(path + QStringLiteral(".crux"), ReaderText::tr("this crux is recorded twice for the same comparison"));
        recordKeys.insert(key);
        QSet<QString> positioned;
        for (qsizetype p = 0; p < record.positions.size(); ++p) {
            const CruxPosition &position = record.positions[p];
            const QString ppath = at(path + QStringLiteral(".positions"), p);
            if (!position.participant.isEmpty() && !participants.contains(position.participant))
                problem(ppath + QStringLiteral(".participant"),
                        ReaderText::tr("\"%1\" is not among the participants").arg(position.participant));
            else if (positioned.contains(position.participant))
                problem(ppath + QStringLiteral(".participant"),
                        ReaderText::tr("\"%1\" has two positions on this crux").arg(position.participant));
            positioned.insert(position.participant);
            if (!position.agreesWith.isEmpty() && !record.interpretationIds.contains(position.agreesWith))
                problem(ppath + QStringLiteral(".agreesWith"),
                        ReaderText::tr("\"%1\" is not one of the compared interpretations").arg(position.agreesWith));
        }
        if (record.resolution == CruxResolution::Resolved) {
            if (!record.interpretationIds.contains(record.resolvedAs))
                problem(path + QStringLiteral(".resolvedAs"),
                        ReaderText::tr("a resolved crux names one of the compared interpretations"));
        } else if (!record.resolvedAs.isEmpty()) {
            problem(path + QStringLiteral(".resolvedAs"), ReaderText::tr("only a resolved crux names the reading it was resolved as"));
        }
    }
}

void checkKind(const Incident &incident, const QString &kind, const QString &path, QStringList &errors)
{
    if (!kind.isEmpty() && !isBuiltInKind(kind) && !incident.findCustomKind(kind))
        errors.append(path + QStringLiteral(": ") + ReaderText::tr("unknown kind \"%1\"").arg(kind));
}
} // namespace

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.:-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

QStringList validateIncident(const Incident &incident)
{
    QStringList errors;
    const auto problem = [&errors](const QString &path, const QString &message) {
        errors.append(path + QStringLiteral(": ") + message);
    };

    IdRegistry sourceIds(errors);
    for (qsizetype i = 0; i < incident.sources.size(); ++i)
        sourceIds.add(incident.sources[i].id, at(QStringLiteral("sources"), i) + QStringLiteral(".id"));

    IdRegistry kindIds(errors);
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    for (qsizetype i = 0; i < incident.customKinds.size(); ++i) {
        const CustomKind &kind = incident.customKinds[i];
        const QString path = at(QStringLiteral("customKinds"), i);
        if (isBuiltInKind(kind.id))
            problem(path + QStringLiteral(".id"), ReaderText::tr("\"%1\" is a built-in kind").arg(kind.id));
        else
            kindIds.add(kind.id, path + QStringLiteral(".id"));
        if (!kind.color.isEmpty() && !colorPattern.match(kind.color).hasMatch())
            problem(path + QStringLiteral(".color"), ReaderText::tr("expected a colour like \"#aa5500\", found \"%1\"").arg(kind.color));
        if (!kind.shape.isEmpty() && !kindShapes().contains(kind.shape))
            problem(path + QStringLiteral(".shape"),
                    ReaderText::tr("unknown shape \"%1\" (expected one of %2)").arg(kind.shape, kindShapes().join(QStringLiteral(", "))));
    }

    IdRegistry checklistIds(errors);
    for (const ChecklistEntry &entry : Checklist::builtIn().entries())
        checklistIds.add(entry.id, QStringLiteral("(built-in checklist)"));
    for (qsizetype i = 0; i < incident.checklistExtensions.size(); ++i) {
        const QString path = at(QStringLiteral("checklist"), i);
        checklistIds.add(incident.checklistExtensions[i].id, path + QStringLiteral(".id"));
        checkKind(incident, incident.checklistExtensions[i].area, path + QStringLiteral(".area"), errors);
    }
    const Checklist checklist = Checklist::forIncident(incident);

    // Hashed once: every placement and link end is checked against them, and
    // list scans made loading quadratic in the size of the document.
    QSet<QString> knownFactors;
    knownFactors.reserve(incident.factors.size());
    for (const Factor &factor : incident.factors)
        knownFactors.insert(factor.id);
    QSet<QString> knownSources;
    for (const Source &source : incident.sources)
        knownSources.insert(source.id);

    IdRegistry factorIds(errors);
    for (qsizetype i = 0; i < incident.factors.size(); ++i) {
        const Factor &factor = incident.factors[i];
        const QString path = at(QStringLiteral("factors"), i);
        factorIds.add(factor.id, path + QStringLiteral(".id"));
        checkKind(incident, factor.kind, path + QStringLiteral(".kind"), errors);
        for (qsizetype m = 0; m < factor.failureModes.size(); ++m)
            if (!checklist.contains(factor.failureModes[m]))
                problem(at(path + QStringLiteral(".failureModes"), m),
                        ReaderText::tr("unknown failure mode \"%1\"").arg(factor.failureModes[m]));
    }

    IdRegistry interpretationIds(errors);
    IdRegistry linkIds(errors);     // link and evidence ids are unique in the whole document,
    IdRegistry evidenceIds(errors); // so a crux or a citation can name them without ambiguity
    for (qsizetype i = 0; i < incident.interpretations.size(); ++i) {
        const Interpretation &interp = incident.interpretations[i];
        const QString path = at(QStringLiteral("interpretations"), i);
        interpretationIds.add(interp.id, path + QStringLiteral(".id"));

        QSet<QString> placed;
        for (qsizetype p = 0; p < interp.placements.size(); ++p) {
            const QString &factorId = interp.placements[p].factorId;
            const QString ppath = at(path + QStringLiteral(".placements"), p) + QStringLiteral(".factor");
            if (factorId.isEmpty())
                continue;
            if (!knownFactors.contains(factorId))
                problem(ppath, ReaderText::tr("unknown factor \"%1\"").arg(factorId));
            else if (placed.contains(factorId))
                problem(ppath, ReaderText::tr("factor \"%1\" is placed twice in this interpretation").arg(factorId));
            placed.insert(factorId);
        }

        for (qsizetype l = 0; l < interp.links.size(); ++l) {
            const Link &link = interp.links[l];
            const QString lpath = at(path + QStringLiteral(".links"), l);
            linkIds.add(link.id, lpath + QStringLiteral(".id"));
            for (const auto &[end, name] : {std::pair{link.from, "from"}, std::pair{link.to, "to"}}) {
                const QString epath = lpath + QLatin1Char('.') + QLatin1String(name);
                if (end.isEmpty())
                    continue;
                if (!knownFactors.contains(end))
                    problem(epath, ReaderText::tr("unknown factor \"%1\"").arg(end));
                else if (!placed.contains(end))
                    problem(epath, ReaderText::tr("factor \"%1\" is not placed in this interpretation").arg(end));
            }
            if (!link.from.isEmpty() && link.from == link.to)
                problem(lpath + QStringLiteral(".to"), ReaderText::tr("a link cannot point from a factor to itself"));
            for (qsizetype e = 0; e < link.evidence.size(); ++e) {
                const Evidence &ev = link.evidence[e];
                const QString epath = at(lpath + QStringLiteral(".evidence"), e);
                evidenceIds.add(ev.id, epath + QStringLiteral(".id"));
                if (!ev.sourceId.isEmpty() && !knownSources.contains(ev.sourceId))
                    problem(epath + QStringLiteral(".source"), ReaderText::tr("unknown source \"%1\"").arg(ev.sourceId));
            }
        }

        for (qsizetype r = 0; r < interp.ruledOutAreas.size(); ++r)
            checkKind(incident, interp.ruledOutAreas[r].target,
                      at(path + QStringLiteral(".ruledOut.areas"), r) + QStringLiteral(".target"), errors);
        for (qsizetype r = 0; r < interp.ruledOutFailureModes.size(); ++r) {
            const QString &target = interp.ruledOutFailureModes[r].target;
            if (!target.isEmpty() && !checklist.contains(target))
                problem(at(path + QStringLiteral(".ruledOut.failureModes"), r) + QStringLiteral(".target"),
                        ReaderText::tr("unknown failure mode \"%1\"").arg(target));
        }
    }
    checkDiscussion(incident, errors);
    return errors;
}

} // namespace faultline
