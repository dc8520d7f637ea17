#pragma once

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QString>

// Inspector pages refresh from Document signals, also while the user types
// in them (every keystroke is an edit command that comes back as a signal).
// These helpers only touch a widget whose shown value really differs, so
// the caret and selection stay where the user left them, and they block the
// widget's signals so a refresh is never mistaken for a user edit.
namespace faultline::fieldsync {

inline void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker block(edit);
    edit->setText(text);
    // A field being edited keeps the caret at the end (undo while typing);
    // others show the start of a long text.
    if (!edit->hasFocus())
        edit->setCursorPosition(0);
}

inline void setText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const QSignalBlocker block(edit);
    edit->setPlainText(text);
}

inline void setCurrentData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (combo->currentIndex() == index)
        return;
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(index);
}

/// Field names for EditElementCommand merging. Consecutive edits of one
/// field merge into one undo step, but a new editing session (another
/// element chosen, or the field left with Enter/Tab) must start a new step.
class EditSession
{
public:
    QString field(const char *name) const
    {
        return QStringLiteral("%1#%2").arg(QLatin1String(name)).arg(m_serial);
    }
    void next() { ++m_serial; }

private:
    quint64 m_serial = 0;
};

} // namespace faultline::fieldsync
