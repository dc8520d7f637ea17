// The example gallery (File > New from Example…) and the start screen,
// driven through real keyboard and mouse events (offscreen).

#include "app/controllers/documentcontroller.h"
#include "app/controllers/gallerycontroller.h"
#include "app/window/mainwindow.h"
#include "app/window/recentfiles.h"
#include "app/window/windowactions.h"
#include "model/document.h"
#include "widgets/gallery/exampledelegate.h"
#include "widgets/gallery/examplegallerydialog.h"
#include "widgets/gallery/examplelistwidget.h"
#include "widgets/gallery/examplethumbnail.h"
#include "widgets/gallery/startpage.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace faultline;

namespace {
const QString kCoinRun = QStringLiteral(":/faultline/examples/coinrun.faultline");
const QString kHideAndSeek = QStringLiteral(":/faultline/examples/hide-and-seek.faultline");

QByteArray resourceHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Share of pixels that are not white.
double inkShare(const QImage &image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ink += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
    return double(ink) / (image.width() * image.height());
}
} // namespace

class TestGallery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("FaultlineTest"));
        QApplication::setApplicationName(QStringLiteral("tst_gallery"));
    }

    void catalogListsEveryExampleWithWhatTheGalleryShows()
    {
        const QList<ExampleEntry> entries = ExampleCatalog::load();
        QVERIFY2(entries.size() >= 13, qPrintable(QString::number(entries.size())));
        for (const ExampleEntry &entry : entries) {
            QVERIFY2(!entry.incident.title.isEmpty(), qPrintable(entry.resourcePath));
            QVERIFY2(entry.year >= 1998 && entry.year <= 2026, qPrintable(entry.resourcePath));
            QVERIFY2(!entry.firstSentence.isEmpty(), qPrintable(entry.resourcePath));
            QVERIFY2(entry.firstSentence.size() <= entry.incident.summary.size(),
                     qPrintable(entry.resourcePath));
            QVERIFY2(!entry.incident.tags.isEmpty(), qPrintable(entry.resourcePath));
        }
        // Sorted by title, so the list reads alphabetically.
        for (int i = 1; i < entries.size(); ++i)
            QVERIFY(QString::localeAwareCompare(entries[i - 1].incident.title,
                                                entries[i].incident.title) <= 0);
    }

    void searchMatchesEveryWordAnywhere()
    {
        const QList<ExampleEntry> entries = ExampleCatalog::load();
        const auto matching = [&entries](const QString &query) {
            QStringList paths;
            for (const ExampleEntry &entry : entries)
                if (entry.matches(query))
                    paths << entry.resourcePath;
            return paths;
        };
        QCOMPARE(matching(QStringLiteral("coinrun")), QStringList{kCoinRun});
        QCOMPARE(matching(QStringLiteral("COINRUN langosco")), QStringList{kCoinRun});
        QVERIFY(matching(QStringLiteral("coinrun baker")).isEmpty());
        QVERIFY(matching(QStringLiteral("goal-misgeneralisation")).contains(kCoinRun));
        QCOMPARE(matching(QString()).size(), entries.size());
    }

    void thumbnailsDrawTheFirstReading()
    {
        const QList<ExampleEntry> entries = ExampleCatalog::load();
        for (const ExampleEntry &entry : entries) {
            const QImage image = ExampleThumbnail::render(entry.incident, {176, 110});
            QCOMPARE(image.size(), QSize(176, 110));
            // A drawn diagram, not a blank card (and not a solid block either).
            const double ink = inkShare(image);
            QVERIFY2(ink > 0.03 && ink < 0.9, qPrintable(entry.resourcePath));
        }
    }

    void galleryFiltersAndOpensFromTheKeyboard()
    {
        ExampleGalleryDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ExampleListWidget *list = dialog.list();
        const int all = list->count();
        QVERIFY(all >= 9);
        QTRY_VERIFY(list->thumbnailsReady());
        for (int row = 0; row < all; ++row)
            QVERIFY(
                !list->item(row)->data(ExampleDelegate::ThumbnailRole).value<QImage>().isNull());

        QVERIFY(dialog.searchField()->hasFocus());
        QTest::keyClicks(dialog.searchField(), QStringLiteral("hide"));
        QCOMPARE(list->visibleCount(), 1);
        QCOMPARE(dialog.chosenResourcePath(), kHideAndSeek);

        // Clearing the search shows everything again; Down moves through the results
        // while the focus stays in the search box.
        dialog.searchField()->clear();
        QCOMPARE(list->visibleCount(), all);
        const QString first = dialog.chosenResourcePath();
        QTest::keyClick(dialog.searchField(), Qt::Key_Down);
        QVERIFY(dialog.searchField()->hasFocus());
        QVERIFY(dialog.chosenResourcePath() != first);

        QTest::keyClicks(dialog.searchField(), QStringLiteral("coinrun"));
        QCOMPARE(dialog.chosenResourcePath(), kCoinRun);
        QTest::keyClick(dialog.searchField(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosenResourcePath(), kCoinRun);
    }

    void nothingMatchingDisablesOpen()
    {
        ExampleGalleryDialog dialog;
        dialog.show();
        QTest::keyClicks(dialog.searchField(), QStringLiteral("no such incident anywhere"));
        QCOMPARE(dialog.list()->visibleCount(), 0);
        QVERIFY(dialog.chosenResourcePath().isEmpty());
        QTest::keyClick(dialog.searchField(), Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // Enter with nothing chosen does not close it
    }

    void newFromExampleOpensAnUntitledCopy()
    {
        const QByteArray before = resourceHash(kCoinRun);
        MainWindow window;
        auto *gallery = window.galleryController();
        QVERIFY(gallery);
        gallery->setGalleryChooser([] { return kCoinRun; });
        window.windowActions()->newFromExample->trigger();
        const Incident &incident = window.document()->incident();
        QVERIFY(incident.title.startsWith(QStringLiteral("CoinRun")));
        QVERIFY(incident.interpretations.size() >= 2);
        QVERIFY(window.document()->filePath().isEmpty()); // untitled: Save asks for a name
        QVERIFY(!window.document()->isModified());
        QCOMPARE(resourceHash(kCoinRun), before);

        // Cancelling the gallery changes nothing.
        gallery->setGalleryChooser([] { return QString(); });
        window.windowActions()->newFromExample->trigger();
        QVERIFY(window.document()->incident().title.startsWith(QStringLiteral("CoinRun")));
    }

    void startPageOffersRecentFilesAndExamples()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.controller()->recentFiles()->clear();
        window.controller()->recentFiles()->add(QStringLiteral("/tmp/reading-group.faultline"));
        auto *gallery = window.galleryController();
        gallery->showStartPage();
        QVERIFY(gallery->isStartPageShown());
        StartPage *page = gallery->startPage();
        QCOMPARE(window.centralOverlay(), page);
        QCOMPARE(page->recentList()->count(), 1);
        QCOMPARE(page->recentList()->item(0)->text(), QStringLiteral("reading-group.faultline"));

        // Double-clicking an example card opens it and leaves the start screen.
        ExampleListWidget *examples = page->examples();
        const int row = examples->rowOf(kHideAndSeek);
        QVERIFY(row >= 0);
        examples->scrollToItem(examples->item(row));
        const QPoint at = examples->visualItemRect(examples->item(row)).center();
        QTest::mouseClick(examples->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(examples->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(!gallery->isStartPageShown());
        QVERIFY(window.document()->incident().title.contains(QStringLiteral("ide-and-seek")));
        window.controller()->recentFiles()->clear();
    }

    void newIncidentButtonGoesToTheEmptyEditor()
    {
        MainWindow window;
        window.show();
        auto *gallery = window.galleryController();
        gallery->showStartPage();
        QTest::mouseClick(gallery->startPage()->newButton(), Qt::LeftButton);
        QVERIFY(!gallery->isStartPageShown());
        QCOMPARE(window.centralOverlay(), nullptr);
    }
};

QTEST_MAIN(TestGallery)
#include "tst_gallery.moc"
