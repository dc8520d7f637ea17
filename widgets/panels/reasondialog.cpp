#include "widgets/panels/reasondialog.h"

#include "widgets/panels/plaintext.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace faultline {

std::optional<QString> askRuleOutReason(QWidget *parent, const QString &subject,
                                        const QString &current)
{
    // In a dialog of its own rather than in the list's reason column, which
    // is often scrolled out of view in a narrow panel: the reason is typed
    // where it can be read.
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("ruleOutDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("faultline::ReasonDialog", "Rule Out"));
    auto *question =
        plaintext::label(QCoreApplication::translate("faultline::ReasonDialog",
                                                     "Why does “%1” not apply to this reading?")
                             .arg(plaintext::oneLine(subject, 80)),
                         &dialog);
    question->setWordWrap(true);
    auto *edit = new QLineEdit(current, &dialog);
    edit->setObjectName(QStringLiteral("ruleOutReason"));
    edit->setPlaceholderText(QCoreApplication::translate(
        "faultline::ReasonDialog", "e.g. the arena was checked frame by frame"));
    edit->setMinimumWidth(360);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(question);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    edit->setFocus(Qt::OtherFocusReason);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->text().trimmed();
}

} // namespace faultline
