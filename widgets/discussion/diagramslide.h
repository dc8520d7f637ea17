#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

namespace faultline {

class CanvasScene;
class Document;
class FittingView;

/// Presentation slide of one interpretation: name, author and stance over
/// its diagram, drawn by the editor's own scene items in export mode (read
/// only, from the presentation's snapshot of the incident). With reveal,
/// links appear one at a time in RevealOrder; a factor shows once a shown
/// link touches it (root causes and unlinked factors from the start), and
/// the newest link is highlighted.
class DiagramSlide : public QWidget
{
    Q_OBJECT
public:
    DiagramSlide(Document *snapshot, const QString &interpretationId, QWidget *parent = nullptr);

    /// Shows the first `count` links of revealOrder(); -1 shows everything.
    void setRevealed(int count);
    int revealed() const { return m_revealed; }
    QStringList revealOrder() const { return m_order; }
    /// Ids of the links currently visible, in reveal order.
    QStringList visibleLinkIds() const;
    CanvasScene *scene() const { return m_scene; }

protected:
    /// LanguageChange: the byline and the reveal progress.
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Document *m_snapshot;
    QString m_interpretationId;
    CanvasScene *m_scene;
    FittingView *m_view;
    QLabel *m_byline;
    QLabel *m_progress;
    QStringList m_order;
    int m_revealed = -1;
};

} // namespace faultline
