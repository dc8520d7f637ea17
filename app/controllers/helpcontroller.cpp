#include "app/controllers/helpcontroller.h"

#include "app/controllers/languagecontroller.h"
#include "app/window/windowactions.h"

#include "model/about/librarynotices.h"
#include "widgets/help/quickguidedialog.h"
#include "widgets/help/shortcutsdialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace faultline {

namespace {
/// Every action of `menu` and its submenus, in menu order.
QList<QAction *> actionsOf(const QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        if (action->menu())
            actions << actionsOf(action->menu());
        else if (!action->isSeparator())
            actions << action;
    }
    return actions;
}

QString menuTitle(QString text)
{
    return text.remove(QLatin1Char('&'));
}
} // namespace

HelpController::HelpController(const ControllerContext &context)
    : QObject(context.window), m_context(context)
{
    WindowActions *a = context.actions;
    connect(a->quickGuide, &QAction::triggered, this, &HelpController::showQuickGuide);
    connect(a->keyboardShortcuts, &QAction::triggered, this, &HelpController::showShortcuts);
    connect(a->about, &QAction::triggered, this, &HelpController::showAbout);
}

void HelpController::showQuickGuide()
{
    if (!m_guide) {
        m_guide = new QuickGuideDialog(&LanguageController::currentLanguage, m_context.window);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void HelpController::showShortcuts()
{
    // Built afresh each time: menus gain actions (custom kinds, features).
    if (m_shortcuts)
        m_shortcuts->close();
    // Read when the dialog (re)builds, so a language switch shows the new menu texts.
    const QPointer<QMainWindow> window = m_context.window;
    const auto groups = [window] {
        QList<ShortcutsDialog::Group> result;
        if (window)
            for (QAction *top : window->menuBar()->actions())
                if (QMenu *menu = top->menu())
                    result.append({menuTitle(menu->title()), actionsOf(menu)});
        return result;
    };
    m_shortcuts = new ShortcutsDialog(groups, m_context.window);
    m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcuts->show();
}

QString HelpController::aboutText()
{
    QString libraries;
    for (const LibraryNotice &notice : libraryNotices())
        libraries += QStringLiteral("<tr><td>%1 %2</td><td><a href=\"%4\">%3</a></td></tr>")
                         .arg(notice.name.toHtmlEscaped(), notice.version.toHtmlEscaped(),
                              notice.licence.toHtmlEscaped(), notice.url.toHtmlEscaped());
    return tr("<h3>Faultline %1</h3>"
              "<p>Root-cause diagrams of AI failures: draw each reading of an incident as a "
              "causal graph over shared factors, back links with evidence, and compare the "
              "readings.</p>"
              "<p>Built on:</p><table cellspacing=\"4\">%2</table>")
        .arg(QStringLiteral(FAULTLINE_VERSION), libraries);
}

void HelpController::showAbout()
{
    QMessageBox::about(m_context.window, tr("About Faultline"), aboutText());
}

} // namespace faultline
