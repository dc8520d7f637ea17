// `cmake --install` places the binary, the desktop launcher, the icon and the
// MIME type where a desktop environment finds them.

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
        install.start(QStringLiteral("cmake"), {QStringLiteral("--install"), QStringLiteral(FAULTLINE_BUILD_DIR),
                                                QStringLiteral("--prefix"), prefix.path()});
        QVERIFY(install.waitForFinished(120000));
        QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());

        QVERIFY(QFileInfo(prefix.filePath(QStringLiteral("bin/faultline"))).isExecutable());
        const QString desktop = prefix.filePath(QStringLiteral("share/applications/faultline.desktop"));
        const QString icon = prefix.filePath(QStringLiteral("share/icons/hicolor/scalable/apps/faultline.svg"));
        const QString mime = prefix.filePath(QStringLiteral("share/mime/packages/faultline.xml"));
        QVERIFY(QFile::exists(icon));

        QSettings entry(desktop, QSettings::IniFormat);
        entry.beginGroup(QStringLiteral("Desktop Entry"));
        QCOMPARE(entry.value(QStringLiteral("Exec")).toString(), QStringLiteral("faultline %f"));
        QCOMPARE(entry.value(QStringLiteral("Icon")).toString(), QStringLiteral("faultline"));
        QVERIFY(entry.value(QStringLiteral("MimeType")).toString().contains(QStringLiteral("application/x-faultline")));

        QFile xml(mime);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(&xml);
        bool sawGlob = false;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("glob"))
                sawGlob = reader.attributes().value(QLatin1String("pattern")) == QLatin1String("*.faultline");
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(sawGlob);
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
