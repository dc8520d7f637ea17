#include "sourceswidget.h"

#include "plaintext.h"
#include "sourcedialog.h"

#include "model/document.h"
#include "model/editing/documenteditor.h"
#include "model/openableurl.h"
#include "widgets/common/toolicons.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace faultline {

namespace {
constexpr int kIdRole = Qt::UserRole;
}

SourcesWidget::SourcesWidget(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_table(new QTableWidget(this)),
      m_add(new QPushButton(this)), m_edit(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_confirm(&askConfirmation)
{
    m_editor = [](QWidget *parent, const Source &source, bool isNew) -> std::optional<Source> {
        SourceDialog dialog(
            source, isNew ? SourceDialog::Purpose::Add : SourceDialog::Purpose::Edit, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.source();
    };
    m_opener = [](const QUrl &url) { QDesktopServices::openUrl(url); };

    m_table->setObjectName(QStringLiteral("sourcesTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(IdColumn, 72);
    m_table->setColumnWidth(AuthorsColumn, 110);
    m_table->setColumnWidth(YearColumn, 44);
    m_table->setColumnWidth(VenueColumn, 80);
    m_table->setColumnWidth(LinkColumn, 130);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_add->setObjectName(QStringLiteral("addSource"));
    m_edit->setObjectName(QStringLiteral("editSource"));
    m_remove->setObjectName(QStringLiteral("removeSource"));
    m_add->setIcon(toolIcon(ToolIcon::New));
    m_edit->setIcon(toolIcon(ToolIcon::Rename));
    m_remove->setIcon(toolIcon(ToolIcon::Delete));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &SourcesWidget::addSource);
    connect(m_edit, &QPushButton::clicked, this, &SourcesWidget::editSource);
    connect(m_remove, &QPushButton::clicked, this, &SourcesWidget::removeSource);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SourcesWidget::updateButtons);
    // Only a click on the link itself opens it; a double-click elsewhere edits.
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column == LinkColumn)
            openLink(row);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int, int column) {
        if (column != LinkColumn)
            editSource();
    });

    connect(m_document, &Document::reset, this, &SourcesWidget::rebuild);
    connect(m_document, &Document::sourceAdded, this, &SourcesWidget::rebuild);
    connect(m_document, &Document::sourceChanged, this, &SourcesWidget::rebuild);
    connect(m_document, &Document::sourceRemoved, this, &SourcesWidget::rebuild);
    rebuild();
    retranslate();
}

void SourcesWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild(); // link tool tips
    }
    QWidget::changeEvent(event);
}

void SourcesWidget::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Id"), tr("Authors"), tr("Title"), tr("Year"), tr("Venue"), tr("Link")});
    m_table->setAccessibleName(tr("Sources of the incident"));
    // Icons with tool tips: three worded buttons do not fit the narrow column
    // the sources share with the inspector (at 1024 px, least of all in German).
    const auto label = [](QPushButton *button, const QString &tip) {
        button->setToolTip(tip);
        button->setAccessibleName(tip);
    };
    label(m_add, tr("Add a source…"));
    label(m_edit, tr("Edit the selected source…"));
    label(m_remove, tr("Remove the selected source"));
}

QString SourcesWidget::selectedSourceId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty()
               ? QString()
               : m_table->item(selected.first()->row(), IdColumn)->data(kIdRole).toString();
}

void SourcesWidget::selectSource(const QString &sourceId)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, IdColumn)->data(kIdRole).toString() == sourceId) {
            m_table->selectRow(row);
            return;
        }
    m_table->clearSelection();
}

