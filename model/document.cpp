#include "document.h"

#include "editing/documenteditor.h"
#include "modelcheck.h"

#include <QSet>

namespace faultline {

Document::Document(QObject *parent)
    : QObject(parent), m_editor(std::make_unique<DocumentEditor>(*this))
{
}

Document::~Document()
{
    // Commands hold a Document pointer; drop them before the incident goes away.
    m_undoStack.clear();
}

void Document::resetIncident(const Incident &incident)
{
    m_undoStack.clear();
    m_incident = incident;
    m_idCounters.clear();
    m_undoStack.setClean();
    Q_EMIT reset();
}

void Document::replaceIncident(const Incident &incident)
{
    m_incident = incident;
    Q_EMIT reset();
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

namespace {
void collectIds(const Incident &incident, QSet<QString> &ids)
{
    for (const Factor &f : incident.factors)
        ids.insert(f.id);
    for (const Source &s : incident.sources)
        ids.insert(s.id);
    for (const CustomKind &k : incident.customKinds)
        ids.insert(k.id);
    for (const ChecklistEntry &c : incident.checklistExtensions)
        ids.insert(c.id);
    for (const Interpretation &interp : incident.interpretations) {
        ids.insert(interp.id);
        for (const Link &link : interp.links) {
            ids.insert(link.id);
            for (const Evidence &e : link.evidence)
                ids.insert(e.id);
        }
    }
}
} // namespace

QString Document::newId(const QString &prefix)
{
    QSet<QString> used;
    collectIds(m_incident, used);
    int next = m_idCounters.value(prefix, 1);
    for (const QString &id : std::as_const(used)) {
        if (!id.startsWith(prefix))
            continue;
        bool ok = false;
        const int n = QStringView(id).mid(prefix.size()).toInt(&ok);
        if (ok && n >= next)
            next = n + 1;
    }
    m_idCounters[prefix] = next + 1;
    return prefix + QString::number(next);
}

namespace {
QString unknown(const char *what, const QString &id)
{
    return unknownIdMessage("Document: refused an edit", what, id);
}
} // namespace

Interpretation *Document::interpretationPtr(const QString &interpretationId)
{
    const int i = m_incident.interpretationIndex(interpretationId);
    FAULTLINE_CHECK_OR_RETURN(i >= 0, unknown("interpretation", interpretationId), nullptr);
    return &m_incident.interpretations[i];
}

// ---- factors ----
void Document::insertFactor(int index, const Factor &factor)
{
    m_incident.factors.insert(qBound(0, index, int(m_incident.factors.size())), factor);
    Q_EMIT factorAdded(factor.id);
}

void Document::replaceFactor(const Factor &factor)
{
    const int i = m_incident.factorIndex(factor.id);
    FAULTLINE_CHECK_OR_RETURN_VOID(i >= 0, unknown("factor", factor.id));
    m_incident.factors[i] = factor;
    Q_EMIT factorChanged(factor.id);
}

void Document::removeFactor(const QString &factorId)
{
    const int i = m_incident.factorIndex(factorId);
    FAULTLINE_CHECK_OR_RETURN_VOID(i >= 0, unknown("factor", factorId));
    m_incident.factors.removeAt(i);
    Q_EMIT factorRemoved(factorId);
}

// ---- placements ----
void Document::insertPlacement(const QString &interpretationId, int index,
                               const Placement &placement)
{
    Interpretation *interp = interpretationPtr(interpretationId);
    if (!interp)
        return;
    auto &list = interp->placements;
    list.insert(qBound(0, index, int(list.size())), placement);
    Q_EMIT placementAdded(interpretationId, placement.factorId);
}

void Document::replacePlacement(const QString &interpretationId, const Placement &placement)
{
    Interpretation *interp = interpretationPtr(interpretationId);
    if (!interp) // logged
        return;
    const int i = interp->placementIndex(placement.factorId);
    FAULTLINE_CHECK_OR_RETURN_VOID(i >= 0, unknown("placement", placement.factorId));
    interp->placements[i] = placement;
    Q_EMIT placementChanged(interpretationId, placement.factorId);
}

void Document::removePlacement(const QString &interpretationId, const QString &factorId)
{
    Interpretation *interp = interpretationPtr(interpretationId);
    if (!interp) // logged
        return;
    const int i = interp->placementIndex(factorId);
    FAULTLINE_CHECK_OR_RETURN_VOID(i >= 0, unknown("placement", factorId));
    interp->placements.removeAt(i);
    Q_EMIT placementRemoved(interpretationId, factorId);
}

// ---- links ----
void Document::insertLink(const QString &interpretationId, int index, const Link &link)
{
    Interpretation *interp = interpretationPtr(interpretationId);
    if (!interp)
        return;
    auto &list = interp->links;
    list.insert(qBound(0, index, int(list.size())), link);
    Q_EMIT linkAdded(interpretationId, link.id);
}

void Document::replaceLink(const QString &interpretationId, const Link &link)
{
    Interpretation *interp = interpretationPtr(interpretationId);
    if (!interp) // logged
        return;
    const int i = interp->linkIndex(link.id);
    FAULTLINE_CHECK_OR_RETURN_VOID(i >= 0, unknown("link", link.id));
    interp->links[i] = link;
    Q_EMIT linkChanged(interpretationId, link.id);
}

void Document::removeLink(const QString &interpretationId, const QString &linkId)
{
    Interpretation *interp = interpretationPtr(interpretationId);
    if (!interp) // logged
        return;
    const int i = interp->linkIndex(linkId);
    FAULTLINE_CHECK_OR_RETURN_VOID(i >= 0, unknown("link", linkId));
    interp->links.removeAt(i);
    Q_EMIT linkRemoved(interpretationId, linkId);
}

// ---- sources ----
void Document::insertSource(int index, const Source &source)
{
    m_incident.sources.insert(qBound(0, index, int(m_incident.sources.size())), source);
    Q_EMIT sourceAdded(source.id);
}

void Document::replaceSource(const Source &source)
{
    const int i = m_incident.sourceIndex(source.id);
    FAULTLINE_CHECK_OR_RETURN_VOID(i >= 0, unknown("source", source.id));
    m_incident.sources[i] = source;
    Q_EMIT sourceChanged(source.id);
}

void Document::removeSource(const QString &sourceId)
{
    const int i = m_incident.sourceIndex(sourceId);
    FAULTLINE_CHECK_OR_RETURN_VOID(i >= 0, unknown("source", sourceId));
    m_incident.sources.removeAt(i);
    Q_EMIT sourceRemoved(sourceId);
}

// ---- interpretations ----
void Document::insertInterpretation(int index, const Interpretation &interpretation)
{
    auto &list = m_incident.interpretations;
    list.insert(qBound(0, index, int(list.size())), interpretation);
    Q_EMIT interpretationAdded(interpretation.id);
}

void Document::replaceInterpretationFields(const Interpretation &interpretation)
{
    Interpretation *target = interpretationPtr(interpretation.id);
    if (!target)
        return;
    target->name = interpretation.name;
    target->author = interpretation.author;
    target->stance = interpretation.stance;
    target->summary = interpretation.summary;
    target->ruledOutAreas = interpretation.ruledOutAreas;
    target->ruledOutFailureModes = interpretation.ruledOutFailureModes;
    Q_EMIT interpretationChanged(interpretation.id);
}

void Document::removeInterpretation(const QString &interpretationId)
{
    const int i = m_incident.interpretationIndex(interpretationId);
    FAULTLINE_CHECK_OR_RETURN_VOID(i >= 0, unknown("interpretation", interpretationId));
    m_incident.interpretations.removeAt(i);
    Q_EMIT interpretationRemoved(interpretationId);
}

void Document::moveInterpretation(const QString &interpretationId, int newIndex)
{
    auto &list = m_incident.interpretations;
    const int from = m_incident.interpretationIndex(interpretationId);
    FAULTLINE_CHECK_OR_RETURN_VOID(from >= 0, unknown("interpretation", interpretationId));
    const int to = qBound(0, newIndex, int(list.size()) - 1);
    if (from == to)
        return;
    list.move(from, to);
    Q_EMIT interpretationMoved(interpretationId, to);
}

// ---- incident fields ----
void Document::setIncidentFields(const QString &title, const QString &summary,
                                 const QStringList &tags)
{
    m_incident.title = title;
    m_incident.summary = summary;
    m_incident.tags = tags;
    Q_EMIT incidentChanged();
}

void Document::setCustomKinds(const QList<CustomKind> &kinds)
{
    m_incident.customKinds = kinds;
    Q_EMIT incidentChanged();
}

void Document::setChecklistExtensions(const QList<ChecklistEntry> &entries)
{
    m_incident.checklistExtensions = entries;
    Q_EMIT incidentChanged();
}

void Document::setDiscussion(const Discussion &discussion)
{
    m_incident.discussion = discussion;
    Q_EMIT discussionChanged();
}

} // namespace faultline
