#pragma once

#include "model/compare/crux.h"
#include "model/incident.h"

#include <QListWidget>

namespace faultline {

/// The cruxes of a comparison, one per row: type tag, the group's
/// resolution and position tally when recorded, and the one-line
/// description. The current row is the selected crux (Up/Down and clicks
/// move it); cruxSelected() reports it. An empty comparison shows a short
/// "no cruxes" note instead of an empty box.
class CruxListWidget : public QListWidget
{
    Q_OBJECT
public:
    explicit CruxListWidget(QWidget *parent = nullptr);

    void setCruxes(const Incident &incident, const QList<Crux> &cruxes);
    /// Shows each crux's resolution and position tally ("A 3 · B 1 · ? 1")
    /// from `incident`'s discussion of the comparison of `interpretationIds`.
    void setDiscussion(const Incident &incident, const QStringList &interpretationIds);
    int cruxCount() const { return int(m_cruxes.size()); }
    const Crux *crux(int index) const;
    /// Index of the current crux, -1 for none.
    int currentCrux() const { return currentRow(); }
    void setCurrentCrux(int index);
    /// Moves to the next / previous crux, wrapping around; selects the first
    /// (last) one when none is selected.
    void selectNext();
    void selectPrevious();

    /// The tag colour of a crux type (by family: verdicts, failure points, links, evidence,
    /// factors).
    static QColor typeColor(CruxType type);

Q_SIGNALS:
    /// The selected crux changed; -1 when none is selected.
    void cruxSelected(int index);

protected:
    /// LanguageChange: its accessible name (the cruxes' wording is the compare view's, which
    /// makes the comparison again)
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslateUi();

    QList<Crux> m_cruxes;
};

} // namespace faultline
