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

/// A numbered crux marker on factor `factorId` of panel `panel`.
struct ExportCruxMark
{
    int panel = 0;
    QString factorId;
    int number = 0;
};

/// What one page (one file, or one page of a PDF) shows. Built by ExportJob,
/// laid out and painted by ExportComposer.
struct ExportPage
{
    QString title;
    QString subtitle;
    QList<ExportPanel> panels;
    /// A compare slide: the legend explains its marks (ghosts, tags, badges) too.
    bool compare = false;
    QList<ExportCruxMark> cruxMarks;
    /// The numbered crux list ("1  headline"), at the foot, or the whole body of a page without
    /// panels.
    QStringList cruxLines;
    /// The largest scale from scene to page (0: the composer's own limit); the
    /// parts of a split compare slide share one, so their factors match in size.
    double maxScale = 0;
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
