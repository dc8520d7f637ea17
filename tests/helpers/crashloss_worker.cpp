// Test helper for tst_crashloss: edits a document continuously, saves it now
// and then, and keeps an Autosaver running — until the test kills it with
// SIGKILL. Prints "<edit number> <epoch ms>" after each edit.
//
// usage: crashloss_worker FILE RECOVERY_DIR

#include "model/commands/addfactorcommand.h"
#include "model/document.h"
#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/recovery/autosaver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>
#include <cstdio>

using namespace faultline;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    Document document;
    LoadResult loaded = readFaultlineFile(path);
    if (!loaded.ok())
        return 3;
    document.resetIncident(loaded.value());
    document.setFilePath(path);
    Autosaver autosaver(&document, RecoveryStore(QString::fromLocal8Bit(argv[2])));

    int edits = 0;
    QTimer editTimer;
    QObject::connect(&editTimer, &QTimer::timeout, [&] {
        ++edits;
        Factor f{document.newId(QStringLiteral("f")),
                 QStringLiteral("reward"),
                 QStringLiteral("edit-%1").arg(edits),
                 QString(200, QLatin1Char('x')),
                 {},
                 {},
                 {}};
        document.push(new AddFactorCommand(&document, f));
        std::printf("%d %lld\n", edits, QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
        if (edits % 25 == 0) {
            // Saving marks the stack clean, which discards the snapshot; the
            // next edit starts a new one. That is the behaviour users get.
            if (writeFaultlineFile(document.incident(), path).ok())
                document.markSaved();
        }
    });
    editTimer.start(20);
    return app.exec();
}
