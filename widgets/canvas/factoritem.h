#pragma once

#include "emphasis.h"

#include "model/factor.h"
#include "model/interpretation.h"
#include "model/kindstyle.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace faultline {

class CanvasScene;
struct Incident;

/// One placed factor: a box in its kind's shape and colour with the kind
/// caption and the wrapped label, badges for root cause and tagged failure
/// modes, and connection handles. A view of the model: refresh() re-reads the
/// factor and its placement by id. Its local origin is the box centre, which
/// is the placement position.
class FactorItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(FactorItem)
public:
    enum
    {
        Type = UserType + 1
    };
    enum Handle
    {
        NoHandle,
        BottomHandle,
        RightHandle
    };

    FactorItem(CanvasScene *owner, const QString &factorId);

    /// Level of detail from which a view in export style (compare columns,
    /// slides) draws text and badges: lower than the editor's
    /// canvasstyle::kDetailLevel, since there the labels are the point and
    /// nothing is edited (a three-reading compare view at 1024 px fits
    /// CoinRun at 0.37: blank boxes at the editor's level).
    static constexpr qreal kExportStyleDetailLevel = 0.25;
    /// The level of detail from which items of `scene` draw text and badges
    /// on a screen.
    static qreal detailLevel(const CanvasScene *scene);

    int type() const override { return Type; }
    QString factorId() const { return m_factorId; }
    /// The factor id of `item` when it is a FactorItem, else "".
    static QString factorIdOf(const QGraphicsItem *item)
    {
        return item && item->type() == Type ? static_cast<const FactorItem *>(item)->factorId()
                                            : QString();
    }

    /// Re-read the factor and its placement; re-lay out the text; move to the
    /// placement position.
    /// The kind's name as the caption shows it (translated), before upper-casing.
    QString kindName() const { return m_kindName; }
    void refresh();
    /// The same from records the caller already found (the scene's bulk
    /// build looks every factor up once through a hash, not by a list scan).
    void refreshFrom(const Incident &incident, const Factor &factor, const Placement &placement);
    /// The same with the kind's style already looked up (the bulk build
    /// looks each kind up once, not once per factor).
    void refreshFrom(const Incident &incident, const Factor &factor, const Placement &placement,
                     const KindStyle &style);
    /// The placement position read at the last refresh (differs from pos()
    /// while a drag moves the box ahead of the model).
    QPointF placementPos() const { return m_placementPos; }
    /// How often the label was wrapped and measured (once per content
    /// change, never for a move). Guard tests count it.
    int textLayoutCount() const { return m_textLayouts; }
    /// Whether the last paint() drew the label and badges (false below the
    /// level of detail). Guard tests check it.
    bool paintedDetail() const { return m_paintedDetail; }

    /// The label exactly as stored (plain text, never interpreted).
    QString labelText() const { return m_label; }
    /// The label as wrapped on screen.
    QStringList labelLines() const { return m_lines; }
    QString kindId() const { return m_kindId; }
    QString shapeName() const { return m_shape; }
    bool isRootCause() const { return m_rootCause; }
    /// Whether the placement is pinned (drawn with a pin in the editor).
    bool isPinned() const { return m_pinned; }
    int failureModeCount() const { return m_failureModeCount; }

    QRectF boxRect() const { return m_box; }
    /// The box outline in local coordinates.
    QPainterPath outlinePath() const { return m_outline; }
    /// Where the label text sits (local), for the inline editor.
    QRectF labelRect() const { return m_labelRect; }

    Handle handleAt(const QPointF &localPos) const;
    QPointF handlePos(Handle handle) const;

    /// The tooltip, built from the model when asked for (hover, tests), not
    /// for every item at every refresh: building it per item was a large
    /// part of building a big scene. QGraphicsItem::toolTip() stays empty
    /// until prepareToolTip().
    QString toolTipText() const;
    /// Sets QGraphicsItem's tooltip to toolTipText() (the scene calls it when a
    /// tooltip is about to show).
    void prepareToolTip();
    /// While the inline editor is open the label is not painted under it.
    void setEditing(bool editing);
    /// Marks the factor as the target of a link being drawn.
    void setLinkTarget(bool on);
    /// Lens and compare styling (never part of the model).
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void layoutText();
    void ensureHitShapes() const;
    void ensureHandles() const;
    bool handlesVisible() const;
    void paintBadges(QPainter *painter) const;
    void paintCaption(QPainter *painter) const;
    void paintPin(QPainter *painter) const;
    void paintGhost(QPainter *painter, const QColor &outline, bool detail) const;

    CanvasScene *m_owner;
    QString m_factorId;
    bool m_hasContent = false;
    Factor m_factor; ///< what the text and tooltip were built from
    QString m_label;
    QString m_kindId;
    QString m_kindName;
    QString m_shape;
    QColor m_color;
    bool m_rootCause = false;
    bool m_pinned = false;
    int m_failureModeCount = 0;

    QStringList m_lines;
    QList<QPointF> m_lineOrigins; ///< baseline start of each line
    QPointF m_captionOrigin;
    qreal m_captionWidth = 0;
    QRectF m_box;
    QRectF m_labelRect;
    QPainterPath m_outline;
    QPointF m_placementPos;
    /// Where the connection handles sit on the outline; found on first use
    /// (a hover or a link being drawn), not for every box of a built scene.
    mutable QPointF m_bottomHandle;
    mutable QPointF m_rightHandle;
    mutable bool m_handlesValid = false;
    /// shape() without / with the connection handles; made on the first hit
    /// test after the outline or the root-cause badge changed (hit tests call
    /// shape() often; most boxes of a big scene are never hit-tested).
    mutable QPainterPath m_hitShape;
    mutable QPainterPath m_hitShapeWithHandles;
    mutable bool m_hitShapesValid = false;
    int m_textLayouts = 0;
    bool m_paintedDetail = false;

    bool m_hovered = false;
    bool m_editing = false;
    bool m_linkTarget = false;
    Emphasis m_emphasis = Emphasis::Normal;
};

} // namespace faultline
