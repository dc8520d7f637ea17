#pragma once

#include "emphasis.h"

#include "canvasmeasure.h"
#include "cubicsegment.h"
#include "linkpieces.h"
#include "model/enums.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>

namespace faultline {

class CanvasScene;
class FactorItem;
struct Link;

/// One link of the interpretation: a curve from box edge to box edge whose
/// line style and end show the relation (causes: solid, filled arrow;
/// enables: dashed, open arrow; prevents: solid, bar; amplifies: double line,
/// double arrow), whose width shows the strength, with a badge counting the
/// evidence at the middle. A view of the model: refresh() re-reads the link by id.
class LinkItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(LinkItem)
public:
    enum
    {
        Type = UserType + 2
    };

    LinkItem(CanvasScene *owner, const QString &linkId);

    int type() const override { return Type; }
    QString linkId() const { return m_linkId; }
    QString fromId() const { return m_from; }
    QString toId() const { return m_to; }
    Relation relation() const { return m_relation; }
    int strength() const { return m_strength; }
    int evidenceCount() const { return m_evidenceCount; }
    QString labelText() const { return m_label; }
    /// Line width for a strength of 1..5 (1.2..4 px).
    static qreal penWidthForStrength(int strength);
    qreal penWidth() const { return penWidthForStrength(m_strength); }

    /// The full curve (scene = local coordinates), tip at the target's edge.
    QPainterPath curve() const { return CubicSegment::toPath(m_segments); }
    /// Where the link's label is drawn (scene coordinates); empty without a label.
    QRectF labelBox() const { return m_labelBox; }
    /// Whether the stored automatic-layout route is being drawn.
    bool usesRoute() const { return m_usesRoute; }
    QPointF midPoint() const { return m_mid; }
    /// Where the arrowhead touches the target's outline (item coordinates).
    QPointF tipPoint() const { return m_tip; }

    /// Re-read the link from the model, then re-route.
    void refresh();
    /// The same from a record the caller already found; with `route` false
    /// the caller re-routes later (the scene's bulk build routes each link
    /// once, after every link is known, so opposite pairs bend at once).
    void refreshFrom(const Link &link, bool route = true);
    /// Re-route after an end moved or changed size.
    void updateGeometry();
    /// How often the curve was re-routed. Guard tests count it.
    int geometryUpdateCount() const { return m_geometryUpdates; }
    /// How often paint() drew the link (skipped calls not counted). Guard tests count it.
    int paintCount() const { return m_paints; }
    /// How many pieces of the line (LinkPieces) paint() has stroked in all;
    /// with linePieceCount() guard tests see that a small repaint strokes
    /// only the pieces near it.
    int strokedPieceCount() const { return m_strokedPieces; }
    int linePieceCount() const { return m_linePieces.pieceCount(); }
    /// How often the hit shape (a stroke of the curve) was made: only when a
    /// hit test or a paint near the link needs it. Guard tests count it.
    int shapeBuildCount() const { return m_shapeBuilds; }
    /// The tooltip, built when asked for (hover, tests) rather than at every
    /// refresh of every link. QGraphicsItem::toolTip() stays empty until
    /// prepareToolTip().
    QString toolTipText() const;
    /// Sets QGraphicsItem's tooltip to toolTipText() (the scene calls it just
    /// before a tooltip shows).
    void prepareToolTip();
    /// Lens and compare styling (never part of the model).
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }

    /// Draws an arrowhead of `relation` with its tip at `tip` pointing along
    /// `direction` (unit vector). Shared with the link preview.
    static void paintArrowHead(QPainter *painter, Relation relation, const QPointF &tip,
                               const QPointF &direction, qreal width, const QColor &color);
    /// How much of the line the arrowhead of `relation` covers.
    static qreal arrowHeadLength(Relation relation, qreal width);
    /// The "missing in this reading" mark: a thin solid trace ending in a
    /// hollow ring at `tip`, unlike every relation's line and head, so a
    /// missing link never reads as an *enables* one. Shared with the legend.
    static void paintMissingLink(QPainter *painter, const QPainterPath &path, const QPointF &tip,
                                 const QPointF &direction, const QColor &color);
    /// Radius of the hollow ring paintMissingLink() ends in.
    static constexpr qreal kMissingRingRadius = 4;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QPointF arrivalOffset(const FactorItem *to) const;
    void ensureShape() const;
    void paintLabel(QPainter *painter, const CanvasMeasure::Fonts &fonts) const;
    /// Whether anything of the link is drawn in `area`.
    bool meets(const RepaintArea &area) const;

    CanvasScene *m_owner;
    QString m_linkId;
    QString m_from;
    QString m_to;
    Relation m_relation = Relation::Causes;
    int m_strength = 3;
    int m_evidenceCount = 0;
    int m_contradicting = 0;
    QString m_label;
    QList<QPointF> m_route;

    QList<CubicSegment> m_segments;
    bool m_usesRoute = false;
    QPointF m_tip;
    QPointF m_direction;
    QPointF m_mid;
    /// shape(): the curve stroked 10 wide plus badge, head and label; made on
    /// the first hit test after the geometry changed (stroking every link at
    /// build time and on every drag step cost more than painting it).
    mutable QPainterPath m_shape;
    mutable bool m_shapeValid = false;
    mutable int m_shapeBuilds = 0;
    QRectF m_bounds;
    QRectF m_labelBox;    ///< under the badge; empty without a label
    QString m_shownLabel; ///< the label on one line, elided
    /// The line without the part under the arrowhead, cut for culling.
    LinkPieces m_linePieces;
    /// What paint() draws, cached: rebuilt only when the geometry changes.
    QPainterPath m_fullPath;
    QPolygonF m_leftRail; ///< amplifies: the two parallel rails
    QPolygonF m_rightRail;
    int m_geometryUpdates = 0;
    int m_paints = 0;
    int m_strokedPieces = 0;
    Emphasis m_emphasis = Emphasis::Normal;
};

} // namespace faultline
