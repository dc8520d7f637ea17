#pragma once

#include <QDialog>

#include <functional>

class QTextBrowser;

namespace faultline {

/// Help > Quick Guide: the framing (areas, failure points, lenses, cruxes)
/// and the editor's gestures, from a bundled HTML page. Non-modal, so it can
/// stay open beside the editor. Follows a language switch: on
/// QEvent::LanguageChange it retranslates its title and loads the page of the
/// new language.
class QuickGuideDialog : public QDialog
{
    Q_OBJECT
public:
    /// Returns the UI language code ("de", "zh_CN", "en"; "" = system locale).
    /// The widgets layer does not know the app's language choice, so it asks.
    using LanguageSource = std::function<QString()>;

    explicit QuickGuideDialog(LanguageSource currentLanguage = {}, QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

    /// The bundled page for `language` ("" = the system locale), falling back to English.
    static QString guideResource(const QString &language = QString());
    /// The page currently shown (a resource path).
    QString shownResource() const { return m_shown; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadPage();

    LanguageSource m_language;
    QTextBrowser *m_browser;
    QString m_shown;
};

} // namespace faultline
