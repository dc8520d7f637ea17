#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QUndoStack;

namespace faultline {

/// Every action of the main window, with its text, icon and standard
/// shortcut, created in one place so menus, toolbar and tests share them.
/// MainWindow connects them to what they do.
class WindowActions : public QObject
{
    Q_OBJECT
public:
    WindowActions(QUndoStack *stack, QObject *parent);

    /// Actions that act on the canvas selection; their shortcuts only apply
    /// while the canvas area has focus, so Delete or Ctrl+A in a text field
    /// or a list never deletes or selects diagram elements.
    QList<QAction *> canvasScopedActions() const;

    // File
    QAction *newFile;
    QAction *open;
    QAction *save;
    QAction *saveAs;
    QAction *close;
    QAction *quit;
    // Edit
    QAction *undo;
    QAction *redo;
    QAction *cut;
    QAction *copy;
    QAction *paste;
    QAction *duplicate;
    QAction *deleteSelection;
    QAction *selectAll;
    QAction *rename;
    QAction *connectFactors;
    QAction *find;
    QAction *findNext;
    // View
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomFit;
    QAction *zoomReset;
    QAction *snapToGrid;
    // Interpretation
    QAction *newInterpretation;
    QAction *renameInterpretation;
    QAction *duplicateInterpretation;
    QAction *deleteInterpretation;
    // Insert
    QAction *newCustomKind;
    QHash<QString, QAction *> addFactor; ///< built-in kind id → "add at the view centre"
    QList<QAction *> addFactorOrder;     ///< the same, in palette order
    // Help
    QAction *about;
};

} // namespace faultline
