#pragma once

#include "model/compare/diffresult.h"
#include "model/incident.h"
#include "model/layout/layoutrequest.h"
#include "model/layout/layoutresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QSet>
#include <QStringList>

class QGraphicsItem;

namespace faultline {

class CanvasScene;
class CruxNumberItem;
class Document;
class LinkItem;
class OnlyHereMarker;

/// Read-only diagrams of 2–4 interpretations of one incident, one scene per
/// column, in which shared factors stand at identical positions. Built from
/// a snapshot of the incident (a private Document), so it can be shown in
/// the compare view and rendered headlessly for export alike. Rebuild it
/// (setIncident) when the incident changes.
///
/// Diff styling, chosen so that the resting picture stays calm and the
/// differences still read at a glance:
/// - what other columns have and this one lacks is drawn as a ghost (a dashed
///   outline at the same place), so the eye sees the gap where it is;
/// - what only this column has gets a small "only here" tag, not a halo:
///   halos on every unique element made two thirds of a typical diagram glow
///   and said nothing any more;
/// - Highlighted is kept for the elements of the selected crux (focusCrux),
///   with everything else faded, in every column at once.
class CompareScenes : public QObject
{
    Q_OBJECT
public:
    /// Positions: from `unionLayout` when given (CausalLayout::unionRequest
    /// result, positions by factor id), else each factor's position in the
    /// first of `interpretationIds` that places it.
    CompareScenes(const Incident &incident, const QStringList &interpretationIds,
                  const LayoutResult &unionLayout = {}, QObject *parent = nullptr);
    ~CompareScenes() override;

    void setIncident(const Incident &incident, const QStringList &interpretationIds,
                     const LayoutResult &unionLayout = {});

    /// The layout request of the compare view's Common Layout and of compare
    /// exports (one layout for the two alike): the union of the readings,
    /// packed a little tighter than an editing layout, since 2–4 columns
    /// share one screen or slide and the labels should stay large.
    static LayoutRequest unionLayoutRequest(const Incident &incident,
                                            const QStringList &interpretationIds);

    int count() const { return m_scenes.size(); }
    QStringList interpretationIds() const { return m_interpretationIds; }
    /// Name of the interpretation shown in `column`.
    QString title(int column) const;
    CanvasScene *scene(int column) const { return m_scenes.value(column); }
    /// The incident as compared (not the aligned snapshot).
    const Incident &incident() const { return m_incident; }
    /// The comparison of the shown interpretations, cruxes included.
    const DiffResult &diff() const { return m_diff; }
    /// Whether a union layout gave the positions.
    bool usesUnionLayout() const { return m_unionLayout; }

    /// Diff styling: ghosts and "only here" tags shown (on) or hidden (off).
    void setDiffStyling(bool on);
    bool diffStyling() const { return m_diffStyling; }

    /// Factors other columns use and `column` does not (drawn as ghosts).
    QStringList ghostFactorIds(int column) const;
    /// Ids (in the snapshot) of the ghost links of `column`: factor pairs
    /// other columns link and `column` does not.
    QStringList ghostLinkIds(int column) const;
    bool isGhostLink(int column, const QString &linkId) const;
    /// Factors only `column` uses, and links (real ids) only `column` has.
    QStringList uniqueFactorIds(int column) const;
    QStringList uniqueLinkIds(int column) const;
    /// The link item (real or ghost) joining `from` → `to` in `column`, or nullptr.
    LinkItem *linkItemForPair(int column, const QString &from, const QString &to) const;

    /// Highlights the elements of `crux` in every column (ghosts of them stay
    /// ghosts) and fades the rest. With a `number` (its place in the list,
    /// from 1), puts that number on the crux's first factor in every column
    /// and, below it, what that column's reading says about the crux.
    /// Returns the scene area of those elements and of the factors they link
    /// to, over all columns: what frames the crux (empty when the crux has no
    /// factor, e.g. an area ruled out with no factor).
    QRectF focusCrux(const Crux &crux, int number = 0);
    /// The scene area of the focused crux's own elements over all columns,
    /// without the factors they link to (empty without focus).
    QRectF focusCore() const { return m_focusCore; }
    /// The number and callout items of the focused crux (all columns).
    QList<CruxNumberItem *> cruxItems() const { return m_cruxItems; }
    /// Back to the resting diff styling.
    void clearFocus();
    /// Draws the ghosts as ghosts again after something restyled every item
    /// of the columns (an export applies a lens to them); the rest keeps the
    /// lens's emphasis.
    void restyleGhosts();
    bool hasFocus() const { return m_focused; }
    /// After a language switch: recomputes the comparison (crux descriptions
    /// are worded when the diff is made) and re-words the "only here" tags.
    /// The scenes, their positions and the focused crux stay as they are.
    void retranslate();
    /// Makes every column's scene rectangle the shared one grown to take in
    /// `needed` (a crux's callouts beside the diagram), so views scroll there.
    void reachSceneRect(const QRectF &needed);
    /// The scene rectangle shared by every column (so scroll positions match).
    QRectF sharedSceneRect() const { return m_sceneRect; }

Q_SIGNALS:
    /// The scenes were recreated (setIncident).
    void rebuilt();

private:
    struct ColumnDiff
    {
        QSet<QString> ghostFactors;
        QHash<QString, QString> ghostLinks; ///< snapshot link id → "from\nto" pair key
        QSet<QString> uniqueFactors;
        QSet<QString> uniqueLinks;
        QList<OnlyHereMarker *> markers; ///< "only here" tags, owned by the scene
    };

    void rebuild(const LayoutResult &unionLayout);
    /// Adds the ghost placements and links to `aligned` (the snapshot to be).
    void addGhosts(Incident &aligned, const QHash<QString, QPointF> &position,
                   const LayoutResult &unionLayout);
    void addMarkers(int column);
    void applyRestingStyle();
    void updateMarkerVisibility();
    void removeCruxItems();
    void addCruxItems(const Crux &crux, int number);

    Incident m_incident;
    QStringList m_interpretationIds;
    DiffResult m_diff;
    Document *m_snapshot = nullptr;
    QList<CanvasScene *> m_scenes;
    QList<ColumnDiff> m_columns;
    QList<CruxNumberItem *> m_cruxItems; ///< owned by the scenes
    QRectF m_sceneRect;
    QRectF m_focusCore;
    bool m_diffStyling = true;
    bool m_focused = false;
    bool m_unionLayout = false;
};

} // namespace faultline
