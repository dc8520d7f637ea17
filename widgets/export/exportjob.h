#pragma once

#include "exportoptions.h"
#include "exportpage.h"

#include "model/incident.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace faultline {

class CanvasScene;
struct Crux;
class CompareScenes;
class Document;
struct SlideLayout;

/// Builds the pages of one export from a snapshot of the incident: scenes in
/// export mode (no grid, selection or handles; item caching off, so vector
/// formats stay vector), in the theme's colours, with the lens applied. The
/// editor's own scenes are never touched, so exporting never flickers the
/// canvas or disturbs its selection. Works without a window (command line).
class ExportJob
{
public:
    /// `selectedFactorIds`: for ExportScope::Selection, the factors to keep.
    ExportJob(const Incident &incident, const ExportOptions &options,
              const QStringList &selectedFactorIds = {});
    ~ExportJob();
    ExportJob(const ExportJob &) = delete;
    ExportJob &operator=(const ExportJob &) = delete;

    /// Empty when the pages were built; else why not (unknown interpretation, nothing selected,
    /// ...).
    QString error() const { return m_error; }
    const QList<ExportPage> &pages() const { return m_pages; }
    const ExportOptions &options() const { return m_options; }
    /// The compare scenes of a compare export (nullptr otherwise).
    const CompareScenes *compareScenes() const { return m_compare.get(); }
    /// The line a crux has in an exported crux list.
    QString cruxHeadline(const Crux &crux) const;

private:
    void build(const QStringList &selectedFactorIds);
    void buildCompare(const QStringList &ids);
    /// Builds the compare scenes on a union layout laid out as `layout` says;
    /// the slide of all readings.
    ExportPage compareSlide(const QStringList &ids, const SlideLayout &layout);
    /// Whether two factor boxes of a compare column are closer than the layout may leave them.
    bool boxesTooClose() const;
    /// `page` as one compare slide, or split into slides of fewer readings when
    /// labels would be too small to read with all of them on one.
    QList<ExportPage> slideParts(const ExportPage &page) const;
    /// The fewest slides `page`'s readings fit on with readable labels (empty: none).
    QList<ExportPage> readableParts(const ExportPage &page) const;
    /// The scale every part of a split slide is drawn at (the smallest one's).
    qreal sharedScale(const QList<ExportPage> &parts) const;
    CanvasScene *newScene(const QString &interpretationId);
    void prepare(CanvasScene *scene) const;
    QString title() const;

    Incident m_incident;
    ExportOptions m_options;
    std::unique_ptr<Document> m_snapshot;
    std::unique_ptr<CompareScenes> m_compare;
    QList<CanvasScene *> m_ownScenes;
    QList<ExportPage> m_pages;
    QString m_error;
};

} // namespace faultline
