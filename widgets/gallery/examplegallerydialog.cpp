#include "examplegallerydialog.h"

#include "examplelistwidget.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace faultline {

ExampleGalleryDialog::ExampleGalleryDialog(QWidget *parent)
    : QDialog(parent), m_intro(new QLabel), m_search(new QLineEdit), m_list(new ExampleListWidget),
      m_count(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel)),
      // Not the standard Open button: QDialogButtonBox names its standard
      // buttons again on LanguageChange (after this dialog), which would
      // replace "Open Example" with plain "Open".
      m_open(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("exampleGallery"));
    m_intro->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("exampleSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    m_list->setEntries(ExampleCatalog::load());
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_list->setFilter(text);
        updateState();
    });
    connect(m_list, &QListWidget::currentItemChanged, this, &ExampleGalleryDialog::updateState);
    connect(m_list, &ExampleListWidget::exampleActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!chosenResourcePath().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    resize(760, 620);
    m_search->setFocus();
}

void ExampleGalleryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExampleGalleryDialog::retranslate()
{
    setWindowTitle(tr("New from Example"));
    m_intro->setText(
        tr("Published failures of learning agents, each with competing readings and cited "
           "evidence. The example opens as a new, untitled incident."));
    m_search->setPlaceholderText(tr("Search titles, tags, readings, authors…"));
    m_search->setAccessibleName(tr("Search examples"));
    m_list->setAccessibleName(tr("Examples"));
    m_open->setText(tr("&Open Example"));
    updateState(); // the count line
}

QString ExampleGalleryDialog::chosenResourcePath() const
{
    return m_list->currentResourcePath();
}

void ExampleGalleryDialog::updateState()
{
    const int shown = m_list->visibleCount();
    m_count->setText(shown == m_list->count()
                         ? tr("%n example(s)", nullptr, shown)
                         : tr("%1 of %2 examples").arg(shown).arg(m_list->count()));
    m_open->setEnabled(!chosenResourcePath().isEmpty());
}

bool ExampleGalleryDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up, Down, Page Up/Down in the search box move through the results.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_list, &forwarded);
            return true;
        }
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace faultline
