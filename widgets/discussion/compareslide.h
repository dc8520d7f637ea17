#pragma once

#include "model/incident.h"

#include <QList>
#include <QWidget>

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

private:
    void retranslateUi();

    CompareScenes *m_scenes;
    QList<FittingView *> m_views;
    QRectF m_diagram;
    QLabel *m_title = nullptr;
};

} // namespace faultline
