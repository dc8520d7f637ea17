#pragma once

#include "examplecatalog.h"

#include <QListWidget>
#include <QTimer>

namespace faultline {

/// The examples of the library as cards (see ExampleDelegate), filtered by a
/// search text. Thumbnails are drawn a few at a time after the list shows,
/// so opening the gallery or the start screen never waits for them.
class ExampleListWidget : public QListWidget
{
    Q_OBJECT
public:
    explicit ExampleListWidget(QWidget *parent = nullptr);

    void setEntries(const QList<ExampleEntry> &entries);
    const QList<ExampleEntry> &entries() const { return m_entries; }

    /// Shows only the examples matching every word of `query`; selects the first shown.
    void setFilter(const QString &query);
    int visibleCount() const;
    /// Resource path of the current example, "" when none is shown.
    QString currentResourcePath() const;
    /// Row of the example with this resource path, -1 when unknown.
    int rowOf(const QString &resourcePath) const;
    /// True once every thumbnail is drawn.
    bool thumbnailsReady() const { return m_nextThumbnail >= count(); }

Q_SIGNALS:
    /// Double-click or Enter on an example.
    void exampleActivated(const QString &resourcePath);

private:
    void renderNextThumbnail();

    QList<ExampleEntry> m_entries;
    int m_nextThumbnail = 0;
    QTimer m_thumbnailTimer;
};

} // namespace faultline
