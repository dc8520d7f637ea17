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
    QRectF shownRect() const { return m_rect; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fit();

    QRectF m_rect;
};

} // namespace faultline
