#include "app/controllers/gallerycontroller.h"

#include "app/controllers/documentcontroller.h"
#include "app/window/mainwindow.h"
#include "app/window/recentfiles.h"
#include "app/window/windowactions.h"

#include "model/document.h"
#include "widgets/gallery/examplegallerydialog.h"
#include "widgets/gallery/startpage.h"

#include <QAction>
#include <QPushButton>
#include <QUndoStack>

namespace faultline {

GalleryController::GalleryController(MainWindow *window) : QObject(window), m_window(window)
{
    m_choose = [this]() -> QString {
        ExampleGalleryDialog dialog(m_window);
        return dialog.exec() == QDialog::Accepted ? dialog.chosenResourcePath() : QString();
    };
    connect(window->windowActions()->newFromExample, &QAction::triggered, this,
            &GalleryController::newFromExample);
    // Anything that gives the window a document to work on ends the start screen.
    connect(window->controller(), &DocumentController::documentReplaced, this,
            &GalleryController::hideStartPage);
    connect(window->document()->undoStack(), &QUndoStack::indexChanged, this,
            &GalleryController::hideStartPage);
}

bool GalleryController::newFromExample()
{
    const QString path = m_choose();
    return !path.isEmpty() && m_window->controller()->openExample(path);
}

void GalleryController::showStartPage()
{
    if (!m_startPage) {
        m_startPage = new StartPage;
        DocumentController *documents = m_window->controller();
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
    m_startPage->setRecentFiles(m_window->controller()->recentFiles()->files());
    m_window->setCentralOverlay(m_startPage);
    m_startPage->newButton()->setFocus(Qt::OtherFocusReason);
}

void GalleryController::hideStartPage()
{
    if (isStartPageShown())
        m_window->setCentralOverlay(nullptr);
}

bool GalleryController::isStartPageShown() const
{
    return m_startPage && m_window->centralOverlay() == m_startPage;
}

void GalleryController::startWith(const std::function<bool()> &step)
{
    if (step())
        hideStartPage();
}

} // namespace faultline
