// `cmake --install` places the binary, the desktop launcher, the icon and the
// MIME type where a desktop environment finds them. The translations travel
// inside the binary (embedded under :/i18n/), so nothing else is installed
// for them: the test finds them in the installed executable.

#include "testpaths.h"
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

class TestInstall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void installIntoTemporaryPrefix()
    {
        QTemporaryDir prefix;
        QProcess install;
        install.start(QStringLiteral("cmake"),
                      {QStringLiteral("--install"), QStringLiteral(FAULTLINE_BUILD_DIR),
                       QStringLiteral("--prefix"), prefix.path()});
        QVERIFY(install.waitForFinished(120000));
        QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());

        QVERIFY(QFileInfo(prefix.filePath(QStringLiteral("bin/faultline"))).isExecutable());
        const QString desktop =
            prefix.filePath(QStringLiteral("share/applications/faultline.desktop"));
        const QString icon =
            prefix.filePath(QStringLiteral("share/icons/hicolor/scalable/apps/faultline.svg"));
        const QString mime = prefix.filePath(QStringLiteral("share/mime/packages/faultline.xml"));
        QVERIFY(QFile::exists(icon));

        QSettings entry(desktop, QSettings::IniFormat);
        entry.beginGroup(QStringLiteral("Desktop Entry"));
        QCOMPARE(entry.value(QStringLiteral("Exec")).toString(), QStringLiteral("faultline %f"));
        QCOMPARE(entry.value(QStringLiteral("Icon")).toString(), QStringLiteral("faultline"));
        QVERIFY(entry.value(QStringLiteral("MimeType"))
                    .toString()
                    .contains(QStringLiteral("application/x-faultline")));

        QFile xml(mime);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(&xml);
        bool sawGlob = false;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("glob"))
                sawGlob = reader.attributes().value(QLatin1String("pattern")) ==
                          QLatin1String("*.faultline");
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(sawGlob);

        // The .qm files are resources of the installed binary: rcc stores each
        // name as UTF-16 (big-endian) next to the compressed data.
        QFile binary(prefix.filePath(QStringLiteral("bin/faultline")));
        QVERIFY(binary.open(QIODevice::ReadOnly));
        const QByteArray bytes = binary.readAll();
        for (const QString &qm :
             {QStringLiteral("faultline_de.qm"), QStringLiteral("faultline_zh_CN.qm"),
              QStringLiteral("faultline_en.qm")}) {
            QByteArray utf16;
            for (const QChar c : qm) {
                utf16.append(char(c.unicode() >> 8));
                utf16.append(char(c.unicode() & 0xff));
            }
            QVERIFY2(bytes.contains(utf16), qPrintable(qm));
        }
        // And the process that links the same library reads them.
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/faultline_de.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/faultline_zh_CN.qm")));
    }

    void desktopEntryOpensFiles()
    {
        // A file manager runs "faultline %f" for a .faultline file: the entry
        // names the MIME type the XML defines, and the XML maps the extension.
        QSettings entry(QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/desktop/faultline.desktop"),
                        QSettings::IniFormat);
        entry.beginGroup(QStringLiteral("Desktop Entry"));
        QCOMPARE(entry.value(QStringLiteral("Type")).toString(), QStringLiteral("Application"));
        QVERIFY(entry.value(QStringLiteral("Exec")).toString().endsWith(QStringLiteral("%f")));
        QFile xml(QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/desktop/faultline-mime.xml"));
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(&xml);
        QString type;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("mime-type"))
                type = reader.attributes().value(QLatin1String("type")).toString();
        }
        QVERIFY(!type.isEmpty());
        QVERIFY(entry.value(QStringLiteral("MimeType"))
                    .toString()
                    .split(QLatin1Char(';'))
                    .contains(type));
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
