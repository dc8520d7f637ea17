#pragma once

#include <QGraphicsView>

namespace faultline {

/// A read-only view that always shows one scene rectangle whole, scaled to
/// fit (for slides: no scroll bars, no interaction, never takes the focus,
/// so the presentation window keeps every key).
class FittingView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit FittingView(QWidget *parent = nullptr);

    void setShownRect(const QRectF &rect);
    /// Shows `rect` whole when that leaves the diagram at `readableScale` or
    /// larger; else as much of it around `core` as that scale shows, and
    /// `core` whole in any case (smaller than that scale if it must be).
    void setShownRect(const QRectF &rect, const QRectF &core, qreal readableScale);
    QRectF shownRect() const { return m_rect; }
    /// The rectangle fitted into the view at its present size.
    QRectF fittedRect() const;
    /// The rectangle setShownRect(rect, core, readableScale) fits into a view of `view` size.
    static QRectF fitted(const QRectF &rect, const QRectF &core, qreal readableScale,
                         const QSizeF &view);
    /// The scale at which `rect` fits whole into `view`.
    static qreal scaleOf(const QRectF &rect, const QSizeF &view);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fit();

    QRectF m_rect;
    QRectF m_core;
    qreal m_readableScale = 0;
};

} // namespace faultline
