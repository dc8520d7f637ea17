#pragma once

#include <QObject>
#include <QStringList>

class QActionGroup;
class QMenu;
class QWidget;

namespace faultline {

/// The UI language: installs Faultline's and Qt's own translators and offers
/// View > Language (System, English, Deutsch, 中文(简体)). The choice is kept
/// in QSettings; "" means "follow the system locale". Installing a translator
/// makes Qt send QEvent::LanguageChange to every widget, which is what the
/// windows and panels retranslate on.
class LanguageController : public QObject
{
    Q_OBJECT
public:
    /// The codes offered in the menu, "" (system) first.
    static QStringList availableLanguages();
    /// The remembered choice ("" when none was made).
    static QString savedLanguage();
    static void saveLanguage(const QString &code);
    /// Installs the translators for `code` ("" = system locale), replacing the
    /// previous ones. False when no Faultline translation matched (the UI then
    /// shows the English source texts).
    static bool applyLanguage(const QString &code);
    /// applyLanguage(savedLanguage()): what main() does at start.
    static bool applySavedLanguage();
    /// The code last applied ("" = system).
    static QString currentLanguage();
    /// Where faultline_<code>.qm files are read from; ":/i18n" (embedded) by default.
    static QString translationsDirectory();
    static void setTranslationsDirectory(const QString &directory);

    explicit LanguageController(QWidget *window);

    /// View > Language; its actions are checkable, their data() is the code.
    QMenu *menu() const { return m_menu; }
    /// Applies and remembers `code`.
    void setLanguage(const QString &code);
    /// The menu's title and the "System" entry in the current language.
    void retranslate();

private:
    void updateChecks();

    QMenu *m_menu;
    QActionGroup *m_group;
};

} // namespace faultline
