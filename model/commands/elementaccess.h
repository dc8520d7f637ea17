#pragma once

#include "model/document.h"

#include <QStringList>

namespace faultline {

// Accessors used by EditElementCommand: each names one element of a
// Document by id and knows how to read and write its value. Commands store
// accessors (ids), never pointers into the incident.

/// QUndoCommand::id() values, so that only edits of the same accessor merge.
enum CommandId {
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
    Value read(const Document &d) const { return *d.incident().findFactor(factorId); }
    void write(Document &d, const Value &v) const { d.replaceFactor(v); }
};

struct PlacementAccess
{
    using Value = Placement;
    static constexpr int commandId = EditPlacementId;
    QString interpretationId;
    QString factorId;
    QString key() const { return interpretationId + QLatin1Char('/') + factorId; }
    Value read(const Document &d) const
    {
        return *d.incident().findInterpretation(interpretationId)->findPlacement(factorId);
    }
    void write(Document &d, const Value &v) const { d.replacePlacement(interpretationId, v); }
};

struct LinkAccess
{
    using Value = Link;
    static constexpr int commandId = EditLinkId;
    QString interpretationId;
    QString linkId;
    QString key() const { return interpretationId + QLatin1Char('/') + linkId; }
    Value read(const Document &d) const { return *d.incident().findInterpretation(interpretationId)->findLink(linkId); }
    void write(Document &d, const Value &v) const { d.replaceLink(interpretationId, v); }
};

struct EvidenceAccess
{
    using Value = Evidence;
    static constexpr int commandId = EditEvidenceId;
    QString interpretationId;
    QString linkId;
    QString evidenceId;
    QString key() const { return interpretationId + QLatin1Char('/') + linkId + QLatin1Char('/') + evidenceId; }
    Value read(const Document &d) const
    {
        return *d.incident().findInterpretation(interpretationId)->findLink(linkId)->findEvidence(evidenceId);
    }
    void write(Document &d, const Value &v) const
    {
        Link link = *d.incident().findInterpretation(interpretationId)->findLink(linkId);
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
    Value read(const Document &d) const { return *d.incident().findSource(sourceId); }
    void write(Document &d, const Value &v) const { d.replaceSource(v); }
};

/// Name, author, summary and ruled-out lists of one interpretation (not its
/// placements or links, which have their own commands).
struct InterpretationAccess
{
    using Value = Interpretation;
    static constexpr int commandId = EditInterpretationId;
    QString interpretationId;
    QString key() const { return interpretationId; }
    Value read(const Document &d) const
    {
        Interpretation fields = *d.incident().findInterpretation(interpretationId);
        fields.placements.clear();
        fields.links.clear();
        return fields;
    }
    void write(Document &d, const Value &v) const { d.replaceInterpretationFields(v); }
};

/// Title, summary, tags, custom kinds and checklist extensions of the incident.
struct IncidentFieldsAccess
{
    struct Value
    {
        QString title;
        QString summary;
        QStringList tags;
        QList<CustomKind> customKinds;
        QList<ChecklistEntry> checklistExtensions;
        bool operator==(const Value &) const = default;
    };
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
