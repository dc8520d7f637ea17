#pragma once

#include "app/controllers/controllercontext.h"

#include <QObject>
#include <QPointer>

// QPointer<T> converts to T* inline below, which needs the complete type.
#include "widgets/gallery/startpage.h"

#include <functional>

namespace faultline {

class StartPage;

/// File > New from Example… (the example gallery) and the start screen.
/// An example always opens as an untitled copy (DocumentController::openExample):
/// the bundled resource is never edited in place.
class GalleryController : public QObject
{
    Q_OBJECT
public:
    /// Shows the gallery and returns the chosen example's resource path, "" when cancelled.
    using GalleryChooser = std::function<QString()>;

    explicit GalleryController(const ControllerContext &context);

    /// Tests answer the gallery without a modal loop.
    void setGalleryChooser(GalleryChooser chooser) { m_choose = std::move(chooser); }

    /// Shows the start screen instead of the editor until the user starts,
    /// opens or edits something.
    void showStartPage();
    void hideStartPage();
    /// The start screen, once shown; nullptr before.
    StartPage *startPage() const { return m_startPage; }
    bool isStartPageShown() const;

    /// Opens the gallery; true when an example was opened.
    bool newFromExample();

private:
    /// Runs `step` (an open or new); leaves the start screen when it succeeded.
    void startWith(const std::function<bool()> &step);

    ControllerContext m_context;
    GalleryChooser m_choose;
    QPointer<StartPage> m_startPage;
};

} // namespace faultline
