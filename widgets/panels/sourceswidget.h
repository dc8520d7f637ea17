#pragma once

#include "confirmation.h"

#include "model/source.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;
class QTableWidget;

namespace faultline {

class Document;

/// The incident's bibliography as a table (id, authors, title, year, venue,
/// link) with add, edit and remove. Removing a source that evidence still
/// cites asks first and lists where. The link column opens only http(s)
/// addresses and DOIs, and only when clicked.
class SourcesWidget : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        AuthorsColumn,
        TitleColumn,
        YearColumn,
        VenueColumn,
        LinkColumn,
        ColumnCount
    };
    /// Edits a source (`isNew` when adding); std::nullopt when cancelled.
    using SourceEditor =
        std::function<std::optional<Source>(QWidget *parent, const Source &source, bool isNew)>;
    using UrlOpener = std::function<void(const QUrl &url)>;

    explicit SourcesWidget(Document *document, QWidget *parent = nullptr);

    void setSourceEditor(SourceEditor editor) { m_editor = std::move(editor); }
    void setConfirmFunction(ConfirmFunction confirm) { m_confirm = std::move(confirm); }
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QString selectedSourceId() const;
    void selectSource(const QString &sourceId);

public Q_SLOTS:
    void addSource();
    void editSource();
    void removeSource();
    /// Opens the link of the source in `row` if it is an allowed address.
    void openLink(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void updateButtons();
    QString suggestId(const Source &source) const;

    Document *m_document;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    SourceEditor m_editor;
    ConfirmFunction m_confirm;
    UrlOpener m_opener;
};

} // namespace faultline
