#include "customkinddialog.h"

#include "formlabels.h"

#include "model/kindstyle.h"
#include "widgets/canvas/kindshapes.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace faultline {

namespace {
// Shape names are file-format words; show them translated in the combo.
QString shapeDisplayName(const QString &shape)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("hexagon"), QT_TRANSLATE_NOOP("faultline::CustomKindDialog", "Hexagon")},
        {QStringLiteral("rectangle"),
         QT_TRANSLATE_NOOP("faultline::CustomKindDialog", "Rectangle")},
        {QStringLiteral("rounded"),
         QT_TRANSLATE_NOOP("faultline::CustomKindDialog", "Rounded rectangle")},
        {QStringLiteral("stadium"), QT_TRANSLATE_NOOP("faultline::CustomKindDialog", "Stadium")},
        {QStringLiteral("parallelogram"),
         QT_TRANSLATE_NOOP("faultline::CustomKindDialog", "Parallelogram")},
        {QStringLiteral("trapezoid"),
         QT_TRANSLATE_NOOP("faultline::CustomKindDialog", "Trapezoid")},
        {QStringLiteral("octagon"), QT_TRANSLATE_NOOP("faultline::CustomKindDialog", "Octagon")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("faultline::CustomKindDialog", "Document")},
    };
    const char *name = names.value(shape);
    return name ? CustomKindDialog::tr(name) : shape;
}
} // namespace

CustomKindDialog::CustomKindDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_colorButton(new QToolButton(this)),
      m_shape(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_color(QColor(0xaa, 0x55, 0x00))
{
    setMinimumWidth(380);
    m_name->setMaxLength(80);
    // The button shows the colour's name (see setColor()).
    m_colorButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const QString &shape : kindShapes())
        m_shape->addItem(QString(), shape);
    m_shape->setCurrentIndex(int(kindShapes().indexOf(QStringLiteral("octagon"))));

    auto *form = new QFormLayout;
    formlabels::addRow(form, m_name);
    formlabels::addRow(form, m_colorButton);
    formlabels::addRow(form, m_shape);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_colorButton, &QToolButton::clicked, this, &CustomKindDialog::chooseColor);
    connect(m_name, &QLineEdit::textChanged, this, &CustomKindDialog::updateOk);
    setColor(m_color);
    updateOk();
    retranslate();
}

void CustomKindDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CustomKindDialog::retranslate()
{
    setWindowTitle(tr("New Custom Kind"));
    m_name->setPlaceholderText(tr("e.g. Mechanistic interpreter"));
    formlabels::setLabel(this, m_name, tr("&Name:"));
    formlabels::setLabel(this, m_colorButton, tr("&Colour:"));
    formlabels::setLabel(this, m_shape, tr("&Shape:"));
    for (int i = 0; i < m_shape->count(); ++i)
        m_shape->setItemText(i, shapeDisplayName(m_shape->itemData(i).toString()));
}

CustomKind CustomKindDialog::kind() const
{
    return {QString(), m_name->text().simplified(), m_color.name(),
            m_shape->currentData().toString()};
}

void CustomKindDialog::setKind(const CustomKind &kind)
{
    m_name->setText(kind.name);
    if (const QColor c(kind.color); c.isValid())
        setColor(c);
    if (const int i = m_shape->findData(kind.shape); i >= 0)
        m_shape->setCurrentIndex(i);
}

void CustomKindDialog::chooseColor()
{
    const QColor chosen = QColorDialog::getColor(m_color, this, tr("Kind Colour"));
    if (chosen.isValid())
        setColor(chosen);
}

void CustomKindDialog::setColor(const QColor &color)
{
    m_color = color;
    QPixmap swatch(16, 16);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(140));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    painter.end();
    m_colorButton->setIcon(QIcon(swatch));
    m_colorButton->setText(color.name());
    updateIcons();
}

void CustomKindDialog::updateIcons()
{
    // The shape previews use the chosen colour, so the user sees the result.
    for (int i = 0; i < m_shape->count(); ++i) {
        KindStyle style;
        style.color = m_color;
        style.shape = m_shape->itemData(i).toString();
        m_shape->setItemIcon(i, kindIcon(style));
    }
}

void CustomKindDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

} // namespace faultline
