#include "labeleditor.h"

#include "canvasscene.h"
#include "canvasstyle.h"
#include "factoritem.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QTextLayout>

#include <QTextBlock>
#include <QTextDocument>
#include <algorithm>
#include <cmath>

namespace faultline {

LabelEditor::LabelEditor(const QString &factorId, const QString &text, QWidget *parent)
    : QPlainTextEdit(parent), m_factorId(factorId)
{
    setPlainText(text);
    setObjectName(QStringLiteral("labelEditor"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTabChangesFocus(true);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(3);
    QTextOption option = document()->defaultTextOption();
    option.setAlignment(Qt::AlignHCenter);
    document()->setDefaultTextOption(option);
    applyColors(canvasstyle::CanvasColors());
    selectAll();
}

void LabelEditor::applyColors(const canvasstyle::CanvasColors &colors)
{
    // A light field on the light canvas, a dark one on the dark canvas.
    const bool dark = colors.background.lightness() < 128;
    const QColor field = dark ? colors.background.lighter(150) : QColor(Qt::white);
    const QString style =
        QStringLiteral("QPlainTextEdit { background: %1; color: %2; border: 1px solid %3; "
                       "border-radius: 3px; }")
            .arg(field.name(), colors.text.name(), canvasstyle::selection().name());
    if (style != styleSheet())
        setStyleSheet(style);
}

void LabelEditor::finish(bool commit)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(m_factorId, toPlainText(), commit);
}

int LabelEditor::preferredHeight() const
{
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        lines += std::max(1, block.layout() ? block.layout()->lineCount() : 1);
    return int(lines * fontMetrics().lineSpacing() + 2 * document()->documentMargin() + 4);
}

void LabelEditor::placeOver(const QGraphicsView *view, const FactorItem *item)
{
    if (const auto *scene = qobject_cast<const CanvasScene *>(item->scene()))
        applyColors(scene->colors());
    const qreal zoom = view->transform().m11();
    QFont font = canvasstyle::labelFont(item->scene()->font());
    font.setPixelSize(std::max(6, int(std::lround(13 * zoom))));
    setFont(font);
    // At least as wide as a full label line, so typing does not wrap early.
    const QRectF label = item->mapRectToScene(item->labelRect());
    const qreal width = std::max(label.width(), canvasstyle::kMaxLabelWidth) + 16;
    const QRectF area(label.center().x() - width / 2, label.top() - 4, width, label.height() + 8);
    QRect rect = view->mapFromScene(area).boundingRect();
    rect.setHeight(std::max(rect.height(), preferredHeight()));
    setGeometry(rect);
}

void LabelEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        finish(true);
        return;
    }
    if (enter) { // Shift+Enter: a line break, as plain text
        insertPlainText(QStringLiteral("\n"));
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void LabelEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    // A context menu or a popup taking focus briefly is not "leaving".
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        finish(true);
}

} // namespace faultline
