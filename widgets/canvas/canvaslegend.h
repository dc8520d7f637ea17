#pragma once

#include "model/enums.h"

#include <QList>
#include <QWidget>

class QToolButton;

namespace faultline {

class CanvasView;

/// A small key in the canvas corner: the line style of each relation used in
/// the interpretation (solid causes, dashed enables, double amplifies, a bar
/// for prevents) and the marks that appear on it (root cause, evidence count,
/// failure-mode tags). Collapses to its title; hidden when nothing is drawn.
class CanvasLegend : public QWidget
{
    Q_OBJECT
public:
    explicit CanvasLegend(CanvasView *view);

    /// Relations in use, in the legend's order.
    QList<Relation> relations() const { return m_relations; }
    bool isCollapsed() const;
    void setCollapsed(bool collapsed);
    /// Reads the interpretation again (also done on every change).
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        enum class Sample
        {
            Relation,
            RootCause,
            Evidence,
            Tag
        } sample;
        Relation relation = Relation::Causes;
        QString text;
    };
    QList<Row> rows() const;
    void place();

    CanvasView *m_view;
    QToolButton *m_toggle;
    QList<Relation> m_relations;
    bool m_rootCause = false;
    bool m_evidence = false;
    bool m_tags = false;
};

} // namespace faultline
