#pragma once

#include "model/document.h"
#include "model/editing/incidentfields.h"
#include "model/modelcheck.h"

#include <QStringList>

namespace faultline {

// Accessors used by EditElementCommand: each names one element of a
// Document by id and knows how to read and write its value. Commands store
// accessors (ids), never pointers into the incident.
//
// An accessor may name an element that is gone (a stale id): find() says so,
// read() then logs and gives a default Value and write() changes nothing, so a
// bad id never becomes a null dereference in a release build.

namespace elementaccess {
/// The value `access` finds, or (logged) a default value when its id is unknown.
template <typename Access>
typename Access::Value readFound(const Access &access, const Document &d, const char *what)
{
    const typename Access::Value *v = access.find(d);
    FAULTLINE_CHECK_OR_RETURN(v, unknownIdMessage("EditElementCommand", what, access.key()), {});
    return *v;
}
} // namespace elementaccess

/// QUndoCommand::id() values, so that only edits of the same accessor merge.
enum CommandId
{
    EditFactorId = 1000,
    EditPlacementId,
    EditLinkId,
    EditEvidenceId,
    EditSourceId,
    EditInterpretationId,
    EditIncidentId,
    EditDiscussionId,
    MoveFactorsId,
};

struct FactorAccess
{
    using Value = Factor;
    static constexpr int commandId = EditFactorId;
    QString factorId;
    QString key() const { return factorId; }
    const Value *find(const Document &d) const { return d.incident().findFactor(factorId); }
    Value read(const Document &d) const { return elementaccess::readFound(*this, d, "factor"); }
    void write(Document &d, const Value &v) const
    {
        if (find(d))
            d.replaceFactor(v);
    }
};

struct PlacementAccess
{
    using Value = Placement;
    static constexpr int commandId = EditPlacementId;
    QString interpretationId;
    QString factorId;
    QString key() const { return interpretationId + QLatin1Char('/') + factorId; }
    const Value *find(const Document &d) const
    {
        const Interpretation *interp = d.incident().findInterpretation(interpretationId);
        return interp ? interp->findPlacement(factorId) : nullptr;
    }
    Value read(const Document &d) const { return elementaccess::readFound(*this, d, "placement"); }
    void write(Document &d, const Value &v) const
    {
        if (find(d))
            d.replacePlacement(interpretationId, v);
    }
};

struct LinkAccess
{
    using Value = Link;
    static constexpr int commandId = EditLinkId;
    QString interpretationId;
    QString linkId;
    QString key() const { return interpretationId + QLatin1Char('/') + linkId; }
    const Value *find(const Document &d) const
    {
        const Interpretation *interp = d.incident().findInterpretation(interpretationId);
        return interp ? interp->findLink(linkId) : nullptr;
    }
    Value read(const Document &d) const { return elementaccess::readFound(*this, d, "link"); }
    void write(Document &d, const Value &v) const
    {
        if (find(d))
            d.replaceLink(interpretationId, v);
    }
};

struct EvidenceAccess
{
    using Value = Evidence;
    static constexpr int commandId = EditEvidenceId;
    QString interpretationId;
    QString linkId;
    QString evidenceId;
    QString key() const
    {
        return interpretationId + QLatin1Char('/') + linkId + QLatin1Char('/') + evidenceId;
    }
    const Value *find(const Document &d) const
    {
        const Link *link = LinkAccess{interpretationId, linkId}.find(d);
        return link ? link->findEvidence(evidenceId) : nullptr;
    }
    Value read(const Document &d) const { return elementaccess::readFound(*this, d, "evidence"); }
    void write(Document &d, const Value &v) const
    {
        if (!find(d))
            return;
        Link link = *LinkAccess{interpretationId, linkId}.find(d);
        link.evidence[link.evidenceIndex(evidenceId)] = v;
        d.replaceLink(interpretationId, link);
    }
};

struct SourceAccess
{
    using Value = Source;
    static constexpr int commandId = EditSourceId;
    QString sourceId;
    QString key() const { return sourceId; }
    const Value *find(const Document &d) const { return d.incident().findSource(sourceId); }
    Value read(const Document &d) const { return elementaccess::readFound(*this, d, "source"); }
    void write(Document &d, const Value &v) const
    {
        if (find(d))
            d.replaceSource(v);
    }
};

/// Name, author, summary and ruled-out lists of one interpretation (not its
/// placements or links, which have their own commands).
struct InterpretationAccess
{
    using Value = Interpretation;
    static constexpr int commandId = EditInterpretationId;
    QString interpretationId;
    QString key() const { return interpretationId; }
    const Value *find(const Document &d) const
    {
        return d.incident().findInterpretation(interpretationId);
    }
    Value read(const Document &d) const
    {
        Interpretation fields = elementaccess::readFound(*this, d, "interpretation");
        fields.placements.clear();
        fields.links.clear();
        return fields;
    }
    void write(Document &d, const Value &v) const
    {
        if (find(d))
            d.replaceInterpretationFields(v);
    }
};

/// Title, summary, tags, custom kinds and checklist extensions of the incident.
struct IncidentFieldsAccess
{
    using Value = IncidentFields;
    static constexpr int commandId = EditIncidentId;
    QString key() const { return QStringLiteral("incident"); }
    Value read(const Document &d) const
    {
        const Incident &i = d.incident();
        return {i.title, i.summary, i.tags, i.customKinds, i.checklistExtensions};
    }
    void write(Document &d, const Value &v) const
    {
        d.setIncidentFields(v.title, v.summary, v.tags);
        if (v.customKinds != d.incident().customKinds)
            d.setCustomKinds(v.customKinds);
        if (v.checklistExtensions != d.incident().checklistExtensions)
            d.setChecklistExtensions(v.checklistExtensions);
    }
};

/// The discussion record (participants and crux records) as one value.
/// Commands name the field they edit ("note:<crux key>", ...) so that typing
/// a note merges into one undo step.
struct DiscussionAccess
{
    using Value = Discussion;
    static constexpr int commandId = EditDiscussionId;
    QString key() const { return QStringLiteral("discussion"); }
    Value read(const Document &d) const { return d.incident().discussion; }
    void write(Document &d, const Value &v) const { d.setDiscussion(v); }
};

} // namespace faultline
