#pragma once

#include <QList>
#include <QString>

namespace faultline {

class CanvasScene;

/// One diagram on a page, with its column caption (compare slides).
struct ExportPanel
{
    CanvasScene *scene = nullptr;
    QString caption;
};

/// What one page (one file, or one page of a PDF) shows. Built by ExportJob,
/// laid out and painted by ExportComposer.
struct ExportPage
{
    QString title;
    QString subtitle;
    QList<ExportPanel> panels;
    /// Distinguishes the files of a one-file-per-interpretation export (the interpretation id).
    QString fileKey;

    QList<CanvasScene *> scenes() const
    {
        QList<CanvasScene *> list;
        for (const ExportPanel &panel : panels)
            list.append(panel.scene);
        return list;
    }
};

} // namespace faultline
