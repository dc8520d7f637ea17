#pragma once

#include "canvasmeasure.h"
#include "canvasstyle.h"
#include "model/document.h"

#include <QGraphicsScene>
#include <QHash>
#include <QMultiHash>
#include <QPointer>

#include <functional>
#include <utility>

namespace faultline {

class FactorItem;
class LinkItem;

/// The diagram of one interpretation as graphics items. Items are views of
/// the Document (they read it by id); the scene keeps them in step with the
/// Document's fine-grained signals, touching only the affected items.
/// Usable without a view, e.g. to render an export.
class CanvasScene : public QGraphicsScene
{
    Q_OBJECT
public:
    CanvasScene(Document *document, const QString &interpretationId, QObject *parent = nullptr);
    ~CanvasScene() override;

    Document *document() const { return m_document; }
    QString interpretationId() const { return m_interpretationId; }
    /// The interpretation shown, or nullptr once it has been removed.
    const Interpretation *interpretation() const;

    FactorItem *factorItem(const QString &factorId) const { return m_factors.value(factorId); }
    LinkItem *linkItem(const QString &linkId) const { return m_links.value(linkId); }
    /// Factor items in the interpretation's placement order.
    QList<FactorItem *> factorItems() const;
    /// Link items in the interpretation's link order.
    QList<LinkItem *> linkItems() const;
    /// Selected factors / links in the interpretation's order.
    QStringList selectedFactorIds() const;
    QStringList selectedLinkIds() const;
    /// Selects exactly `item` (nothing for nullptr); a factor also gets the focus.
    void selectOnly(QGraphicsItem *item);
    /// Replaces the selection; returns the scene area of what is now selected.
    QRectF selectElements(const QStringList &factorIds, const QStringList &linkIds);
    void selectAllElements();
    /// The factor keyboard commands act on: the focused selected one, else the first selected.
    FactorItem *currentFactor() const;
    /// Topmost factor at a scene point, skipping `ignore`.
    FactorItem *factorAt(const QPointF &scenePos, const QTransform &deviceTransform,
                         const FactorItem *ignore = nullptr) const;
    /// Topmost factor or link at a scene point.
    QGraphicsItem *elementAt(const QPointF &scenePos, const QTransform &deviceTransform) const;
    /// The factor whose connection handle is under a scene point, searching
    /// factors within `reach` (scene units) so small handles stay easy to hit.
    FactorItem *handleOwnerAt(const QPointF &scenePos, qreal reach) const;

    /// Whether the interpretation also has a link from `to` back to `from`.
    bool hasLink(const QString &from, const QString &to) const;
    /// Where link `linkId` arrives among the links into factor `to`: its place
    /// and their number, so their arrowheads land at distinct points.
    std::pair<int, int> arrivalSlot(const QString &linkId, const QString &to) const;
    /// True when a link from `from` reaches `to` through its top or bottom side
    /// (rather than its left or right side).
    bool arrivesFromAboveOrBelow(const QString &from, const QString &to) const;

    /// Export mode hides the grid, selection, hover and connection handles,
    /// so the same items render a clean picture.
    void setExportMode(bool on);
    bool exportMode() const { return m_exportMode; }
    /// In export mode: draw the editing aids too (the "0" badge of a link
    /// without evidence). Off by default: a picture shows the argument.
    void setExportAnnotations(bool on) { m_exportAnnotations = on; }
    bool exportAnnotations() const { return m_exportAnnotations; }
    /// Background drawn in export mode (white by default; Qt::transparent for PNGs over slides).
    void setExportBackground(const QColor &color);
    QColor exportBackground() const { return m_exportBackground; }
    /// The colours items paint with: the editor's defaults unless an export
    /// sets a theme's (widgets/export/canvastheme.h).
    void setColors(const canvasstyle::CanvasColors &colors);
    const canvasstyle::CanvasColors &colors() const { return m_colors; }
    /// Fonts, metrics and outlines shared by the items (made once per scene).
    CanvasMeasure &measure() { return m_measure; }
    /// Bounding rectangle of the diagram's items (without the grid margin).
    QRectF diagramRect() const;

    /// Words the items again in the current language (kind captions, badges).
    /// A scene owned by a widget gets this from QEvent::LanguageChange; others
    /// (compare columns) are told by their owner.
    void retranslate();

    /// Called by a factor item when its position or size changed: re-routes
    /// the links touching it.
    void factorGeometryChanged(const QString &factorId);

Q_SIGNALS:
    /// Emitted after all items were recreated (document reset).
    void rebuilt();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    bool event(QEvent *event) override;
    /// Builds the tooltip of the factor or link under the pointer just
    /// before Qt shows it (items do not build tooltips in advance).
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    /// Runs `change` with per-item selection signals held back, then emits
    /// selectionChanged once if the selection differs.
    void batchSelection(const std::function<void()> &change);
    void rebuild();
    void clearItems();
    void addFactorItem(const QString &factorId);
    void removeFactorItem(const QString &factorId);
    void addLinkItem(const QString &linkId);
    void removeLinkItem(const QString &linkId);
    void refreshLinkItem(const QString &linkId);
    /// Re-routes the links into `to` but `except` (their arrivals spread anew).
    void updateLinksInto(const QString &to, const QString &except);
    /// Re-routes the links from `to` back to `from` (they bend around a link `from` → `to`).
    void updateOppositeLinks(const QString &from, const QString &to, const QString &except);
    void indexLink(const QString &linkId, const QString &from, const QString &to);
    void unindexLink(const QString &linkId);
    /// Grows the scene rectangle so there is always room around the diagram
    /// to pan and to drop new factors. Never shrinks while editing, so the
    /// view does not jump.
    void growSceneRect(const QRectF &itemRect);

    Document *m_document;
    QString m_interpretationId;
    QHash<QString, FactorItem *> m_factors;
    QHash<QString, LinkItem *> m_links;
    QMultiHash<QString, QString> m_linksByFactor; ///< factor id → ids of links touching it
    QHash<QString, std::pair<QString, QString>> m_linkEnds; ///< link id → (from, to) as indexed
    bool m_exportMode = false;
    bool m_exportAnnotations = false;
    QColor m_exportBackground = Qt::white;
    canvasstyle::CanvasColors m_colors;
    CanvasMeasure m_measure;
};

} // namespace faultline
