#include "app/controllers/gallerycontroller.h"

#include "app/controllers/documentcontroller.h"
#include "app/window/recentfiles.h"
#include "app/window/windowactions.h"

#include "model/document.h"
#include "widgets/gallery/examplegallerydialog.h"
#include "widgets/gallery/startpage.h"

#include <QAction>
#include <QMainWindow>
#include <QPushButton>
#include <QUndoStack>

namespace faultline {

GalleryController::GalleryController(const ControllerContext &context)
    : QObject(context.window), m_context(context)
{
    m_choose = [this]() -> QString {
        ExampleGalleryDialog dialog(m_context.window);
        return dialog.exec() == QDialog::Accepted ? dialog.chosenResourcePath() : QString();
    };
    connect(context.actions->newFromExample, &QAction::triggered, this,
            &GalleryController::newFromExample);
    // Anything that gives the window a document to work on ends the start screen.
    connect(context.files, &DocumentController::documentReplaced, this,
            &GalleryController::hideStartPage);
    connect(context.document->undoStack(), &QUndoStack::indexChanged, this,
            &GalleryController::hideStartPage);
}

bool GalleryController::newFromExample()
{
    const QString path = m_choose();
    return !path.isEmpty() && m_context.files->openExample(path);
}

void GalleryController::showStartPage()
{
    if (!m_startPage) {
        m_startPage = new StartPage;
        DocumentController *documents = m_context.files;
        connect(m_startPage, &StartPage::newRequested, this, [this] {
            // The window already holds an empty untitled incident: just go to it.
            hideStartPage();
        });
        connect(m_startPage, &StartPage::openRequested, this,
                [this, documents] { startWith([documents] { return documents->open(); }); });
        connect(m_startPage, &StartPage::galleryRequested, this,
                [this] { startWith([this] { return newFromExample(); }); });
        connect(m_startPage, &StartPage::recentFileChosen, this,
                [this, documents](const QString &path) {
                    startWith([documents, path] { return documents->openFile(path); });
                });
        connect(m_startPage, &StartPage::exampleChosen, this,
                [this, documents](const QString &path) {
                    startWith([documents, path] { return documents->openExample(path); });
                });
    }
    m_startPage->setRecentFiles(m_context.files->recentFiles()->files());
    m_context.setCentralOverlay(m_startPage);
    m_startPage->newButton()->setFocus(Qt::OtherFocusReason);
}

void GalleryController::hideStartPage()
{
    if (isStartPageShown())
        m_context.setCentralOverlay(nullptr);
}

bool GalleryController::isStartPageShown() const
{
    return m_startPage && m_context.centralOverlay() == m_startPage;
}

void GalleryController::startWith(const std::function<bool()> &step)
{
    if (step())
        hideStartPage();
}

} // namespace faultline
