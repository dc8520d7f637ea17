#pragma once

#include <QObject>
#include <QPointer>

// QPointer<T> converts to T* inline below, which needs the complete types.
#include "widgets/help/quickguidedialog.h"
#include "widgets/help/shortcutsdialog.h"

namespace faultline {

class MainWindow;
class QuickGuideDialog;
class ShortcutsDialog;

/// The Help menu: Quick Guide, Keyboard Shortcuts (read from the menus, so
/// it is never out of date) and About (version and third-party licences).
class HelpController : public QObject
{
    Q_OBJECT
public:
    explicit HelpController(MainWindow *window);

    void showQuickGuide();
    void showShortcuts();
    void showAbout();
    /// The About text (HTML), for the dialog and for tests.
    static QString aboutText();

    QuickGuideDialog *quickGuide() const { return m_guide; }
    ShortcutsDialog *shortcuts() const { return m_shortcuts; }

private:
    MainWindow *m_window;
    QPointer<QuickGuideDialog> m_guide;
    QPointer<ShortcutsDialog> m_shortcuts;
};

} // namespace faultline
