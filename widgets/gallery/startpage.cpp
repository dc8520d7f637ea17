#include "startpage.h"

#include "examplelistwidget.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace faultline {

namespace {
QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}
} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent), m_new(new QPushButton(tr("&New Incident"))), m_recent(new QListWidget),
      m_examples(new ExampleListWidget)
{
    setObjectName(QStringLiteral("startPage"));
    setAutoFillBackground(true);

    auto *title = new QLabel(tr("Faultline"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *tagline = new QLabel(
        tr("Draw why an agent failed as causes across reward, environment and algorithm; "
           "keep every reading; compare them."));
    tagline->setWordWrap(true);

    auto *open = new QPushButton(tr("&Open…"));
    auto *gallery = new QPushButton(tr("Browse &Examples…"));
    for (QPushButton *button : {m_new, open, gallery})
        button->setMinimumHeight(32);
    m_new->setDefault(true);

    m_recent->setObjectName(QStringLiteral("recentFilesList"));
    m_recent->setAccessibleName(tr("Recent files"));
    m_examples->setAccessibleName(tr("Examples"));

    auto *left = new QVBoxLayout;
    left->addWidget(title);
    left->addWidget(tagline);
    left->addSpacing(16);
    left->addWidget(m_new);
    left->addWidget(open);
    left->addWidget(gallery);
    left->addSpacing(16);
    left->addWidget(heading(tr("Recent Files")));
    left->addWidget(m_recent, 1);

    auto *right = new QVBoxLayout;
    right->addWidget(heading(tr("Start from a Published Example")));
    right->addWidget(m_examples, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(40, 32, 40, 32);
    layout->setSpacing(36);
    layout->addLayout(left, 2);
    layout->addLayout(right, 5);

    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(gallery, &QPushButton::clicked, this, &StartPage::galleryRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentFileChosen(item->data(Qt::UserRole).toString());
    });
    connect(m_examples, &ExampleListWidget::exampleActivated, this, &StartPage::exampleChosen);
    m_examples->setEntries(ExampleCatalog::load());
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(info.fileName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent files"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace faultline
