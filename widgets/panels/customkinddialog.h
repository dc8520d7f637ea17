#pragma once

#include "model/customkind.h"

#include <QColor>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QToolButton;

namespace faultline {

/// Asks for the name, colour and shape of a new user-defined kind
/// (e.g. "Mechanistic interpreter"). The id is chosen by the caller.
class CustomKindDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CustomKindDialog(QWidget *parent = nullptr);

    /// The kind as entered, without an id.
    CustomKind kind() const;
    void setKind(const CustomKind &kind);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *shapeCombo() const { return m_shape; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseColor();
    void setColor(const QColor &color);
    void updateIcons();
    void updateOk();

    QLineEdit *m_name;
    QToolButton *m_colorButton;
    QComboBox *m_shape;
    QDialogButtonBox *m_buttons;
    QColor m_color;
};

} // namespace faultline
