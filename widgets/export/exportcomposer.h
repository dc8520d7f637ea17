#pragma once

#include "exportoptions.h"
#include "exportpage.h"
#include "legendentries.h"
#include "referencelist.h"

#include "widgets/canvas/canvasstyle.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace faultline {

class LegendPainter;

/// Lays out one page — title and subtitle, the diagram(s) side by side at
/// one common scale (so a compare slide keeps shared factors level), the
/// legend beside or below, numbered references at the foot — and paints it
/// in layout units. The diagrams are the scenes' own items drawn through
/// QGraphicsScene::render, so the export looks like the canvas.
class ExportComposer
{
public:
    ExportComposer(const ExportPage &page, const ExportOptions &options);

    QSizeF pageSize() const { return m_pageSize; }
    /// Paints the page with its top-left corner at the painter's origin, in layout units.
    void paint(QPainter *painter) const;

    const LegendEntries &legend() const { return m_legend; }
    const ReferenceList &references() const { return m_references; }
    /// Where the factor `factorId` of panel `panel` lands on the page (empty if not shown).
    QRectF factorRectOnPage(int panel, const QString &factorId) const;
    /// Where the scene rectangle `sceneRect` of panel `panel` lands on the page.
    QRectF sceneRectOnPage(int panel, const QRectF &sceneRect) const;
    /// The page area of panel `panel`'s diagram (without its caption).
    QRectF panelTarget(int panel) const
    {
        return panel >= 0 && panel < m_targets.size() ? m_targets[panel] : QRectF();
    }
    /// Where each of the page's crux markers is drawn (ExportPage::cruxMarks order;
    /// empty when its factor is not shown).
    QList<QRectF> cruxMarkRects() const;
    /// Scale from scene to page units.
    qreal diagramScale() const { return m_scale; }
    /// Panels per row of a compare slide's grid (all of them: side by side; 1: stacked).
    int gridColumns() const
    {
        return m_gridColumns > 0 ? m_gridColumns : int(m_page.panels.size());
    }

private:
    struct FootList
    {
        QString heading;
        QStringList lines;
    };
    /// The numbered lists at the foot of the page: cruxes, then references.
    QList<FootList> footLists() const;
    void paintCruxMarks(QPainter *painter) const;
    void layout();
    void layoutOnce();
    QRectF sceneSourceRect() const;
    QRectF markerRect(const QPointF &mid, const QString &marker) const;
    qreal referencesHeight(qreal width) const;
    QString referenceLine(int index) const;
    void paintHeader(QPainter *painter) const;
    void paintPanel(QPainter *painter, int index) const;
    void paintMarkers(QPainter *painter, int index) const;
    void paintReferences(QPainter *painter) const;
    QPointF toPage(int panel, const QPointF &scenePos) const;

    ExportPage m_page;
    ExportOptions m_options;
    canvasstyle::CanvasColors m_colors;
    LegendEntries m_legend;
    ReferenceList m_references;
    QFont m_baseFont;
    QFont m_titleFont;
    QFont m_subtitleFont;
    QFont m_captionFont;
    QFont m_referenceFont;
    QFont m_markerFont;
    QFont m_cruxFont;

    QSizeF m_pageSize;
    QRectF m_source; ///< the scene area shown in every panel
    qreal m_scale = 1;
    QList<QRectF> m_columns; ///< panel areas including captions
    QList<QRectF> m_targets; ///< where each panel's source rectangle is drawn
    QRectF m_header;
    QRectF m_legendRect;
    QRectF m_referencesRect;
    qreal m_captionHeight = 0;
    int m_gridColumns = 0; ///< 0: every panel side by side
    bool m_legendRight = true;
};

} // namespace faultline
