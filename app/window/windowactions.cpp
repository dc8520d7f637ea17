#include "app/window/windowactions.h"

#include "widgets/common/toolicons.h"

#include "model/incident.h"
#include "model/kindstyle.h"
#include "widgets/canvas/kindshapes.h"

#include <QAction>
#include <QActionGroup>
#include <QUndoStack>

namespace faultline {

namespace {
// Texts are not set here: retranslate() sets them, at start and on every
// language change, so there is one place that names each action.
QAction *make(QObject *parent, const QList<QKeySequence> &keys = {}, const QIcon &icon = {})
{
    auto *action = new QAction(icon, QString(), parent);
    action->setShortcuts(keys);
    return action;
}

void setTexts(QAction *action, const QString &text, const QString &tip = {})
{
    action->setText(text);
    action->setStatusTip(tip);
    action->setToolTip(tip.isEmpty() ? QString() : tip);
}

QString withShortcut(const QString &tip, const QAction *action)
{
    const QKeySequence key = action->shortcut();
    return key.isEmpty()
               ? tip
               : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText));
}

QString undoText(const QString &prefix, const QString &command)
{
    return command.isEmpty() ? prefix : QStringLiteral("%1 %2").arg(prefix, command);
}
} // namespace

WindowActions::WindowActions(QUndoStack *stack, QObject *parent) : QObject(parent), m_stack(stack)
{
    newFile = make(this, QKeySequence::keyBindings(QKeySequence::New), toolIcon(ToolIcon::New));
    open = make(this, QKeySequence::keyBindings(QKeySequence::Open), toolIcon(ToolIcon::Open));
    save = make(this, QKeySequence::keyBindings(QKeySequence::Save), toolIcon(ToolIcon::Save));
    saveAs = make(this, QKeySequence::keyBindings(QKeySequence::SaveAs));
    newFromExample = make(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    importInterpretations = make(this, {QKeySequence(Qt::CTRL | Qt::Key_I)});
    importDot = make(this);
    exportDiagram = make(this, {QKeySequence(Qt::CTRL | Qt::Key_E)});
    close = make(this, QKeySequence::keyBindings(QKeySequence::Close));
    quit = make(this, QKeySequence::keyBindings(QKeySequence::Quit));
    quit->setMenuRole(QAction::QuitRole);

    // Our own undo/redo actions rather than QUndoStack::createUndoAction(): its
    // prefix is fixed at creation, and the prefix must follow the UI language.
    undo = make(this, QKeySequence::keyBindings(QKeySequence::Undo), toolIcon(ToolIcon::Undo));
    undo->setEnabled(stack->canUndo());
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &WindowActions::updateUndoTexts);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    redo = make(this, QKeySequence::keyBindings(QKeySequence::Redo), toolIcon(ToolIcon::Redo));
    redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, this, &WindowActions::updateUndoTexts);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);

    cut = make(this, QKeySequence::keyBindings(QKeySequence::Cut), toolIcon(ToolIcon::Cut));
    copy = make(this, QKeySequence::keyBindings(QKeySequence::Copy), toolIcon(ToolIcon::Copy));
    paste = make(this, QKeySequence::keyBindings(QKeySequence::Paste), toolIcon(ToolIcon::Paste));
    duplicate = make(this, {QKeySequence(Qt::CTRL | Qt::Key_D)});
    deleteSelection =
        make(this, QKeySequence::keyBindings(QKeySequence::Delete), toolIcon(ToolIcon::Delete));
    selectAll = make(this, QKeySequence::keyBindings(QKeySequence::SelectAll));
    rename = make(this, {QKeySequence(Qt::Key_F2)}, toolIcon(ToolIcon::Rename));
    connectFactors = make(this, {QKeySequence(Qt::CTRL | Qt::Key_L)}, toolIcon(ToolIcon::Connect));
    find = make(this, QKeySequence::keyBindings(QKeySequence::Find), toolIcon(ToolIcon::Find));
    findNext = make(this, QKeySequence::keyBindings(QKeySequence::FindNext));
    copyAsImage = make(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});

    zoomIn = make(
        this,
        {QKeySequence::keyBindings(QKeySequence::ZoomIn) << QKeySequence(Qt::CTRL | Qt::Key_Equal)},
        toolIcon(ToolIcon::ZoomIn));
    zoomOut =
        make(this, QKeySequence::keyBindings(QKeySequence::ZoomOut), toolIcon(ToolIcon::ZoomOut));
    zoomFit =
        make(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}, toolIcon(ToolIcon::ZoomFit));
    zoomReset = make(this, {QKeySequence(Qt::CTRL | Qt::Key_0)}, toolIcon(ToolIcon::ZoomReset));
    snapToGrid = make(this, {}, toolIcon(ToolIcon::Snap));
    snapToGrid->setCheckable(true);
    lensGroup = new QActionGroup(this);
    lensGroup->setExclusive(true);
    const auto lens = [this](const QString &id, int digit) {
        QAction *action =
            make(this, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + digit))});
        action->setCheckable(true);
        action->setData(id);
        lensGroup->addAction(action);
        return action;
    };
    lensPlain = lens(QStringLiteral("plain"), 0);
    lensRootCause = lens(QStringLiteral("root-cause"), 1);
    lensLevers = lens(QStringLiteral("levers"), 2);
    lensGaps = lens(QStringLiteral("gaps"), 3);
    lensPlain->setChecked(true);

    layoutInterpretation = make(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
    layoutSelection = make(this, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L)});
    pinSelection = make(this, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P)});
    pinSelection->setCheckable(true);

    newInterpretation =
        make(this, {QKeySequence(Qt::CTRL | Qt::Key_T)}, toolIcon(ToolIcon::AddInterpretation));
    renameInterpretation = make(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    duplicateInterpretation = make(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    deleteInterpretation = make(this);
    compare = make(this, {QKeySequence(Qt::CTRL | Qt::Key_K)});
    present = make(this, {QKeySequence(Qt::Key_F5)});
    nextPane = make(this, {QKeySequence(Qt::Key_F6)});
    previousPane = make(this, {QKeySequence(Qt::SHIFT | Qt::Key_F6)});

    newCustomKind = make(this);
    const QList<KindStyle> &kinds = builtInKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        QList<QKeySequence> keys;
        if (i < 9)
            keys.append(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        QAction *action = make(this, keys, kindIcon(kindStyle(Incident{}, kinds[i].id)));
        action->setData(kinds[i].id);
        addFactor.insert(kinds[i].id, action);
        addFactorOrder.append(action);
    }

    quickGuide = make(this, QKeySequence::keyBindings(QKeySequence::HelpContents));
    keyboardShortcuts = make(this, {QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    about = make(this);
    about->setMenuRole(QAction::AboutRole);

    // Toolbar buttons show text beside the icon only for the main actions.
    // Undo and redo name the command ("Undo Add interpretation …"): too long beside an icon.
    for (QAction *a :
         {undo, redo, cut, copy, paste, deleteSelection, zoomIn, zoomOut, zoomReset, rename, find})
        a->setPriority(QAction::LowPriority);
    retranslate();
}

void WindowActions::retranslate()
{
    setTexts(newFile, tr("&New"), tr("Start a new incident"));
    setTexts(open, tr("&Open…"), tr("Open an incident file"));
    setTexts(save, tr("&Save"), tr("Save the incident"));
    setTexts(saveAs, tr("Save &As…"), tr("Save the incident under another name"));
    setTexts(newFromExample, tr("New from E&xample…"),
             tr("Start from a published failure example of the library"));
    setTexts(importInterpretations, tr("&Import Interpretations…"),
             tr("Add the interpretations of another file of the same incident (a colleague's "
                "reading)"));
    setTexts(importDot, tr("Import &DOT as Interpretation…"),
             tr("Read a Graphviz file as a new interpretation"));
    setTexts(exportDiagram, tr("&Export…"), tr("Export diagrams as PNG, SVG or PDF"));
    setTexts(close, tr("&Close"), tr("Close the incident and start an empty one"));
    setTexts(quit, tr("&Quit"), tr("Quit Faultline"));

    updateUndoTexts();
    setTexts(cut, tr("Cu&t"), tr("Cut the selected factors"));
    setTexts(copy, tr("&Copy"), tr("Copy the selected factors"));
    setTexts(paste, tr("&Paste"), tr("Paste factors into this interpretation"));
    setTexts(duplicate, tr("D&uplicate"), tr("Duplicate the selected factors as new factors"));
    setTexts(deleteSelection, tr("&Delete"), tr("Delete the selection from this interpretation"));
    setTexts(selectAll, tr("Select &All"), tr("Select everything in this interpretation"));
    setTexts(rename, tr("&Rename Factor"), tr("Edit the selected factor's label"));
    setTexts(connectFactors, tr("C&onnect…"),
             tr("Link the selected factor to another: choose with Tab or the arrows, Enter to "
                "link"));
    setTexts(find, tr("&Find…"), tr("Find a factor by its label"));
    setTexts(findNext, tr("Find &Next"), tr("Go to the next matching factor"));
    setTexts(copyAsImage, tr("Copy as &Image"),
             tr("Put the diagram (or the selection) on the clipboard as PNG and SVG"));

    setTexts(zoomIn, tr("Zoom &In"), tr("Zoom in"));
    setTexts(zoomOut, tr("Zoom &Out"), tr("Zoom out"));
    setTexts(zoomFit, tr("Zoom to &Fit"), tr("Show the whole diagram"));
    setTexts(zoomReset, tr("&Actual Size"), tr("Zoom to 100%"));
    setTexts(snapToGrid, tr("&Snap to Grid"), tr("Place and move factors on the grid"));
    setTexts(lensPlain, tr("&Plain"), tr("Show the diagram as drawn"));
    setTexts(lensRootCause, tr("&Root Cause Lens"),
             tr("Emphasise root causes and their paths to the observed behaviour"));
    setTexts(lensLevers, tr("&Levers Lens"),
             tr("Show levers and which causal paths an intervention cuts"));
    setTexts(lensGaps, tr("&Gaps Lens"), tr("Show each factor's actual and ideal state"));

    setTexts(layoutInterpretation, tr("&Lay Out Interpretation"),
             tr("Arrange the diagram automatically, causes above effects"));
    setTexts(layoutSelection, tr("Lay Out &Selection"),
             tr("Arrange only the selected factors; the rest stays in place"));
    setTexts(pinSelection, tr("&Pin in Place"),
             tr("Automatic layout keeps the selected factors where they are"));

    setTexts(newInterpretation, tr("&New Interpretation"),
             tr("Add another reading of the incident"));
    setTexts(renameInterpretation, tr("&Rename Interpretation…"),
             tr("Rename the current interpretation"));
    setTexts(duplicateInterpretation, tr("&Duplicate Interpretation"),
             tr("Copy the current interpretation, sharing its factors"));
    setTexts(deleteInterpretation, tr("De&lete Interpretation"),
             tr("Delete the current interpretation (its factors stay in the incident)"));
    setTexts(compare, tr("&Compare Interpretations…"),
             tr("Show 2–4 interpretations side by side with their cruxes"));
    setTexts(present, tr("&Present"),
             tr("Full screen for a discussion: step through readings and cruxes"));
    // The tool bar shows the short word; the menu keeps the full name.
    compare->setIconText(tr("Compare"));
    setTexts(nextPane, tr("Ne&xt Pane"),
             tr("Move the keyboard focus to the next pane: canvas, palette, lists, inspector"));
    setTexts(previousPane, tr("Pre&vious Pane"),
             tr("Move the keyboard focus to the previous pane"));

    setTexts(newCustomKind, tr("New &Custom Kind…"),
             tr("Define a kind of factor beyond the built-in ones"));
    for (QAction *action : std::as_const(addFactorOrder)) {
        const KindStyle style = kindStyle(Incident{}, action->data().toString()); // translated name
        action->setText(style.name);
        action->setToolTip(withShortcut(
            tr("Add a factor of kind “%1” at the centre of the view").arg(style.name), action));
        action->setStatusTip(action->toolTip());
    }

    setTexts(quickGuide, tr("&Quick Guide"),
             tr("The framing and the editor's gestures in two pages"));
    setTexts(keyboardShortcuts, tr("&Keyboard Shortcuts"), tr("Every shortcut, by menu"));
    setTexts(about, tr("&About Faultline"));

    for (QAction *a :
         {newFile, open, save, undo, redo, connectFactors, zoomFit, snapToGrid, newInterpretation})
        if (!a->shortcut().isEmpty() && a->statusTip().size() > 0)
            a->setToolTip(withShortcut(a->statusTip(), a));
}

void WindowActions::updateUndoTexts()
{
    undo->setText(undoText(tr("&Undo"), m_stack->undoText()));
    redo->setText(undoText(tr("&Redo"), m_stack->redoText()));
}

QList<QAction *> WindowActions::canvasScopedActions() const
{
    return {cut, copy, paste, duplicate, deleteSelection, selectAll};
}

} // namespace faultline
