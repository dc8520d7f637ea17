// Messages produced outside QObject classes (the file reader and validator,
// the diff engine and crux report, the merge, the session summary, the
// command line) are translated at run time. lupdate files a tr() call under
// the class or namespace around it, so a helper that looks strings up under a
// different context compiles, extracts and even gets translated — and then
// never finds its translation. Only a run-time check catches that.

#include "../common/sampleincident.h"
#include "app/cli/cruxescommand.h"
#include "app/cli/exportcommand.h"
#include "model/compare/cruxdescriber.h"
#include "model/compare/cruxreport.h"
#include "model/compare/diffengine.h"
#include "model/compare/discussionsummary.h"
#include "model/format/atomicwrite.h"
#include "model/format/faultlinereader.h"
#include "model/format/incidentvalidator.h"

#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <functional>

using namespace faultline;

class TestMessageTranslations : public QObject
{
    Q_OBJECT

    QTranslator m_translator;

    /// `produce()` once in English and once with `language` installed; the two must differ.
    void checkTranslated(const char *what, const std::function<QString()> &produce)
    {
        QCoreApplication::removeTranslator(&m_translator);
        const QString english = produce();
        QVERIFY2(!english.isEmpty(), what);
        QCoreApplication::installTranslator(&m_translator);
        const QString translated = produce();
        QCoreApplication::removeTranslator(&m_translator);
        QVERIFY2(translated != english,
                 qPrintable(QStringLiteral("%1 stays English: %2")
                                .arg(QLatin1String(what), english.left(200))));
    }

    static QString
    cliError(const std::function<int(const QStringList &, QTextStream &, QTextStream &)> &run,
             const QStringList &args)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        run(args, outStream, errStream);
        errStream.flush();
        return err;
    }

private Q_SLOTS:
    void messagesAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }

    void messagesAreTranslated()
    {
        QFETCH(QString, language);
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/faultline_%1.qm").arg(language)));

        checkTranslated("file header error", [] {
            return readFaultline(R"({"format": "faultline", "version": 99})").messages().join('\n');
        });
        checkTranslated("field type error", [] {
            return readFaultline(R"({"format": "faultline", "version": 2, "title": 5})")
                .messages()
                .join('\n');
        });
        checkTranslated("validation error", [] {
            Incident incident = test::sampleIncident();
            incident.interpretations[0].links[0].to = incident.interpretations[0].links[0].from;
            return validateIncident(incident).join('\n');
        });
        checkTranslated("failed save", [] {
            return writeFileAtomically(QStringLiteral("/nonexistent-dir/x.faultline"), "x")
                .firstMessage();
        });
        const Incident incident = test::sampleIncident();
        const QStringList both{QStringLiteral("both"), QStringLiteral("reward-only")};
        checkTranslated("crux descriptions", [&] {
            QStringList lines;
            for (const Crux &crux : DiffEngine::compare(incident, both).cruxes)
                lines.append(CruxDescriber(incident).headline(crux) + QLatin1Char('\n') +
                             CruxDescriber(incident).points(crux).join(QLatin1Char('\n')));
            return lines.join('\n');
        });
        checkTranslated("crux report", [&] {
            return cruxReportText(incident, DiffEngine::compare(incident, both), true);
        });
        checkTranslated("session summary",
                        [&] { return DiscussionSummary::markdown(incident, both); });
        checkTranslated("cruxes command error",
                        [] { return cliError(runCruxes, {QStringLiteral("--no-such-option")}); });
        checkTranslated("export command error", [] {
            return cliError(runExport,
                            {QStringLiteral("missing.faultline"), QStringLiteral("--bogus")});
        });
    }
};

QTEST_MAIN(TestMessageTranslations)
#include "tst_messagetranslations.moc"
