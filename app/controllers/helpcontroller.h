#pragma once

#include "app/controllers/controllercontext.h"

#include <QObject>
#include <QPointer>

// QPointer<T> converts to T* inline below, which needs the complete types.
#include "widgets/help/quickguidedialog.h"
#include "widgets/help/shortcutsdialog.h"

namespace faultline {

class QuickGuideDialog;
class ShortcutsDialog;

/// The Help menu: Quick Guide, Keyboard Shortcuts (read from the menus, so
/// it is never out of date) and About (version and third-party licences).
class HelpController : public QObject
{
    Q_OBJECT
public:
    explicit HelpController(const ControllerContext &context);

    void showQuickGuide();
    void showShortcuts();
    void showAbout();
    /// The About text (HTML), for the dialog and for tests.
    static QString aboutText();

    QuickGuideDialog *quickGuide() const { return m_guide; }
    ShortcutsDialog *shortcuts() const { return m_shortcuts; }

private:
    ControllerContext m_context;
    QPointer<QuickGuideDialog> m_guide;
    QPointer<ShortcutsDialog> m_shortcuts;
};

} // namespace faultline
