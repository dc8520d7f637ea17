#include "windowactions.h"

#include "toolicons.h"

#include "model/incident.h"
#include "model/kindstyle.h"
#include "widgets/canvas/kindshapes.h"

#include <QAction>
#include <QActionGroup>
#include <QUndoStack>

namespace faultline {

namespace {
QAction *make(QObject *parent, const QString &text, const QList<QKeySequence> &keys = {},
              const QString &tip = {}, const QIcon &icon = {})
{
    auto *action = new QAction(icon, text, parent);
    action->setShortcuts(keys);
    if (!tip.isEmpty()) {
        action->setStatusTip(tip);
        action->setToolTip(tip);
    }
    return action;
}

QString withShortcut(const QString &tip, const QAction *action)
{
    const QKeySequence key = action->shortcut();
    return key.isEmpty()
               ? tip
               : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText));
}
} // namespace

WindowActions::WindowActions(QUndoStack *stack, QObject *parent) : QObject(parent)
{
    newFile = make(this, tr("&New"), QKeySequence::keyBindings(QKeySequence::New),
                   tr("Start a new incident"), toolIcon(ToolIcon::New));
    open = make(this, tr("&Open…"), QKeySequence::keyBindings(QKeySequence::Open),
                tr("Open an incident file"), toolIcon(ToolIcon::Open));
    save = make(this, tr("&Save"), QKeySequence::keyBindings(QKeySequence::Save),
                tr("Save the incident"), toolIcon(ToolIcon::Save));
    saveAs = make(this, tr("Save &As…"), QKeySequence::keyBindings(QKeySequence::SaveAs),
                  tr("Save the incident under another name"));
    newFromExample =
        make(this, tr("New from E&xample…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
             tr("Start from a published failure example of the library"));
    importInterpretations = make(
        this, tr("&Import Interpretations…"), {QKeySequence(Qt::CTRL | Qt::Key_I)},
        tr("Add the interpretations of another file of the same incident (a colleague's reading)"));
    importDot = make(this, tr("Import &DOT as Interpretation…"), {},
                     tr("Read a Graphviz file as a new interpretation"));
    exportDiagram = make(this, tr("&Export…"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                         tr("Export diagrams as PNG, SVG or PDF"));
    close = make(this, tr("&Close"), QKeySequence::keyBindings(QKeySequence::Close),
                 tr("Close the incident and start an empty one"));
    quit = make(this, tr("&Quit"), QKeySequence::keyBindings(QKeySequence::Quit),
                tr("Quit Faultline"));
    quit->setMenuRole(QAction::QuitRole);

    undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(toolIcon(ToolIcon::Undo));
    redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(toolIcon(ToolIcon::Redo));
    cut = make(this, tr("Cu&t"), QKeySequence::keyBindings(QKeySequence::Cut),
               tr("Cut the selected factors"), toolIcon(ToolIcon::Cut));
    copy = make(this, tr("&Copy"), QKeySequence::keyBindings(QKeySequence::Copy),
                tr("Copy the selected factors"), toolIcon(ToolIcon::Copy));
    paste = make(this, tr("&Paste"), QKeySequence::keyBindings(QKeySequence::Paste),
                 tr("Paste factors into this interpretation"), toolIcon(ToolIcon::Paste));
    duplicate = make(this, tr("D&uplicate"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
                     tr("Duplicate the selected factors as new factors"));
    deleteSelection =
        make(this, tr("&Delete"), QKeySequence::keyBindings(QKeySequence::Delete),
             tr("Delete the selection from this interpretation"), toolIcon(ToolIcon::Delete));
    selectAll = make(this, tr("Select &All"), QKeySequence::keyBindings(QKeySequence::SelectAll),
                     tr("Select everything in this interpretation"));
    rename = make(this, tr("&Rename Factor"), {QKeySequence(Qt::Key_F2)},
                  tr("Edit the selected factor's label"), toolIcon(ToolIcon::Rename));
    connectFactors = make(
        this, tr("C&onnect…"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
        tr("Link the selected factor to another: choose with Tab or the arrows, Enter to link"),
        toolIcon(ToolIcon::Connect));
    find = make(this, tr("&Find…"), QKeySequence::keyBindings(QKeySequence::Find),
                tr("Find a factor by its label"), toolIcon(ToolIcon::Find));
    findNext = make(this, tr("Find &Next"), QKeySequence::keyBindings(QKeySequence::FindNext),
                    tr("Go to the next matching factor"));

    copyAsImage = make(this, tr("Copy as &Image"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                       tr("Put the diagram (or the selection) on the clipboard as PNG and SVG"));

    zoomIn = make(
        this, tr("Zoom &In"),
        {QKeySequence::keyBindings(QKeySequence::ZoomIn) << QKeySequence(Qt::CTRL | Qt::Key_Equal)},
        tr("Zoom in"), toolIcon(ToolIcon::ZoomIn));
    zoomOut = make(this, tr("Zoom &Out"), QKeySequence::keyBindings(QKeySequence::ZoomOut),
                   tr("Zoom out"), toolIcon(ToolIcon::ZoomOut));
    zoomFit = make(this, tr("Zoom to &Fit"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
                   tr("Show the whole diagram"), toolIcon(ToolIcon::ZoomFit));
    zoomReset = make(this, tr("&Actual Size"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
                     tr("Zoom to 100%"), toolIcon(ToolIcon::ZoomReset));
    snapToGrid = make(this, tr("&Snap to Grid"), {}, tr("Place and move factors on the grid"),
                      toolIcon(ToolIcon::Snap));
    snapToGrid->setCheckable(true);
    lensGroup = new QActionGroup(this);
    lensGroup->setExclusive(true);
    const auto lens = [this](const QString &text, const QString &id, int digit, const QString &tip) {
        QAction *action = make(this, text, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + digit))}, tip);
        action->setCheckable(true);
        action->setData(id);
        lensGroup->addAction(action);
        return action;
    };
    lensPlain = lens(tr("&Plain"), QStringLiteral("plain"), 0, tr("Show the diagram as drawn"));
    lensRootCause = lens(tr("&Root Cause Lens"), QStringLiteral("root-cause"), 1,
                         tr("Emphasise root causes and their paths to the observed behaviour"));
    lensLevers = lens(tr("&Levers Lens"), QStringLiteral("levers"), 2,
                      tr("Show levers and which causal paths an intervention cuts"));
    lensGaps = lens(tr("&Gaps Lens"), QStringLiteral("gaps"), 3,
                    tr("Show each factor's actual and ideal state"));
    lensPlain->setChecked(true);

    layoutInterpretation =
        make(this, tr("&Lay Out Interpretation"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
             tr("Arrange the diagram automatically, causes above effects"));
    layoutSelection = make(this, tr("Lay Out &Selection"),
                           {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L)},
                           tr("Arrange only the selected factors; the rest stays in place"));
    pinSelection = make(this, tr("&Pin in Place"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P)},
                        tr("Automatic layout keeps the selected factors where they are"));
    pinSelection->setCheckable(true);

    newInterpretation =
        make(this, tr("&New Interpretation"), {QKeySequence(Qt::CTRL | Qt::Key_T)},
             tr("Add another reading of the incident"), toolIcon(ToolIcon::AddInterpretation));
    renameInterpretation =
        make(this, tr("&Rename Interpretation…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
             tr("Rename the current interpretation"));
    duplicateInterpretation = make(this, tr("&Duplicate Interpretation"),
                                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
                                   tr("Copy the current interpretation, sharing its factors"));
    deleteInterpretation =
        make(this, tr("De&lete Interpretation"), {},
             tr("Delete the current interpretation (its factors stay in the incident)"));

    compare = make(this, tr("&Compare Interpretations…"), {QKeySequence(Qt::CTRL | Qt::Key_K)},
                   tr("Show 2–4 interpretations side by side with their cruxes"));
    present = make(this, tr("&Present"), {QKeySequence(Qt::Key_F5)},
                   tr("Full screen for a discussion: step through readings and cruxes"));

    newCustomKind = make(this, tr("New &Custom Kind…"), {},
                         tr("Define a kind of factor beyond the built-in ones"));
    const QList<KindStyle> &kinds = builtInKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        KindStyle style = kindStyle(Incident{}, kinds[i].id); // translated name
        QList<QKeySequence> keys;
        if (i < 9)
            keys.append(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        QAction *action = make(this, style.name, keys, {}, kindIcon(style));
        action->setToolTip(withShortcut(
            tr("Add a factor of kind “%1” at the centre of the view").arg(style.name), action));
        action->setStatusTip(action->toolTip());
        action->setData(style.id);
        addFactor.insert(style.id, action);
        addFactorOrder.append(action);
    }

    quickGuide = make(this, tr("&Quick Guide"), QKeySequence::keyBindings(QKeySequence::HelpContents),
                      tr("The framing and the editor's gestures in two pages"));
    keyboardShortcuts = make(this, tr("&Keyboard Shortcuts"), {QKeySequence(Qt::CTRL | Qt::Key_Slash)},
                             tr("Every shortcut, by menu"));
    about = make(this, tr("&About Faultline"));
    about->setMenuRole(QAction::AboutRole);

    // Toolbar buttons show text beside the icon only for the main actions.
    // Undo and redo name the command ("Undo Add interpretation …"): too long beside an icon.
    for (QAction *a :
         {undo, redo, cut, copy, paste, deleteSelection, zoomIn, zoomOut, zoomReset, rename, find})
        a->setPriority(QAction::LowPriority);
    for (QAction *a :
         {newFile, open, save, undo, redo, connectFactors, zoomFit, snapToGrid, newInterpretation})
        if (!a->shortcut().isEmpty() && a->statusTip().size() > 0)
            a->setToolTip(withShortcut(a->statusTip(), a));
}

QList<QAction *> WindowActions::canvasScopedActions() const
{
    return {cut, copy, paste, duplicate, deleteSelection, selectAll};
}

} // namespace faultline
