#include "app/cli/commandline.h"
#include "app/cli/layoutworker.h"
#include "app/controllers/gallerycontroller.h"
#include "app/controllers/languagecontroller.h"
#include "app/window/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <memory>

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Faultline"));
    QCoreApplication::setApplicationName(QStringLiteral("faultline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAULTLINE_VERSION));

    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    // Sub-commands run without a display: a QCoreApplication needs no platform plugin.
    // Layout jobs run in a child process of ourselves, so cancelling can kill them.
    if (args.value(0) == QLatin1String("--layout-worker"))
        return faultline::runLayoutWorker();

    if (faultline::needsGuiPlatform(args)) {
        // Rendering (diagrams, the summary's PDF) needs fonts and a paint engine, so a
        // QApplication, but never a display: exports are made in scripts, CI and over ssh.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        // The command line speaks English; the English catalogue holds the
        // singular and plural forms ("1 interpretation", "3 interpretations").
        faultline::LanguageController::applyLanguage(QStringLiteral("en"));
        return *faultline::runCommandLine(args);
    }
    if (faultline::isCommandLineInvocation(args)) {
        QCoreApplication app(argc, argv);
        faultline::LanguageController::applyLanguage(QStringLiteral("en"));
        return *faultline::runCommandLine(args);
    }

    QApplication app(argc, argv);
    // Fusion looks the same on every desktop and suits a calm, flat editor.
    QApplication::setStyle(QStringLiteral("Fusion"));
    // The remembered View > Language choice, else the system locale; before any
    // window exists, so everything is built in that language.
    faultline::LanguageController::applySavedLanguage();
    faultline::MainWindow window;
    // Looking the icon up in the icon themes takes several milliseconds and
    // the first frame does not need it: set once that frame is drawn.
    window.whenFirstFrameDrawn(
        [] { QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("faultline"))); });
    window.show();
    // QApplication has taken its own options (-style, -platform, ...) out by now.
    const QStringList files = QApplication::arguments().mid(1);
    if (!files.isEmpty())
        window.openFile(files.first()); // errors are shown; the window stays with an empty incident
    else
        window.galleryController()->showStartPage();
    return app.exec();
}
