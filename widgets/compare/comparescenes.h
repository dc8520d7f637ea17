#pragma once

#include "model/incident.h"
#include "model/layout/layoutresult.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace faultline {

class CanvasScene;
class Document;

/// Read-only diagrams of 2–4 interpretations of one incident, one scene per
/// column, in which shared factors stand at identical positions. Built from
/// a snapshot of the incident (a private Document), so it can be shown in
/// the compare view and rendered headlessly for export alike. Rebuild it
/// (setIncident) when the incident changes.
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

    int count() const { return m_scenes.size(); }
    QStringList interpretationIds() const { return m_interpretationIds; }
    /// Name of the interpretation shown in `column`.
    QString title(int column) const;
    CanvasScene *scene(int column) const { return m_scenes.value(column); }

    /// Diff styling: elements only this column has are highlighted;
    /// elements other columns have and this one lacks appear as ghosts.
    void setDiffStyling(bool on);
    bool diffStyling() const { return m_diffStyling; }

Q_SIGNALS:
    /// The scenes were recreated (setIncident).
    void rebuilt();

private:
    void rebuild(const LayoutResult &unionLayout);

    Incident m_incident;
    QStringList m_interpretationIds;
    Document *m_snapshot = nullptr;
    QList<CanvasScene *> m_scenes;
    bool m_diffStyling = true;
};

} // namespace faultline
