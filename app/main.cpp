#include "app/commandline.h"

#include <QApplication>
#include <QCoreApplication>
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
    if (faultline::isCommandLineInvocation(args)) {
        QCoreApplication app(argc, argv);
        return *faultline::runCommandLine(args);
    }

    QApplication app(argc, argv);
    return app.exec();
}
