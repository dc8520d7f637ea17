#pragma once

#include <QString>
#include <QToolBar>

#include <functional>

class QLabel;

namespace faultline {

/// A non-modal bar across the top of the window with a message and a few
/// answer buttons ("The file changed on disk: Reload / Keep my version").
/// Unlike a message box it never blocks the event loop, so the user can look
/// at the document before answering and tests can click the buttons.
/// Clicking a button hides the bar, then runs that button's action.
class NoticeBar : public QToolBar
{
    Q_OBJECT
public:
    explicit NoticeBar(const QString &objectName, QWidget *parent = nullptr);

    struct Choice
    {
        QString objectName; ///< lets tests find the button
        QString text;
        std::function<void()> action;
    };

    struct Notice
    {
        QString message;
        QList<Choice> choices;
    };

    /// Shows `message` (plain text, never HTML: it holds file names) with one
    /// button per choice, replacing whatever the bar showed before. The texts
    /// stay as given when the language changes; see the overload below.
    void showNotice(const QString &message, const QList<Choice> &choices);
    /// The same, with texts made by `notice` (with tr()), which the bar calls
    /// again on QEvent::LanguageChange so an open notice follows View > Language.
    void showNotice(const std::function<Notice()> &notice);
    /// Hides the bar without running any action.
    void dismiss();
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void present(const Notice &notice);

    std::function<Notice()> m_notice; ///< empty for a notice with fixed texts
    QLabel *m_label;
    QList<QAction *> m_choiceActions;
};

} // namespace faultline
