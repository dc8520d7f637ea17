#pragma once

#include "model/customkind.h"

#include <QHash>
#include <QKeySequence>
#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;
class QTreeWidgetItem;

namespace faultline {

class Document;
class DragTreeWidget;

/// The factor palette: one entry per kind (built-in, then the document's
/// custom kinds) with its icon, colour and name. Clicking an entry asks for
/// click-to-place mode, double-click or Enter adds at the view centre, and
/// entries drag onto the canvas as "application/x-faultline-kind".
class PaletteWidget : public QWidget
{
    Q_OBJECT
public:
    /// Asks for a new custom kind (without id); std::nullopt when cancelled.
    using KindEditor = std::function<std::optional<CustomKind>(QWidget *parent)>;

    explicit PaletteWidget(Document *document, QWidget *parent = nullptr);

    /// Shortcut shown next to each kind and in its tooltip.
    void setShortcutHints(const QHash<QString, QKeySequence> &hints);
    /// Highlights the kind being placed ("" for none).
    void setActiveKind(const QString &kindId);
    QString activeKind() const { return m_activeKind; }

    void setKindEditor(KindEditor editor) { m_kindEditor = std::move(editor); }

    DragTreeWidget *list() const { return m_list; }
    QTreeWidgetItem *itemForKind(const QString &kindId) const;

public Q_SLOTS:
    /// Asks for a name, colour and shape, then adds the kind (one undo step).
    void newCustomKind();

Q_SIGNALS:
    /// The user picked a kind for click-to-place; "" when they clicked the active one again.
    void placementRequested(const QString &kindId);
    /// Double-click or Enter: add a factor of this kind at the view centre.
    void kindActivated(const QString &kindId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void rebuild();
    QString uniqueKindId(const QString &name) const;

    Document *m_document;
    DragTreeWidget *m_list;
    QPushButton *m_newKindButton;
    QHash<QString, QKeySequence> m_hints;
    QString m_activeKind;
    KindEditor m_kindEditor;
};

} // namespace faultline
