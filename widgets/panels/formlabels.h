#pragma once

#include <QFormLayout>
#include <QLabel>
#include <QWidget>

namespace faultline::formlabels {

/// Sets the text of the label a QFormLayout row shows for `field`, so that a
/// panel can retranslate its form without keeping a pointer to every label.
/// The field also gets the label's text (without "&" and ":") as its
/// accessible name, which a screen reader announces on focus.
inline void setLabel(QWidget *panel, QWidget *field, const QString &text)
{
    for (QFormLayout *form : panel->findChildren<QFormLayout *>())
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field))) {
            label->setText(text);
            break;
        }
    QString name = text;
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    field->setAccessibleName(name);
}

/// Adds a row for `field` whose label (the field's buddy) gets its text
/// from setLabel(): the panel writes each text in one place, its retranslate().
inline void addRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel;
    label->setBuddy(field);
    form->addRow(label, field);
}

} // namespace faultline::formlabels