void SourcesWidget::rebuild()
{
    const QString selected = selectedSourceId();
    const QList<Source> &sources = m_document->incident().sources;
    m_table->setRowCount(int(sources.size()));
    for (int row = 0; row < sources.size(); ++row) {
        const Source &s = sources[row];
        const auto cell = [this, row](int column, const QString &text) {
            // Table cells are drawn as plain text; tooltips need escaping.
            auto *item = new QTableWidgetItem(plaintext::oneLine(text, 200));
            item->setToolTip(plaintext::toolTip(text));
            m_table->setItem(row, column, item);
            return item;
        };
        cell(IdColumn, s.id)->setData(kIdRole, s.id);
        cell(AuthorsColumn, s.authors);
        cell(TitleColumn, s.title);
        cell(YearColumn, s.year > 0 ? QString::number(s.year) : QString());
        cell(VenueColumn, s.venue);
        const QString address =
            !s.url.isEmpty() ? s.url
                             : (!s.doi.isEmpty() ? QStringLiteral("doi:") + s.doi : QString());
        QTableWidgetItem *link = cell(LinkColumn, address);
        const QUrl target = openableUrl(s);
        if (target.isValid() && !target.isEmpty()) {
            QFont font = link->font();
            font.setUnderline(true);
            link->setFont(font);
            link->setForeground(palette().color(QPalette::Link));
            link->setToolTip(plaintext::toolTip(tr("Open %1").arg(target.toString())));
        } else if (!address.isEmpty()) {
            link->setToolTip(plaintext::toolTip(
                tr("Only http and https addresses and DOIs can be opened: %1").arg(address)));
        }
    }
    selectSource(selected);
    updateButtons();
}

void SourcesWidget::updateButtons()
{
    const bool has = !selectedSourceId().isEmpty();
    m_edit->setEnabled(has);
    m_remove->setEnabled(has);
}

void SourcesWidget::openLink(int row)
{
    if (row < 0 || row >= m_document->incident().sources.size())
        return;
    const QUrl url = openableUrl(m_document->incident().sources[row]);
    if (url.isValid() && !url.isEmpty())
        m_opener(url);
}

QString SourcesWidget::suggestId(const Source &source) const
{
    // "baker2019" like a BibTeX key, so hand-edited files stay readable.
    const QString firstAuthor =
        source.authors.section(QRegularExpression(QStringLiteral("[,;&]| and ")), 0, 0);
    QString base = firstAuthor.trimmed().section(QLatin1Char(' '), -1).toLower();
    base.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    base = base.left(40);
    if (base.isEmpty())
        return m_document->newId(QStringLiteral("s"));
    if (source.year > 0)
        base += QString::number(source.year);
    QString id = base;
    for (char suffix = 'a'; m_document->incident().findSource(id) && suffix <= 'z'; ++suffix)
        id = base + QLatin1Char(suffix);
    return m_document->incident().findSource(id) ? m_document->newId(QStringLiteral("s")) : id;
}

void SourcesWidget::addSource()
{
    std::optional<Source> result = m_editor(this, Source{}, true);
    if (!result)
        return;
    result->id = suggestId(*result);
    m_document->editor().addSource(*result);
    selectSource(result->id);
}

void SourcesWidget::editSource()
{
    const QString id = selectedSourceId();
    const Source *current = m_document->incident().findSource(id);
    if (!current)
        return;
    std::optional<Source> result = m_editor(this, *current, false);
    current = m_document->incident().findSource(id);
    if (!result || !current)
        return;
    result->id = id;
    if (*result == *current)
        return;
    m_document->editor().editSource(*result, QString(), tr("Edit source"));
}

void SourcesWidget::removeSource()
{
    const QString id = selectedSourceId();
    const Source *source = m_document->incident().findSource(id);
    if (!source)
        return;
    const QStringList citations = m_document->editor().sourceCitations(id);
    if (!citations.isEmpty()) {
        const QString name = source->title.isEmpty() ? source->id : source->title;
        const QString question =
            tr("“%1” is cited by %n evidence item(s). Remove it and clear these citations?",
               nullptr, int(citations.size()))
                .arg(plaintext::oneLine(name, 80));
        if (!m_confirm(this, tr("Remove Source"), question, citations))
            return;
    }
    m_document->editor().removeSource(id);
}

} // namespace faultline
