#pragma once

#include <QList>
#include <QWidget>

namespace faultline {

class CanvasScene;

/// The compare view's legend strip: the relations and the marks (missing
/// here, only here, root cause, evidence and failure-point badges, crux
/// number) drawn in the columns right now, and only those, painted by the
/// export legend's own code so screen and slide explain a mark alike.
class MarkLegendStrip : public QWidget
{
    Q_OBJECT
public:
    explicit MarkLegendStrip(QWidget *parent = nullptr);

    /// Reads what `scenes` show; call again when that changes (diff styling, crux focus).
    void showMarksOf(const QList<CanvasScene *> &scenes);
    /// The words of the entries shown, in order (for tests and accessibility).
    QStringList entryTexts() const { return m_texts; }

    QSize sizeHint() const override;
    int heightForWidth(int width) const override;
    bool hasHeightForWidth() const override { return true; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QList<CanvasScene *> m_scenes;
    QStringList m_texts;
};

} // namespace faultline
