#pragma once

#include <QWidget>

class QActionGroup;
class QLabel;
class QToolButton;

namespace faultline {

/// The lens as one row of segmented buttons, one per action of an exclusive
/// group: always visible next to the interpretation tabs, so the active lens
/// shows even when the tool bar overflows. Each button follows its action
/// (text, tool tip, checked state), so the switch needs no wiring of its own.
class LensSwitch : public QWidget
{
    Q_OBJECT
public:
    explicit LensSwitch(QActionGroup *lenses, QWidget *parent = nullptr);

    QList<QToolButton *> buttons() const { return m_buttons; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QList<QToolButton *> m_buttons;
};

} // namespace faultline
