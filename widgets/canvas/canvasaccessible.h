#pragma once

#include <QObject>

namespace faultline {

class CanvasView;

/// Makes a screen reader announce what the keyboard has reached on the
/// canvas. Factors and links are graphics items, not widgets, so they have no
/// accessible objects of their own: the view's accessible name and description
/// carry the focused factor or link ("Reward factor: +10 for the coin"), and
/// NameChanged, DescriptionChanged and Focus events tell assistive technology
/// to read them again.
class CanvasAccessible : public QObject
{
    Q_OBJECT
public:
    explicit CanvasAccessible(CanvasView *view);

    /// Name and description for the current selection, or for the whole
    /// canvas when nothing (or more than one element) is selected.
    QString name() const;
    QString description() const;
    /// Recomputes both and notifies assistive technology when they changed.
    void update();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString factorName(const QString &factorId) const;
    QString linkName(const QString &linkId) const;

    CanvasView *m_view;
};

} // namespace faultline
