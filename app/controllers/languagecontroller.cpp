#include "app/controllers/languagecontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QTranslator>
#include <QWidget>

namespace faultline {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");

// Translators are process-wide (QCoreApplication holds them), so their state
// lives here rather than in one window's controller.
struct InstalledLanguage
{
    QPointer<QTranslator> faultline;
    QPointer<QTranslator> qt;
    QString code;
    QString directory = QStringLiteral(":/i18n");
};

InstalledLanguage &installed()
{
    static InstalledLanguage state;
    return state;
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// The language names are written in their own language, so a user who cannot
// read the current UI language still finds theirs.
QString nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("&English");
    if (code == QLatin1String("de"))
        return QStringLiteral("&Deutsch");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("中文(简体) (&Z)");
    return code;
}
} // namespace

QStringList LanguageController::availableLanguages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString LanguageController::savedLanguage()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    return availableLanguages().contains(code) ? code : QString();
}

void LanguageController::saveLanguage(const QString &code)
{
    QSettings().setValue(kLanguageKey, code);
}

bool LanguageController::applyLanguage(const QString &code)
{
    InstalledLanguage &state = installed();
    removeTranslator(state.faultline);
    removeTranslator(state.qt);
    state.code = code;

    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto *faultline = new QTranslator(QCoreApplication::instance());
    // An explicit choice names its file; the system locale tries its UI
    // languages in order (de_AT → faultline_de_AT, faultline_de, …).
    // A system locale without a Faultline translation (or "C") gets English,
    // whose catalogue holds the singular and plural forms of "%n factor(s)".
    const bool loaded = code.isEmpty()
                            ? faultline->load(locale, QStringLiteral("faultline"),
                                              QStringLiteral("_"), state.directory) ||
                                  faultline->load(QStringLiteral("faultline_en"), state.directory)
                            : faultline->load(QStringLiteral("faultline_") + code, state.directory);
    // Qt's own dialogs and buttons (QDialogButtonBox, QFileDialog, …).
    auto *qt = new QTranslator(QCoreApplication::instance());
    const bool qtLoaded = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtLoaded) {
        QCoreApplication::installTranslator(qt);
        state.qt = qt;
    } else {
        delete qt;
    }
    if (loaded) {
        QCoreApplication::installTranslator(faultline);
        state.faultline = faultline;
    } else {
        delete faultline;
        // Nothing installed or removed may still mean a change (back to English).
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    // QApplication posts LanguageChange to the top-level widgets; deliver it
    // now, so the UI is in the new language when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return loaded;
}

bool LanguageController::applySavedLanguage()
{
    return applyLanguage(savedLanguage());
}

QString LanguageController::currentLanguage()
{
    return installed().code;
}

QString LanguageController::translationsDirectory()
{
    return installed().directory;
}

void LanguageController::setTranslationsDirectory(const QString &directory)
{
    installed().directory = directory;
}

LanguageController::LanguageController(QWidget *window)
    : QObject(window), m_menu(new QMenu(window)), m_group(new QActionGroup(this))
{
    m_menu->setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const QString &code : availableLanguages()) {
        QAction *action = m_menu->addAction(nativeName(code));
        action->setObjectName(QStringLiteral("language_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setData(code);
        m_group->addAction(action);
        if (code.isEmpty())
            m_menu->addSeparator();
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });
    retranslate();
}

void LanguageController::setLanguage(const QString &code)
{
    saveLanguage(code);
    if (code != currentLanguage() || code.isEmpty())
        applyLanguage(code);
    updateChecks();
}

void LanguageController::retranslate()
{
    m_menu->setTitle(tr("&Language"));
    const QString system = QLocale::system().nativeLanguageName();
    for (QAction *action : m_group->actions())
        if (action->data().toString().isEmpty())
            action->setText(system.isEmpty() ? tr("&System Language")
                                             : tr("&System Language (%1)").arg(system));
    m_menu->menuAction()->setStatusTip(
        tr("The language of menus and panels; the choice is kept for the next start"));
    updateChecks();
}

void LanguageController::updateChecks()
{
    const QString current = currentLanguage();
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == current);
}

} // namespace faultline
