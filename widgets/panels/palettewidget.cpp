#include "palettewidget.h"

#include "customkinddialog.h"
#include "dragtreewidget.h"
#include "plaintext.h"

#include "model/document.h"
#include "model/editing/documenteditor.h"
#include "model/kindstyle.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/kindshapes.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace faultline {

namespace {
constexpr int kShortcutColumnMinWidth = 200;
}

PaletteWidget::PaletteWidget(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document),
      m_list(new DragTreeWidget(CanvasView::kindMimeType(), this)),
      m_newKindButton(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setIconSize(QSize(22, 22));
    m_list->setFrameShape(QFrame::NoFrame);
    m_newKindButton->setObjectName(QStringLiteral("newCustomKind"));
    retranslate();
    m_kindEditor = [](QWidget *parent) -> std::optional<CustomKind> {
        CustomKindDialog dialog(parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.kind();
    };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    layout->addWidget(m_list);
    layout->addWidget(m_newKindButton);

    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString kind = DragTreeWidget::idOf(item);
        if (kind.isEmpty())
            return;
        // A second click on the kind being placed cancels placing.
        Q_EMIT placementRequested(kind == m_activeKind ? QString() : kind);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const QString kind = DragTreeWidget::idOf(item); !kind.isEmpty())
            Q_EMIT kindActivated(kind);
    });
    connect(m_newKindButton, &QPushButton::clicked, this, &PaletteWidget::newCustomKind);
    connect(m_document, &Document::reset, this, &PaletteWidget::rebuild);
    connect(m_document, &Document::incidentChanged, this, &PaletteWidget::rebuild);
    rebuild();
}

void PaletteWidget::retranslate()
{
    m_list->setToolTip(
        tr("Click a kind, then click on the canvas to place a factor.\n"
           "Drag a kind onto the canvas, or double-click to add one at the centre."));
    m_list->setAccessibleName(tr("Factor kinds"));
    m_list->setAccessibleDescription(
        tr("Enter adds a factor of the current kind at the centre of the canvas"));
    m_newKindButton->setText(tr("New Custom Kind…"));
    m_newKindButton->setToolTip(tr("Define a kind of factor beyond the built-in ones"));
}

void PaletteWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // In a narrow column the kind's name matters more than its shortcut,
    // which the tooltip still shows.
    m_list->setColumnHidden(1, width() < kShortcutColumnMinWidth);
}

void PaletteWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild(); // kind names and their tips
    }
    QWidget::changeEvent(event);
}

void PaletteWidget::setShortcutHints(const QHash<QString, QKeySequence> &hints)
{
    m_hints = hints;
    rebuild();
}

QTreeWidgetItem *PaletteWidget::itemForKind(const QString &kindId) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (DragTreeWidget::idOf(m_list->topLevelItem(i)) == kindId)
            return m_list->topLevelItem(i);
    return nullptr;
}

void PaletteWidget::setActiveKind(const QString &kindId)
{
    m_activeKind = kindId;
    QTreeWidgetItem *item = itemForKind(kindId);
    if (item)
        m_list->setCurrentItem(item);
    else
        m_list->clearSelection();
}

void PaletteWidget::rebuild()
{
    const QString current = DragTreeWidget::idOf(m_list->currentItem());
    m_list->clear();
    const Incident &incident = m_document->incident();
    for (const KindStyle &style : allKinds(incident)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, DragTreeWidget::idRole(), style.id);
        item->setIcon(0, kindIcon(style));
        item->setText(0, style.name);
        const QKeySequence shortcut = m_hints.value(style.id);
        QString tip = style.builtIn ? tr("Add a factor of kind “%1”").arg(style.name)
                                    : tr("Add a factor of the custom kind “%1”").arg(style.name);
        if (!shortcut.isEmpty()) {
            item->setText(1, shortcut.toString(QKeySequence::NativeText));
            item->setForeground(1, palette().color(QPalette::Disabled, QPalette::Text));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            tip += QStringLiteral(" (%1)").arg(shortcut.toString(QKeySequence::NativeText));
        }
        // Custom kind names are document text: the tooltip must not parse them.
        item->setToolTip(0, plaintext::toolTip(tip));
        item->setToolTip(1, item->toolTip(0));
    }
    if (!current.isEmpty())
        if (QTreeWidgetItem *item = itemForKind(current))
            m_list->setCurrentItem(item);
    setActiveKind(m_activeKind);
}

QString PaletteWidget::uniqueKindId(const QString &name) const
{
    // Readable ids ("mechanistic-interpreter") keep hand-edited files legible.
    QString base = name.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base = base.left(48);
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("kind");
    const Incident &incident = m_document->incident();
    QString id = base;
    for (int n = 2; isBuiltInKind(id) || incident.findCustomKind(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

void PaletteWidget::newCustomKind()
{
    std::optional<CustomKind> kind = m_kindEditor(this);
    if (!kind || kind->name.trimmed().isEmpty())
        return;
    kind->id = uniqueKindId(kind->name);
    DocumentEditor &editor = m_document->editor();
    IncidentFields value = editor.incidentFields();
    value.customKinds.append(*kind);
    editor.editIncidentFields(value, QString(), tr("Add kind “%1”").arg(kind->name));
}

} // namespace faultline
