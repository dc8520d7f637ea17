#include "autosaver.h"

#include "model/document.h"
#include "model/format/faultlinewriter.h"

#include <QUuid>

namespace faultline {

Autosaver::Autosaver(Document *document, RecoveryStore store, QObject *parent)
    : QObject(parent), m_document(document), m_store(std::move(store)),
      m_key(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleDelayMs);
    m_max.setSingleShot(true);
    m_max.setInterval(kMaxDelayMs);
    connect(&m_idle, &QTimer::timeout, this, &Autosaver::flush);
    connect(&m_max, &QTimer::timeout, this, &Autosaver::flush);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::documentChanged);
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            discard();
    });
    connect(document, &Document::reset, this, &Autosaver::discard);
}

Autosaver::~Autosaver() = default;

void Autosaver::documentChanged()
{
    if (m_document->undoStack()->isClean())
        return;
    m_pending = true;
    m_idle.start(); // restarts: fires once edits pause
    if (!m_max.isActive())
        m_max.start(); // does not restart: bounds the age of the newest snapshot
}

void Autosaver::flush()
{
    m_idle.stop();
    m_max.stop();
    if (!m_pending)
        return;
    m_pending = false;
    QString error;
    if (!m_store.write(m_key, writeFaultline(m_document->incident()), m_document->filePath(),
                       m_document->incident().title, &error))
        Q_EMIT snapshotFailed(error);
}

void Autosaver::discard()
{
    m_idle.stop();
    m_max.stop();
    m_pending = false;
    m_store.remove(m_key);
}

} // namespace faultline
