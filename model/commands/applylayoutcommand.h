#pragma once

#include "model/document.h"
#include "model/layout/layoutresult.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QUndoCommand>

namespace faultline {

/// Applies automatic layout results as one undo step: every factor position
/// and link route of the laid-out interpretations, before and after,
/// addressed by interpretation id, factor id and link id.
///
/// A link that gets no new route but whose end moved loses its old route
/// (it would no longer fit); undo gives it back.
class ApplyLayoutCommand : public QUndoCommand
{
public:
    /// `results` maps interpretation id → its layout (positions by factor id,
    /// routes by link id). Positions of factors the interpretation does not
    /// place and routes of unknown links are ignored.
    ApplyLayoutCommand(Document *document, const QHash<QString, LayoutResult> &results,
                       QUndoCommand *parent = nullptr);
    /// Convenience for one interpretation.
    ApplyLayoutCommand(Document *document, const QString &interpretationId,
                       const LayoutResult &result, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// True when applying would change nothing (e.g. the layout was already applied).
    bool isNoOp() const { return m_before == m_after; }

private:
    struct State
    {
        QHash<QString, QPointF> positions;     ///< factor id → centre
        QHash<QString, QList<QPointF>> routes; ///< link id → route
        bool operator==(const State &) const = default;
    };
    void capture(const QString &interpretationId, const LayoutResult &result);
    void apply(const QHash<QString, State> &states);

    Document *m_document;
    QHash<QString, State> m_before; ///< per interpretation id
    QHash<QString, State> m_after;
};

} // namespace faultline
