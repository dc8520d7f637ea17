#include "quickguidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace faultline {

QString QuickGuideDialog::guideResource()
{
    // A translated page is named quickguide_<language>.html (e.g. _de, _zh_CN).
    const QLocale locale;
    for (const QString &suffix : {locale.name(), QLocale::languageToCode(locale.language())}) {
        const QString path = QStringLiteral(":/faultline/help/quickguide_%1.html").arg(suffix);
        if (QFile::exists(path))
            return path;
    }
    return QStringLiteral(":/faultline/help/quickguide.html");
}

QuickGuideDialog::QuickGuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("quickGuide"));
    setWindowTitle(tr("Faultline Quick Guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guideResource()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 720);
}

} // namespace faultline
