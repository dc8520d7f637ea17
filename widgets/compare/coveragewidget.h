#pragma once

#include "model/incident.h"

#include <QStringList>
#include <QTreeWidget>

namespace faultline {

/// Checklist coverage side by side: for each compared interpretation, which
/// failure points of the root-cause checklist it implicates, rules out or
/// never considered. Rows are the checklist's areas (with "k of n considered"
/// per interpretation) and, under each, its failure points; columns are the
/// interpretations. A reading that never considered a failure point another
/// one implicates is often where a discussion talks past itself.
class CoverageWidget : public QTreeWidget
{
    Q_OBJECT
public:
    explicit CoverageWidget(QWidget *parent = nullptr);

    void setComparison(const Incident &incident, const QStringList &interpretationIds);
    /// Failure points considered (implicated or ruled out) by column `column`, and in all.
    int considered(int column) const { return m_considered.value(column); }
    int entryCount() const { return m_entries; }

protected:
    /// LanguageChange: its accessible name (the rows are set again by the compare
    /// view, which owns the incident they are worded from)
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<int> m_considered;
    int m_entries = 0;
};

} // namespace faultline
