#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QUndoStack;

namespace faultline {

/// Every action of the main window, with its text, icon and standard
/// shortcut, created in one place so menus, toolbar and tests share them.
/// MainWindow connects them to what they do, and calls retranslate() when
/// the UI language changes (texts, tool tips and status tips are set there only).
class WindowActions : public QObject
{
    Q_OBJECT
public:
    WindowActions(QUndoStack *stack, QObject *parent);

    /// Actions that act on the canvas selection; their shortcuts only apply
    /// while the canvas area has focus, so Delete or Ctrl+A in a text field
    /// or a list never deletes or selects diagram elements.
    QList<QAction *> canvasScopedActions() const;

    /// Sets every text, tool tip and status tip in the current language.
    void retranslate();

    // File
    QAction *newFile;
    QAction *open;
    QAction *save;
    QAction *saveAs;
    QAction *newFromExample;        ///< the example gallery
    QAction *importInterpretations; ///< merge a colleague's .faultline file
    QAction *importDot;             ///< a Graphviz file as a new interpretation
    QAction *exportDiagram;         ///< the export dialog
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
    QAction *copyAsImage; ///< PNG and SVG of the selection (or the diagram) on the clipboard
    // View
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomFit;
    QAction *zoomReset;
    QAction *snapToGrid;
    QActionGroup
        *lensGroup; ///< exclusive; each action's data() is the lens id (see model/analysis/lens.h)
    QAction *lensPlain;
    QAction *lensRootCause;
    QAction *lensLevers;
    QAction *lensGaps;
    // Arrange
    QAction *layoutInterpretation; ///< automatic layout of the current interpretation
    QAction *layoutSelection;      ///< automatic layout of the selected factors only
    QAction *pinSelection;         ///< checkable: the selected factors keep their place in layouts
    // Interpretation
    QAction *newInterpretation;
    QAction *renameInterpretation;
    QAction *duplicateInterpretation;
    QAction *deleteInterpretation;
    QAction *compare;      ///< the compare view of 2–4 interpretations
    QAction *present;      ///< full-screen discussion mode (F5)
    QAction *nextPane;     ///< F6: focus the next pane (canvas, palette, lists, inspector…)
    QAction *previousPane; ///< Shift+F6
    // Insert
    QAction *newCustomKind;
    QHash<QString, QAction *> addFactor; ///< built-in kind id → "add at the view centre"
    QList<QAction *> addFactorOrder;     ///< the same, in palette order
    // Help
    QAction *quickGuide;
    QAction *keyboardShortcuts;
    QAction *about;

private:
    void updateUndoTexts();

    QUndoStack *m_stack;
};

} // namespace faultline
