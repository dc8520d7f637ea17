#pragma once

#include "model/incident.h"

#include <QList>
#include <QWidget>

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
    /// Highlights crux `index` (-1: the calm overview).
    void setFocusCrux(int index);

private:
    CompareScenes *m_scenes;
    QList<FittingView *> m_views;
    QRectF m_diagram;
};

} // namespace faultline
