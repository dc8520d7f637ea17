#pragma once

#include "recoverystore.h"

#include <QObject>
#include <QTimer>

namespace faultline {

class Document;

/// Keeps a crash-recovery snapshot of a Document: written about 1 s after
/// edits stop, and at least every 4 s while editing goes on (the promise to
/// users is 2 s and 5 s; the margin covers the write itself). Removed when
/// the document is saved or closed cleanly.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    Autosaver(Document *document, RecoveryStore store, QObject *parent = nullptr);
    ~Autosaver() override;

    static constexpr int kIdleDelayMs = 1000;
    static constexpr int kMaxDelayMs = 4000;

    /// Write the snapshot now if there are unsnapshotted edits.
    void flush();
    /// Forget the snapshot (the document was saved, or closed on purpose).
    void discard();
    QString key() const { return m_key; }
    const RecoveryStore &store() const { return m_store; }

Q_SIGNALS:
    void snapshotFailed(const QString &message);

private:
    void documentChanged();

    Document *m_document;
    RecoveryStore m_store;
    QString m_key;
    QTimer m_idle;
    QTimer m_max;
    bool m_pending = false;
};

} // namespace faultline
