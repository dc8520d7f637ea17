// Section "firstframe": time from process start to the first paint of the
// canvas, for the real editor window opening a 100-factor document, against
// a bare Qt Widgets window (a QMainWindow around an empty QGraphicsView) in
// the same run. Each measurement is a child process of this executable:
//   faultline_bench --first-frame-child START_NS FILE
//   faultline_bench --bare-window-child START_NS
// START_NS is CLOCK_MONOTONIC just before the parent spawned it, so the time
// includes exec, dynamic loading and start-up. The child builds its window
// exactly as app/main.cpp does, prints the milliseconds to its first
// completed canvas-viewport paint on stdout and exits.

#include "app/controllers/languagecontroller.h"
#include "app/window/mainwindow.h"
#include "bench.h"
#include "generatedincident.h"
#include "model/commands/applylayoutcommand.h"
#include "model/document.h"
#include "model/format/faultlinewriter.h"
#include "model/layout/causallayout.h"
#include "model/layout/layoutengine.h"
#include "widgets/canvas/canvasview.h"

#include <QApplication>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QIcon>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <ctime>

namespace faultline::bench {

namespace {

constexpr double kFirstFrameGoalMs = 400;
constexpr double kFirstFrameGoalRatio = 1.5;
constexpr int kFirstFrameFactors = 100;

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

/// Reports the first completed paint of a viewport accepted by `isCanvas`.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(qint64 startNs, std::function<bool(QObject *)> isCanvas)
        : m_startNs(startNs), m_isCanvas(std::move(isCanvas))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && m_isCanvas(watched)) {
            m_seen = true;
            // Queued: runs once this paint has been drawn and flushed.
            QTimer::singleShot(0, [this] {
                std::printf("%.3f\n", double(monotonicNs() - m_startNs) / 1e6);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    qint64 m_startNs;
    std::function<bool(QObject *)> m_isCanvas;
    bool m_seen = false;
};

int firstFrameChild(int argc, char **argv, qint64 startNs, const QString &file)
{
    // As app/main.cpp, up to app.exec().
    QCoreApplication::setOrganizationName(QStringLiteral("Faultline"));
    QCoreApplication::setApplicationName(QStringLiteral("faultline"));
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    FirstPaintProbe probe(startNs, [](QObject *watched) {
        return qobject_cast<CanvasView *>(watched->parent()) != nullptr;
    });
    app.installEventFilter(&probe);
    LanguageController::applySavedLanguage();
    MainWindow window;
    window.whenFirstFrameDrawn(
        [] { QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("faultline"))); });
    window.show();
    window.openFile(file);
    return app.exec();
}

int bareWindowChild(int argc, char **argv, qint64 startNs)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QMainWindow window;
    auto *scene = new QGraphicsScene(&window);
    auto *view = new QGraphicsView(scene);
    window.setCentralWidget(view);
    // The size the editor opens at (MainWindow's default): the same pixels
    // to fill and send to the X server on both sides.
    window.resize(1440, 900);
    FirstPaintProbe probe(startNs,
                          [view](QObject *watched) { return watched == view->viewport(); });
    app.installEventFilter(&probe);
    window.show();
    return app.exec();
}

