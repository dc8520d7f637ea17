#include "layoutprogressoverlay.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>

namespace faultline {

namespace {
constexpr int kTopMargin = 16;
} // namespace

LayoutProgressOverlay::LayoutProgressOverlay(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("layoutProgressOverlay"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The label shows an interpretation name from the document: never rich text.
    m_text->setTextFormat(Qt::PlainText);
    m_busy->setRange(0, 0); // busy indicator
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(120);
    m_cancel->setToolTip(tr("Stop the layout; nothing is moved (Esc)"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 8, 8, 8);
    row->setSpacing(12);
    row->addWidget(m_text, 1);
    row->addWidget(m_busy);
    row->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &LayoutProgressOverlay::cancelRequested);
    // A window-wide Esc: the canvas keeps the focus while the job runs, and
    // the shortcut only exists while the overlay is visible.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, &LayoutProgressOverlay::cancelRequested);
    hide();
}

void LayoutProgressOverlay::showOver(QWidget *host, const QString &text)
{
    if (m_host)
        m_host->removeEventFilter(this);
    m_host = host;
    if (host) {
        setParent(host);
        host->installEventFilter(this);
    }
    m_text->setText(text);
    placeOverHost();
    show();
    raise();
}

bool LayoutProgressOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host && event->type() == QEvent::Resize)
        placeOverHost();
    return QFrame::eventFilter(watched, event);
}

void LayoutProgressOverlay::placeOverHost()
{
    adjustSize();
    if (!m_host)
        return;
    const int width = qMin(qMax(sizeHint().width(), 360), m_host->width() - 2 * kTopMargin);
    resize(qMax(width, sizeHint().width()), sizeHint().height());
    move((m_host->width() - this->width()) / 2, kTopMargin);
}

} // namespace faultline
