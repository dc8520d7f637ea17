#pragma once

#include "model/document.h"
#include "model/editing/documenteditor.h"

#include <QCoreApplication>
#include <QPointF>
#include <QStringList>
#include <optional>

class QMimeData;

namespace faultline {

/// Copy and paste of diagram fragments. A fragment is a small incident in the
/// .faultline format: the chosen factors with their placements in one
/// interpretation, the links among them with their evidence, the sources
/// that evidence cites, the custom kinds and checklist entries the factors
/// use, and the source incident's title as its identity. Reusing the file
/// format means pasted data gets the full loader validation and limits.
class CanvasClipboard
{
    Q_DECLARE_TR_FUNCTIONS(CanvasClipboard)
public:
    static QString mimeType() { return QStringLiteral("application/x-faultline-fragment"); }

    static Incident fragment(const Incident &incident, const QString &interpretationId,
                             const QStringList &factorIds);
    /// The fragment as JSON plus the labels as plain text.
    static QMimeData *toMimeData(const Incident &fragment);
    /// The fragment in `data`, if there is a valid one.
    static std::optional<Incident> fromMimeData(const QMimeData *data);

    using Result = DocumentEditor::PasteResult;

    /// Puts `fragment` into `interpretationId` as one undo step named `text`
    /// (DocumentEditor::paste, planned by planPaste). From the same incident,
    /// factors are reused by id (placed if not yet here, skipped if already
    /// here); when every one is already here, or
    /// `forceCopies`, or from another incident, new factors with fresh ids are
    /// created (shifted by `copyOffset` within the same incident). Links always
    /// get fresh ids; cited sources missing from the document are added.
    static Result paste(Document *document, const QString &interpretationId,
                        const Incident &fragment, bool forceCopies, const QPointF &copyOffset,
                        const QString &text);
};

} // namespace faultline
