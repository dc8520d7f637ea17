#pragma once

#include <QLabel>
#include <QString>

// Helpers for showing document text (labels, notes, quotes, names) safely.
// Files come from strangers: rich text would load local images
// (<img src="/etc/passwd">), so document text is never interpreted.
namespace faultline::plaintext {

/// A QLabel that never interprets its text as HTML.
inline QLabel *label(const QString &text = {}, QWidget *parent = nullptr)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setText(text);
    return l;
}

/// A tooltip showing `text` literally. Tooltips guess rich text on their own
/// (Qt::mightBeRichText), so document text is escaped and wrapped, which
/// also lets long descriptions wrap.
inline QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(escaped);
}

/// Text for menus, buttons and tab titles, where '&' marks a mnemonic.
inline QString noMnemonic(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

/// One line for lists: line breaks become spaces and very long text is cut.
inline QString oneLine(QString text, int maxChars = 120)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text = text.simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

} // namespace faultline::plaintext
