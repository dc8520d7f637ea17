#pragma once

#include "widgets/common/newreadingchoice.h"
#include "widgets/panels/confirmation.h"

#include <QLineEdit>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace faultline {

class CanvasView;
class Document;

/// The interpretations of the incident as tabs, one CanvasView each over
/// the same Document. Tabs follow the Document's interpretation signals
/// (also on undo); adding, renaming, duplicating, deleting and reordering
/// tabs are undo commands.
class InterpretationTabs : public QWidget
{
    Q_OBJECT
public:
    explicit InterpretationTabs(Document *document, QWidget *parent = nullptr);

    QTabWidget *tabWidget() const { return m_tabs; }
    int count() const;
    CanvasView *view(int index) const;
    CanvasView *currentView() const;
    QString currentInterpretationId() const;
    int indexOf(const QString &interpretationId) const;
    void setCurrentInterpretation(const QString &interpretationId);

    void setConfirmFunction(ConfirmFunction confirm) { m_confirm = std::move(confirm); }
    void setNewReadingChooser(NewReadingChooser choose) { m_chooseNewReading = std::move(choose); }
    void setSnapToGrid(bool on);
    /// The inline editor of a tab name while renaming, else nullptr.
    QLineEdit *renameEditor() const { return m_renameEditor; }

public Q_SLOTS:
    /// Adds an empty interpretation "Interpretation N" after the others.
    void addInterpretation();
    /// New Interpretation: asks whether to start from a copy of the current
    /// reading (one undo step) or empty; empty without asking when there is
    /// no current reading.
    void newInterpretation();
    /// Opens the inline name editor on the tab (current tab for -1).
    void startRename(int index = -1);
    void renameInterpretation(const QString &interpretationId, const QString &name);
    void duplicateCurrent();
    /// Deletes the current interpretation, asking first when it has content.
    void deleteCurrent();

Q_SIGNALS:
    void currentViewChanged(CanvasView *view);
    void viewCreated(CanvasView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void insertTab(const QString &interpretationId);
    void removeTab(const QString &interpretationId);
    void updateTabText(const QString &interpretationId);
    void onInterpretationMoved(const QString &interpretationId, int newIndex);
    /// After the user dragged tabs: one undo step that gives the model the tabs' order.
    void pushTabOrder();
    void finishRename(bool commit);
    void showTabMenu(const QPoint &pos);
    void updatePlaceholder();

    Document *m_document;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    QWidget *m_placeholder;
    QToolButton *m_addButton;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyButton = nullptr;
    ConfirmFunction m_confirm;
    NewReadingChooser m_chooseNewReading = &askNewReading;
    QPointer<QLineEdit> m_renameEditor;
    QString m_renameId;
    bool m_snap = false;
    bool m_syncing = false;    ///< tab changes made to follow the model
    bool m_tabPressed = false; ///< a tab drag may be under way
    bool m_orderDirty = false; ///< tabs were moved by the user, model not yet told
};

} // namespace faultline
