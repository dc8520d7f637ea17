#include "quickguidedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace faultline {

QString QuickGuideDialog::guideResource(const QString &language)
{
    // A translated page is named quickguide_<language>.html (e.g. _de, _zh_CN).
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    for (const QString &suffix : {locale.name(), QLocale::languageToCode(locale.language())}) {
        const QString path = QStringLiteral(":/faultline/help/quickguide_%1.html").arg(suffix);
        if (QFile::exists(path))
            return path;
    }
    return QStringLiteral(":/faultline/help/quickguide.html");
}

QuickGuideDialog::QuickGuideDialog(LanguageSource currentLanguage, QWidget *parent)
    : QDialog(parent), m_language(std::move(currentLanguage)), m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("quickGuide"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 720);
    retranslate();
    loadPage();
}

void QuickGuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        loadPage();
    }
    QDialog::changeEvent(event);
}

void QuickGuideDialog::retranslate()
{
    setWindowTitle(tr("Faultline Quick Guide"));
}

void QuickGuideDialog::loadPage()
{
    const QString resource = guideResource(m_language ? m_language() : QString());
    if (resource == m_shown)
        return;
    m_shown = resource;
    m_browser->setSource(QUrl(QStringLiteral("qrc") + resource));
}

} // namespace faultline
