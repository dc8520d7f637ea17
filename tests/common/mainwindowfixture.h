#pragma once

// The editor window as the app tests set it up: settings of the test's own,
// a private recovery folder, a MainWindow made, shown, active and exposed,
// and closed without prompts after each test. Header-only so each test stays
// one executable.

#include "app/window/mainwindow.h"
#include "model/document.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QSize>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace faultline::test {

/// Holds an app test's MainWindow. Used like the std::unique_ptr it stands
/// for (m_window->…, m_window.get(), if (m_window), m_window.reset()).
class MainWindowFixture
{
public:
    static constexpr QSize kDefaultSize{1400, 900};

    /// What show() waits for: exposed, or also active (keyboard tests).
    enum class WaitFor
    {
        Exposed,
        Active,
    };

    /// For initTestCase(): standard paths in Qt's test mode (never the
    /// user's own settings or files), settings under `organization` and
    /// `application` (empty: the executable's name) cleared, and recovery
    /// snapshots in a folder of this process alone.
    static void initTestCase(const QString &organization, const QString &application = {})
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(organization);
        if (!application.isEmpty())
            QCoreApplication::setApplicationName(application);
        QSettings().clear();
        static QTemporaryDir recovery;
        if (!recovery.isValid())
            qFatal("no temporary folder for recovery snapshots");
        qputenv("FAULTLINE_RECOVERY_DIR", recovery.path().toLocal8Bit());
    }

    /// A new window, not shown yet (a window held before is destroyed first).
    MainWindow *create()
    {
        m_window.reset();
        m_window = std::make_unique<MainWindow>();
        return m_window.get();
    }

    /// Shows the window (resized to `size` unless it is invalid), makes it the
    /// active window and waits until it is exposed (or active); a window that
    /// never is ends the test run, as nothing after it could pass.
    MainWindow *show(QSize size = kDefaultSize, WaitFor waitFor = WaitFor::Exposed)
    {
        if (size.isValid())
            m_window->resize(size);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            qFatal("main window not exposed");
        if (waitFor == WaitFor::Active && !QTest::qWaitForWindowActive(m_window.get()))
            qFatal("main window not active");
        return m_window.get();
    }

    /// create() and show().
    MainWindow *createShown(QSize size = kDefaultSize, WaitFor waitFor = WaitFor::Exposed)
    {
        create();
        return show(size, waitFor);
    }

    /// Waits until the work the window defers to its first frame has run,
    /// then runs whatever that queued: what is not built now is not built
    /// by start-up at all.
    [[nodiscard]] bool settle() const
    {
        if (!QTest::qWaitFor([this] { return m_window->isFirstFrameDrawn(); }, 10000))
            return false;
        QCoreApplication::processEvents();
        return true;
    }

    /// A new window with `path` open, shown at `size` and settled; false when
    /// the file does not open or the window does not reach that size.
    [[nodiscard]] bool openShown(const QString &path, QSize size)
    {
        create();
        if (!m_window->openFile(path))
            return false;
        show(size);
        return settle() && QTest::qWaitFor([&] { return m_window->size() == size; });
    }

    /// Closes the window as the user would, with any unsaved changes
    /// dropped without a prompt (it saves its state, as on quit).
    void closeDiscarding()
    {
        if (!m_window)
            return;
        m_window->document()->undoStack()->setClean();
        m_window->close();
    }

    /// For cleanup(): closes and destroys the window (also after a failed
    /// check) and clears the settings, so the next test starts fresh.
    void cleanup()
    {
        closeDiscarding();
        m_window.reset();
        QSettings().clear();
    }

    /// Destroys the window without closing it.
    void reset() { m_window.reset(); }

    MainWindow *get() const { return m_window.get(); }
    MainWindow *operator->() const { return m_window.get(); }
    explicit operator bool() const { return bool(m_window); }

private:
    std::unique_ptr<MainWindow> m_window;
};

} // namespace faultline::test
