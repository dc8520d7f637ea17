#include "startpage.h"

#include "examplelistwidget.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace faultline {

namespace {
QLabel *heading()
{
    auto *label = new QLabel;
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}
} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_tagline(new QLabel), m_new(new QPushButton),
      m_open(new QPushButton), m_gallery(new QPushButton), m_recentHeading(heading()),
      m_recent(new QListWidget), m_examplesHeading(heading()), m_examples(new ExampleListWidget),
      m_openExample(new QPushButton)
{
    setObjectName(QStringLiteral("startPage"));
    setAutoFillBackground(true);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tagline->setWordWrap(true);

    m_new->setObjectName(QStringLiteral("startNew"));
    m_open->setObjectName(QStringLiteral("startOpen"));
    m_gallery->setObjectName(QStringLiteral("startGallery"));
    for (QPushButton *button : {m_new, m_open, m_gallery})
        button->setMinimumHeight(32);
    m_new->setDefault(true);

    m_recent->setObjectName(QStringLiteral("recentFilesList"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(m_tagline);
    left->addSpacing(16);
    left->addWidget(m_new);
    left->addWidget(m_open);
    left->addWidget(m_gallery);
    left->addSpacing(16);
    left->addWidget(m_recentHeading);
    left->addWidget(m_recent, 1);

    m_openExample->setObjectName(QStringLiteral("startOpenExample"));
    m_openExample->setMinimumHeight(32);
    auto *openRow = new QHBoxLayout;
    openRow->addStretch(1);
    openRow->addWidget(m_openExample);
    auto *right = new QVBoxLayout;
    right->addWidget(m_examplesHeading);
    right->addWidget(m_examples, 1);
    right->addLayout(openRow);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(40, 32, 40, 32);
    layout->setSpacing(36);
    layout->addLayout(left, 2);
    layout->addLayout(right, 5);

    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_gallery, &QPushButton::clicked, this, &StartPage::galleryRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentFileChosen(item->data(Qt::UserRole).toString());
    });
    connect(m_examples, &ExampleListWidget::exampleActivated, this, &StartPage::exampleChosen);
    connect(m_openExample, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_examples->currentItem())
            Q_EMIT m_examples->itemActivated(item);
    });
    connect(m_examples, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { m_openExample->setEnabled(item != nullptr); });
    m_examples->setEntries(ExampleCatalog::load());
    retranslate();
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartPage::retranslate()
{
    m_title->setText(tr("Faultline"));
    m_tagline->setText(
        tr("Draw why an agent failed as causes across reward, environment and algorithm; "
           "keep every reading; compare them."));
    m_new->setText(tr("&New Incident"));
    m_open->setText(tr("&Open…"));
    m_gallery->setText(tr("Browse &Examples…"));
    m_recentHeading->setText(tr("Recent Files"));
    m_examplesHeading->setText(tr("Start from a Published Example"));
    m_openExample->setText(tr("Open &Example"));
    m_openExample->setToolTip(
        tr("Open the selected example as an untitled copy (or double-click it, or press Enter)"));
    m_recent->setAccessibleName(tr("Recent files"));
    m_examples->setAccessibleName(tr("Examples"));
    setRecentFiles(m_recentPaths); // "No recent files"
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recentPaths = paths;
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
