#include "widgets/common/newreadingchoice.h"

#include "widgets/panels/plaintext.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace faultline {

std::optional<NewReading> askNewReading(QWidget *parent, const QString &currentName)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("newReadingChoice"));
    box.setWindowTitle(
        QCoreApplication::translate("faultline::NewReadingChoice", "New Interpretation"));
    box.setTextFormat(Qt::PlainText);
    box.setIcon(QMessageBox::Question);
    box.setText(QCoreApplication::translate("faultline::NewReadingChoice",
                                            "How should the new interpretation start?"));
    box.setInformativeText(
        QCoreApplication::translate(
            "faultline::NewReadingChoice",
            "A copy of “%1” keeps its factors, links and evidence, so you change only where you "
            "disagree.")
            .arg(plaintext::oneLine(currentName, 60)));
    QPushButton *copy = box.addButton(
        QCoreApplication::translate("faultline::NewReadingChoice", "&Copy of Current Reading"),
        QMessageBox::AcceptRole);
    copy->setObjectName(QStringLiteral("copyReadingButton"));
    QPushButton *empty =
        box.addButton(QCoreApplication::translate("faultline::NewReadingChoice", "&Empty"),
                      QMessageBox::AcceptRole);
    empty->setObjectName(QStringLiteral("emptyReadingButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(copy);
    box.exec();
    if (box.clickedButton() == copy)
        return NewReading::CopyOfCurrent;
    if (box.clickedButton() == empty)
        return NewReading::Empty;
    return std::nullopt;
}

} // namespace faultline
