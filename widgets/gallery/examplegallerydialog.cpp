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
    : QDialog(parent), m_search(new QLineEdit), m_list(new ExampleListWidget), m_count(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("exampleGallery"));
    setWindowTitle(tr("New from Example"));
    auto *intro = new QLabel(
        tr("Published failures of learning agents, each with competing readings and cited "
           "evidence. The example opens as a new, untitled incident."));
    intro->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("exampleSearch"));
    m_search->setPlaceholderText(tr("Search titles, tags, readings, authors…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_search->setAccessibleName(tr("Search examples"));
    m_list->setAccessibleName(tr("Examples"));
    m_buttons->button(QDialogButtonBox::Open)->setText(tr("&Open Example"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
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
    updateState();
    resize(760, 620);
    m_search->setFocus();
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
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!chosenResourcePath().isEmpty());
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
