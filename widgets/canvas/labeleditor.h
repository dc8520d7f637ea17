#pragma once

#include "canvasstyle.h"

#include <QPlainTextEdit>

class QGraphicsView;

namespace faultline {

class FactorItem;

/// The inline editor for a factor's label, laid over the canvas viewport.
/// A QPlainTextEdit because it can only hold plain text: pasted or dropped
/// HTML never becomes rich text, so nothing is loaded from disk.
/// Enter commits, Shift+Enter inserts a line break, Esc cancels, leaving the
/// editor commits.
class LabelEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    LabelEditor(const QString &factorId, const QString &text, QWidget *parent);

    QString factorId() const { return m_factorId; }
    /// Ends editing once; later calls do nothing.
    void finish(bool commit);
    /// Height that shows all lines at the current width.
    int preferredHeight() const;
    /// Lays the editor over `item`'s label as `view` shows it (position and zoom).
    void placeOver(const QGraphicsView *view, const FactorItem *item);

Q_SIGNALS:
    void finished(const QString &factorId, const QString &text, bool commit);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    /// The field's colours for the canvas colours it edits on (light or dark).
    void applyColors(const canvasstyle::CanvasColors &colors);

    QString m_factorId;
    bool m_done = false;
};

} // namespace faultline