/// A laid-out 100-factor document on disk, as a workshop file would be.
QString writeDocument(const QTemporaryDir &dir)
{
    Incident incident = test::generatedIncident(kFirstFrameFactors);
    const QString interp = incident.interpretations.first().id;
    const LayoutResult result =
        LayoutEngine::run(CausalLayout::interpretationRequest(incident, interp));
    Document document;
    document.resetIncident(incident);
    ApplyLayoutCommand apply(&document, interp, result);
    apply.redo();
    const QString path = dir.filePath(QStringLiteral("first-frame.faultline"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(writeFaultline(document.incident())) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

/// Runs one child and returns its reported milliseconds (NaN on failure).
double runChild(const QString &program, const QStringList &arguments, const QString &platform,
                QString *error)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    child.setProcessEnvironment(env);
    QStringList args = arguments;
    args.insert(1, QString::number(monotonicNs()));
    child.start(program, args);
    if (!child.waitForFinished(60000) || child.exitCode() != 0) {
        *error = QString::fromLocal8Bit(child.readAllStandardError())
                     .trimmed()
                     .section(QLatin1Char('\n'), -1);
        return std::nan("");
    }
    bool ok = false;
    const double ms = QString::fromLatin1(child.readAllStandardOutput()).trimmed().toDouble(&ok);
    return ok ? ms : std::nan("");
}

void runFirstFrameSection(const BenchOptions &options, QList<BenchTable> &tables)
{
    BenchTable table(
        QStringLiteral("Time to first frame: process start to first canvas paint (ms, median)"),
        {QStringLiteral("window"), QStringLiteral("runs"), QStringLiteral("median"),
         QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("goal"),
         QStringLiteral("met")});
    const QString platform = qEnvironmentVariableIsEmpty("DISPLAY") ? QStringLiteral("offscreen")
                                                                    : QStringLiteral("xcb");
    QTemporaryDir dir;
    const QString file = writeDocument(dir);
    const int runs = std::max(5, options.runs);
    QList<double> editor, bare;
    QString error;
    for (int i = 0; i < runs; ++i) { // interleaved, so both see the same machine load
        bare.append(
            runChild(options.program, {QStringLiteral("--bare-window-child")}, platform, &error));
        editor.append(runChild(options.program, {QStringLiteral("--first-frame-child"), file},
                               platform, &error));
    }
    const double bareMedian = percentile(bare, 50);
    const double editorMedian = percentile(editor, 50);
    const double ratio = editorMedian / bareMedian;
    table.addRow({QStringLiteral("bare QMainWindow + QGraphicsView"), QString::number(runs),
                  formatMs(bareMedian), formatMs(percentile(bare, 0)),
                  formatMs(percentile(bare, 100)), QStringLiteral("–"), QStringLiteral("–")});
    table.addRow({QStringLiteral("Faultline MainWindow, 100-factor file"), QString::number(runs),
                  formatMs(editorMedian), formatMs(percentile(editor, 0)),
                  formatMs(percentile(editor, 100)), QStringLiteral("≤ 400 ms"),
                  metCell(editorMedian <= kFirstFrameGoalMs)});
    table.addRow({QStringLiteral("ratio editor / bare"), QString(), formatRatio(ratio), QString(),
                  QString(), QStringLiteral("≤ 1.50x"), metCell(ratio <= kFirstFrameGoalRatio)});
    table.addNote(
        QStringLiteral("Platform: %1%2. Each run is a child process of "
                       "faultline_bench (--first-frame-child builds MainWindow as "
                       "app/main.cpp does and opens the file); time from just before "
                       "the spawn to the end of the first paint of the canvas viewport.%3")
            .arg(platform,
                 platform == QLatin1String("xcb")
                     ? QStringLiteral(" on DISPLAY ") + qEnvironmentVariable("DISPLAY") +
                           QStringLiteral(" (scripts/bench starts Xvfb when none is set)")
                     : QStringLiteral(" (no DISPLAY: not a real X server)"),
                 error.isEmpty() ? QString() : QStringLiteral(" Last child error: ") + error));
    tables.append(table);
}

} // namespace

int runBenchChild(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--bare-window-child") == 0)
        return bareWindowChild(argc, argv, std::atoll(argv[2]));
    if (argc >= 4 && std::strcmp(argv[1], "--first-frame-child") == 0)
        return firstFrameChild(argc, argv, std::atoll(argv[2]), QString::fromLocal8Bit(argv[3]));
    return -1;
}

FAULTLINE_BENCH_SECTION(firstframe, "process start to first canvas paint, editor vs bare window",
                        runFirstFrameSection);

} // namespace faultline::bench
