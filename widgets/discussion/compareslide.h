#pragma once

#include "model/incident.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace faultline {

class CompareScenes;
class FittingView;

/// Presentation slide of the compared readings side by side, drawn by
/// CompareScenes (shared factors at the same place, differences styled).
/// setFocusCrux() highlights one crux's elements in every column.
class CompareSlide : public QWidget
{
    Q_OBJECT
public:
    CompareSlide(const Incident &incident, const QStringList &interpretationIds,
                 QWidget *parent = nullptr);
    ~CompareSlide() override;

    CompareScenes *scenes() const { return m_scenes; }
    /// Highlights crux `index` and zooms every column to its elements (-1:
    /// the calm overview of the whole diagrams).
    void setFocusCrux(int index);
    /// The slide's own heading (hidden when the slide sits inside a crux slide).
    void setTitleVisible(bool visible);

protected:
    /// LanguageChange: the heading, and the comparison made again (its
    /// cruxes are worded when it is made) with the focused crux kept.
    void changeEvent(QEvent *event) override;

    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    /// Chooses how many rows the readings take for the shown area.
    void arrange();
    /// The readings' names and diagrams in `rows` rows.
    void placeReadings(int rows);

    CompareScenes *m_scenes;
    QList<QLabel *> m_headers;
    QList<FittingView *> m_views;
    QGridLayout *m_grid = nullptr;
    int m_rows = 0;
    QRectF m_diagram;
    /// What the views show: the area, the part never cut off and the scale
    /// the area gives way to (FittingView::setShownRect).
    QRectF m_shown;
    QRectF m_core;
    qreal m_readable = 0;
    QLabel *m_title = nullptr;
};

} // namespace faultline
