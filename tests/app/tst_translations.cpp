// Translations: the .ts files are complete, lupdate finds the model's strings
// (checklist resource data included), the .qm files are embedded, View >
// Language switches the running UI and the choice survives a restart, and
// Chinese labels render with real glyphs on the canvas and in PDF exports.

#include "../common/mainwindowfixture.h"
#include "app/controllers/languagecontroller.h"
#include "app/window/mainwindow.h"
#include "app/window/windowactions.h"
#include "model/checklist.h"
#include "model/document.h"
#include "model/kindstyle.h"
#include "testpaths.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasstyle.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/factoritem.h"
#include "widgets/panels/factorinspector.h"
#include "widgets/panels/inspectorwidget.h"
#include "widgets/panels/palettewidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFormLayout>
#include <QGlyphRun>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRawFont>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <memory>

using namespace faultline;

namespace {
const QString kSourceDir = QStringLiteral(FAULTLINE_SOURCE_DIR);

QString tool(const QString &name)
{
    return QLibraryInfo::path(QLibraryInfo::BinariesPath) + QLatin1Char('/') + name;
}

QString stripMnemonic(QString text)
{
    // "&Datei" → "Datei"; "文件(&F)" → "文件"
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\s*\\(&.\\)"));
    text.remove(cjkMnemonic);
    text.remove(QLatin1Char('&'));
    return text;
}

QStringList menuTitles(MainWindow *window)
{
    QStringList titles;
    for (QAction *top : window->menuBar()->actions())
        if (top->menu())
            titles.append(stripMnemonic(top->menu()->title()));
    return titles;
}

QAction *languageAction(MainWindow *window, const QString &code)
{
    // The View > Language entries.
    return window->findChild<QAction *>(QStringLiteral("language_") + code);
}

struct TsCounts
{
    int messages = 0;
    int unfinished = 0;
    int obsolete = 0; ///< "obsolete" or "vanished"
    QStringList examples;
    QString error;
};

TsCounts countTs(const QString &path)
{
    TsCounts counts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        counts.error = file.errorString();
        return counts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            ++counts.messages;
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            const bool unfinished = type == QLatin1String("unfinished");
            const bool gone =
                type == QLatin1String("obsolete") || type == QLatin1String("vanished");
            counts.unfinished += unfinished;
            counts.obsolete += gone;
            if ((unfinished || gone) && counts.examples.size() < 5)
                counts.examples.append(context + QStringLiteral(": ") + source);
        }
    }
    if (xml.hasError())
        counts.error = xml.errorString();
    return counts;
}

/// A .qm built here from a tiny catalogue: proves the switching mechanism
/// whatever state the real German translation is in.
bool buildTestCatalogue(const QString &dir)
{
    const QString ts = dir + QStringLiteral("/faultline_de.ts");
    QFile file(ts);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>faultline::MainWindow</name>
<message><source>&amp;File</source><translation>&amp;Testdatei</translation></message>
<message><source>&amp;Edit</source><translation>&amp;Testbearbeiten</translation></message>
<message><source>Inspector</source><translation>Testinspektor</translation></message>
</context>
<context><name>faultline::WindowActions</name>
<message><source>&amp;New</source><translation>&amp;Testneu</translation></message>
</context>
<context><name>faultline::FactorInspector</name>
<message><source>&amp;Kind:</source><translation>&amp;Testart:</translation></message>
</context>
<context><name>faultline::Kind</name>
<message><source>Reward</source><translation>Testbelohnung</translation></message>
</context>
</TS>
)");
    file.close();
    QProcess lrelease;
    lrelease.start(tool(QStringLiteral("lrelease")),
                   {ts, QStringLiteral("-qm"), dir + QStringLiteral("/faultline_de.qm")});
    return lrelease.waitForFinished(60000) && lrelease.exitCode() == 0 &&
           QFile::exists(dir + QStringLiteral("/faultline_de.qm"));
}

QString formLabel(QWidget *panel, QWidget *field)
{
    for (QFormLayout *form : panel->findChildren<QFormLayout *>())
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            return label->text();
    return QString();
}

