#pragma once

#include <QSet>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace faultline {

class CanvasScene;
class Document;
class FittingView;

/// Presentation slide of one interpretation: name, author and stance over
/// its diagram, drawn by the editor's own scene items in export mode (read
/// only, from the presentation's snapshot of the incident). With link
/// reveal, links appear one at a time in RevealOrder; a factor shows once a
/// shown link touches it (root causes and unlinked factors from the start),
/// and the newest link is highlighted. With staged reveal the diagram comes
/// in three steps: the root causes (and unlinked factors), then the paths
/// (every factor and link but the behaviour), then the behaviour (factors of
/// the "behaviour" kind, or where the paths end when there are none) with
/// the links into it highlighted.
class DiagramSlide : public QWidget
{
    Q_OBJECT
public:
    DiagramSlide(Document *snapshot, const QString &interpretationId, QWidget *parent = nullptr);

    /// Shows the first `count` links of revealOrder(); -1 shows everything.
    void setRevealed(int count);
    int revealed() const { return m_revealed; }
    /// Staged reveal: shows stage 0 (root causes), 1 (paths) or 2 (the
    /// behaviour, everything); -1 shows everything unstaged.
    void setStage(int stage);
    int stage() const { return m_stage; }
    /// The factors revealed last in staged reveal.
    QStringList behaviourFactorIds() const { return m_behaviour; }
    QStringList revealOrder() const { return m_order; }
    /// Ids of the links currently visible, in reveal order.
    QStringList visibleLinkIds() const;
    CanvasScene *scene() const { return m_scene; }

protected:
    /// LanguageChange: the byline and the reveal progress.
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// Shows the links in `shown` (highlighting `highlighted`), and the
    /// factors that are root causes, unlinked, touched by a shown link or
    /// in `alsoFactors`.
    void showOnly(const QSet<QString> &shown, const QSet<QString> &highlighted,
                  const QSet<QString> &alsoFactors);
    void updateProgress();

    Document *m_snapshot;
    QString m_interpretationId;
    CanvasScene *m_scene;
    FittingView *m_view;
    QLabel *m_byline;
    QLabel *m_progress;
    QStringList m_order;
    QStringList m_behaviour;
    int m_revealed = -1;
    int m_stage = -1;
};

} // namespace faultline
