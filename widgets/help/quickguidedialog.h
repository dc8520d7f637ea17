#pragma once

#include <QDialog>

class QTextBrowser;

namespace faultline {

/// Help > Quick Guide: the framing (areas, failure points, lenses, cruxes)
/// and the editor's gestures, from a bundled HTML page. Non-modal, so it can
/// stay open beside the editor.
class QuickGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QuickGuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

    /// The bundled page for the UI language, falling back to English.
    static QString guideResource();

private:
    QTextBrowser *m_browser;
};

} // namespace faultline
