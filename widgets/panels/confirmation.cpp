#include "confirmation.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace faultline {

bool askConfirmation(QWidget *parent, const QString &title, const QString &question,
                     const QStringList &details)
{
    QString text = question;
    if (!details.isEmpty()) {
        const int shown = 12;
        QStringList lines = details.mid(0, shown);
        if (details.size() > shown)
            lines.append(QCoreApplication::translate("faultline::Confirmation", "… and %n more",
                                                     nullptr, int(details.size() - shown)));
        text += QStringLiteral("\n\n• ") + lines.join(QStringLiteral("\n• "));
    }
    // The details quote document text (names, labels), so everything goes into
    // the main text, the one label whose format can be forced to plain text
    // (the informative text label guesses rich text on its own).
    QMessageBox box(QMessageBox::Question, title, QString(), QMessageBox::Yes | QMessageBox::Cancel,
                    parent);
    box.setTextFormat(Qt::PlainText);
    box.setText(text);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

} // namespace faultline
