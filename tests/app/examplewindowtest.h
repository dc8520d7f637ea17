#pragma once

// Base of the app tests that open a bundled example in the editor window at
// a laptop or projector size (tst_roomtowork, tst_firstuse). Each test class
// adds Q_OBJECT and its slots; its initTestCase() and cleanup() call
// setUpTestCase() and tearDown().

#include "../common/mainwindowfixture.h"
#include "app/controllers/languagecontroller.h"
#include "testpaths.h"

#include <QObject>
#include <QSize>
#include <QString>
#include <QTest>

namespace faultline::test {

class ExampleWindowTest : public QObject
{
protected:
    static inline const QString kHideAndSeek =
        QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/hide-and-seek.faultline");
    /// An example with exactly one source.
    static inline const QString kCulturalTransmission =
        QStringLiteral(FAULTLINE_SOURCE_DIR "/resources/examples/cultural-transmission.faultline");
    static constexpr QSize kSmall{1024, 700};

    static void setUpTestCase()
    {
        MainWindowFixture::initTestCase(QStringLiteral("FaultlineTest"));
    }

    /// Closes the window and goes back to English for the next test.
    void tearDown()
    {
        m_window.cleanup();
        LanguageController::applyLanguage(QStringLiteral("en"));
    }

    void openExample(QSize size, const QString &path = kHideAndSeek)
    {
        QVERIFY2(m_window.openShown(path, size), qPrintable(path));
    }

    MainWindowFixture m_window;
};

} // namespace faultline::test