QString paletteText(MainWindow *window, int row)
{
    auto *list = window->palette()->findChild<QTreeWidget *>(QStringLiteral("paletteList"));
    return list && list->topLevelItem(row) ? list->topLevelItem(row)->text(0) : QString();
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    test::MainWindowFixture m_window;
    QTemporaryDir m_catalogueDir;

    MainWindow *openWindow()
    {
        m_window.createShown(QSize());
        return m_window.get();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::MainWindowFixture::initTestCase(QStringLiteral("FaultlineTranslationsTest"));
        QVERIFY2(buildTestCatalogue(m_catalogueDir.path()),
                 "lrelease could not build the test catalogue");
    }

    void cleanup()
    {
        m_window.cleanup();
        LanguageController::setTranslationsDirectory(QStringLiteral(":/i18n"));
        LanguageController::applyLanguage(QStringLiteral("en"));
    }

    // ---------------------------------------------------------------- files

    void tsFilesComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral("faultline_de.ts");
        QTest::newRow("zh_CN") << QStringLiteral("faultline_zh_CN.ts");
        QTest::newRow("en (plural forms)") << QStringLiteral("faultline_en.ts");
    }

    void tsFilesComplete()
    {
        QFETCH(QString, file);
        const TsCounts counts = countTs(kSourceDir + QStringLiteral("/translations/") + file);
        QVERIFY2(counts.error.isEmpty(), qPrintable(counts.error));
        QVERIFY(counts.messages > 0);
        QVERIFY2(counts.unfinished == 0,
                 qPrintable(QStringLiteral("%1 unfinished of %2, e.g. %3")
                                .arg(counts.unfinished)
                                .arg(counts.messages)
                                .arg(counts.examples.join(QStringLiteral(" | ")))));
        QVERIFY2(counts.obsolete == 0,
                 qPrintable(QStringLiteral("%1 obsolete/vanished, e.g. %2")
                                .arg(counts.obsolete)
                                .arg(counts.examples.join(QStringLiteral(" | ")))));
    }

    void qmFilesEmbedded_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void qmFilesEmbedded()
    {
        QFETCH(QString, code);
        QFile qm(QStringLiteral(":/i18n/faultline_%1.qm").arg(code));
        QVERIFY2(qm.exists(), qPrintable(qm.fileName()));
        QTranslator translator;
        QVERIFY(translator.load(qm.fileName()));
    }

    void checklistTableMatchesResource()
    {
        // Every built-in name and description is in the table lupdate reads.
        const QStringList table = Checklist::translatableTexts();
        const QList<ChecklistEntry> &entries = Checklist::builtIn().entries();
        QVERIFY(entries.size() > 10);
        QCOMPARE(table.size(), entries.size() * 2);
        for (const ChecklistEntry &entry : entries) {
            QVERIFY2(table.contains(entry.name), qPrintable(entry.name));
            QVERIFY2(table.contains(entry.description), qPrintable(entry.description));
        }
    }

    void lupdateFindsModelStrings()
    {
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("scan.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(kSourceDir);
        // Includes are written from the source root, as the build's lupdate sees them.
        lupdate.start(tool(QStringLiteral("lupdate")),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                       QStringLiteral("."), QStringLiteral("model"), QStringLiteral("widgets"),
                       QStringLiteral("app"), QStringLiteral("-ts"), ts});
        QVERIFY(lupdate.waitForFinished(300000));
        QCOMPARE(lupdate.exitCode(), 0);
        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QHash<QString, QSet<QString>> found; // context → sources
        QXmlStreamReader xml(&file);
        QString context;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("source"))
                found[context].insert(xml.readElementText());
        }
        for (const ChecklistEntry &entry : Checklist::builtIn().entries()) {
            QVERIFY2(found[QStringLiteral("faultline::Checklist")].contains(entry.name),
                     qPrintable(entry.name));
            QVERIFY(found[QStringLiteral("faultline::Checklist")].contains(entry.description));
        }
        for (const KindStyle &kind : builtInKinds())
            QVERIFY2(found[QStringLiteral("faultline::Kind")].contains(kind.name),
                     qPrintable(kind.name));
        QVERIFY(found[QStringLiteral("faultline::Relation")].contains(QStringLiteral("amplifies")));
        QVERIFY(found[QStringLiteral("faultline::EvidenceKind")].contains(
            QStringLiteral("author claim")));
        QVERIFY(found[QStringLiteral("faultline::MainWindow")].contains(QStringLiteral("&File")));
        QVERIFY(found[QStringLiteral("faultline::LanguageController")].contains(
            QStringLiteral("&Language")));
    }

    void checklistTranslatesOnlyBuiltInEntries()
    {
        const ChecklistEntry builtIn = Checklist::builtIn().entries().first();
        QCOMPARE(Checklist::displayName(builtIn), builtIn.name); // English: the source text
        ChecklistEntry own = builtIn;
        own.id = QStringLiteral("my-own");
        own.name = QStringLiteral("Reward");
        QCOMPARE(Checklist::displayName(own), QStringLiteral("Reward"));
    }

    // ---------------------------------------------------------------- runtime switching

    void switchesAtRuntimeThroughTheMenu()
    {
        LanguageController::setTranslationsDirectory(m_catalogueDir.path());
        MainWindow *window = openWindow();
        QVERIFY(menuTitles(window).contains(QStringLiteral("File")));
        QCOMPARE(paletteText(window, 0), QStringLiteral("Reward"));
        // A reward box on the canvas: its kind caption is translated too.
        window->windowActions()->addFactor.value(QStringLiteral("reward"))->trigger();
        CanvasScene *scene = window->currentView()->canvasScene();
        QCOMPARE(scene->factorItems().size(), 1);
        FactorItem *box = scene->factorItems().first();
        QCOMPARE(box->kindName(), QStringLiteral("Reward"));

        QAction *german = languageAction(window, QStringLiteral("de"));
        QVERIFY(german);
        german->trigger();
        QCOMPARE(LanguageController::currentLanguage(), QStringLiteral("de"));
        QVERIFY(german->isChecked());
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(QStringLiteral("Testdatei")),
                 qPrintable(titles.join(QLatin1Char(','))));
        QVERIFY(titles.contains(QStringLiteral("Testbearbeiten")));
        QCOMPARE(window->windowActions()->newFile->text(), QStringLiteral("&Testneu"));
        QCOMPARE(window->windowActions()->addFactor.value(QStringLiteral("reward"))->text(),
                 QStringLiteral("Testbelohnung"));
        auto *inspectorDock = window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        QVERIFY(inspectorDock);
        QCOMPARE(inspectorDock->windowTitle(), QStringLiteral("Testinspektor"));
        QCOMPARE(paletteText(window, 0), QStringLiteral("Testbelohnung"));
        QCOMPARE(box->kindName(), QStringLiteral("Testbelohnung"));
        // A panel's form label, and the field's accessible name with it.
        FactorInspector *factorPage = window->inspector()->findChild<FactorInspector *>();
        QVERIFY(factorPage);
        QCOMPARE(formLabel(factorPage, factorPage->kindCombo()), QStringLiteral("&Testart:"));
        QCOMPARE(factorPage->kindCombo()->accessibleName(), QStringLiteral("Testart"));

        // And back to English without a restart.
        languageAction(window, QStringLiteral("en"))->trigger();
        QVERIFY(menuTitles(window).contains(QStringLiteral("File")));
        QCOMPARE(window->windowActions()->newFile->text(), QStringLiteral("&New"));
        QCOMPARE(inspectorDock->windowTitle(), QStringLiteral("Inspector"));
        QCOMPARE(paletteText(window, 0), QStringLiteral("Reward"));
        QCOMPARE(box->kindName(), QStringLiteral("Reward"));
        QCOMPARE(formLabel(factorPage, factorPage->kindCombo()), QStringLiteral("&Kind:"));
    }

    void systemLocaleWithoutTranslationFallsBackToEnglish()
    {
        // The tests run under LC_ALL=C.UTF-8: no faultline_C, so the English
        // catalogue (real singulars and plurals) is what "System" installs.
        QVERIFY(LanguageController::applyLanguage(QString()));
        QCOMPARE(LanguageController::currentLanguage(), QString());
        QCOMPARE(QCoreApplication::translate("faultline::InspectorWidget", "%n link(s) selected",
                                             nullptr, 1),
                 QStringLiteral("1 link selected"));
    }

    void choicePersistsAcrossRestart()
    {
        LanguageController::setTranslationsDirectory(m_catalogueDir.path());
        openWindow();
        languageAction(m_window.get(), QStringLiteral("de"))->trigger();
        m_window.reset();
        // A "restart": translators gone, then what main() does.
        LanguageController::applyLanguage(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("faultline::MainWindow", "&File"),
                 QStringLiteral("&File"));
        QCOMPARE(LanguageController::savedLanguage(), QStringLiteral("de"));
        QVERIFY(LanguageController::applySavedLanguage());
        MainWindow *window = openWindow();
        QVERIFY(menuTitles(window).contains(QStringLiteral("Testdatei")));
        QVERIFY(languageAction(window, QStringLiteral("de"))->isChecked());
    }

    void embeddedGermanGivesGermanMenus()
    {
        MainWindow *window = openWindow();
        languageAction(window, QStringLiteral("de"))->trigger();
        const QStringList titles = menuTitles(window);
        for (const QString &german :
             {QStringLiteral("Datei"), QStringLiteral("Bearbeiten"), QStringLiteral("Hilfe")})
            QVERIFY2(titles.contains(german), qPrintable(titles.join(QLatin1Char(','))));
    }

    void embeddedChineseGivesChineseMenus()
    {
        MainWindow *window = openWindow();
        languageAction(window, QStringLiteral("zh_CN"))->trigger();
        const QStringList titles = menuTitles(window);
        for (const QString &chinese :
             {QStringLiteral("文件"), QStringLiteral("编辑"), QStringLiteral("帮助")})
            QVERIFY2(titles.contains(chinese), qPrintable(titles.join(QLatin1Char(','))));
    }

    void englishPluralForms()
    {
        QVERIFY(LanguageController::applyLanguage(QStringLiteral("en")));
        // The embedded English catalogue turns "(s)" into real singulars and plurals.
        QCOMPARE(QCoreApplication::translate("faultline::InspectorWidget", "%n link(s) selected",
                                             nullptr, 1),
                 QStringLiteral("1 link selected"));
        QCOMPARE(QCoreApplication::translate("faultline::InspectorWidget", "%n link(s) selected",
                                             nullptr, 3),
                 QStringLiteral("3 links selected"));
    }

    // ---------------------------------------------------------------- CJK text

    void chineseLabelRendersRealGlyphs()
    {
        const QString label = QStringLiteral("奖励只看硬币"); // "the reward only looks at the coin"
        Document document;
        Incident incident;
        incident.factors = {
            {QStringLiteral("f1"), QStringLiteral("reward"), label, {}, {}, {}, {}}};
        Interpretation interp;
        interp.id = QStringLiteral("i1");
        interp.name = QStringLiteral("读法");
        interp.placements = {{QStringLiteral("f1"), QPointF(0, 0), false, false, {}}};
        incident.interpretations = {interp};
        document.resetIncident(incident);
        CanvasView view(&document, QStringLiteral("i1"));
        view.resize(500, 400);

        // The font the factor label is drawn with, and the glyphs it gets for
        // Chinese text after font fallback: none may be glyph 0 (the "tofu" box).
        const QFont font = canvasstyle::labelFont(view.font());
        QTextLayout layout(label, font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        QVERIFY(!runs.isEmpty());
        int glyphs = 0;
        QStringList families;
        for (const QGlyphRun &run : runs) {
            families.append(run.rawFont().familyName());
            for (quint32 index : run.glyphIndexes()) {
                QVERIFY2(index != 0, qPrintable(run.rawFont().familyName()));
                ++glyphs;
            }
            for (quint32 index : run.glyphIndexes())
                QVERIFY(!run.rawFont().pathForGlyph(index).isEmpty()); // an outline, not blank
        }
        QCOMPARE(glyphs, label.size());

        // On the canvas: the label area has ink, and differs from the same
        // item drawn with an unassigned code point (a box or nothing).
        const QImage withChinese = renderScene(view);
        Incident other = incident;
        other.factors[0].label =
            QString(label.size(), QChar(0xE000)); // private use: no font has it
        document.resetIncident(other);
        const QImage withBoxes = renderScene(view);
        QVERIFY(withChinese != withBoxes);
        QVERIFY(inkPixels(withChinese) > inkPixels(withBoxes));

        // In a PDF the CJK font is embedded (SVG leaves fonts to the viewer).
        document.resetIncident(incident);
        QTemporaryDir dir;
        const QString pdfPath = dir.filePath(QStringLiteral("cjk.pdf"));
        {
            QPdfWriter pdf(pdfPath);
            QPainter painter(&pdf);
            view.canvasScene()->render(&painter);
        }
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY2(bytes.contains("CJK") || bytes.contains("MicroHei"),
                 qPrintable(families.join(QLatin1Char(','))));
    }

private:
    static QImage renderScene(CanvasView &view)
    {
        QImage image(400, 200, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        view.canvasScene()->render(&painter, QRectF(image.rect()),
                                   view.canvasScene()->itemsBoundingRect());
        return image;
    }

    static int inkPixels(const QImage &image)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += qGray(image.pixel(x, y)) < 100;
        return count;
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
