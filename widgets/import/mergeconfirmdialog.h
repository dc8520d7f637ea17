#pragma once

#include "model/compare/interpretationmerge.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace faultline {

/// Confirms importing a colleague's interpretations: lists how each of their
/// factors maps onto ours (by id, by kind and label, or new) and which
/// interpretations are added under which name. Label matches carry a
/// checkbox: unticking one imports that factor as a new factor instead.
/// Matches by id are exact and cannot be turned down here.
class MergeConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MergeConfirmDialog(const InterpretationMerge &plan, QWidget *parent = nullptr);

    /// The plan with the user's choices (rejected label matches) applied.
    InterpretationMerge plan() const;

    /// One row per factor of theirs, in their order (column 0 their label,
    /// 1 our matched factor, 2 how; user data of column 0 their id).
    QTreeWidget *factorTree() const { return m_factors; }
    /// The interpretations to add, with the names they will get.
    QListWidget *interpretationList() const { return m_interpretations; }

private:
    void fillFactors();
    void fillInterpretations();
    void onItemChanged(QTreeWidgetItem *item, int column);

    InterpretationMerge m_plan;
    QLabel *m_summary;
    QTreeWidget *m_factors;
    QListWidget *m_interpretations;
};

} // namespace faultline
