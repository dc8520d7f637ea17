#include "model/format/textescape.h"

namespace faultline::TextEscape {

namespace {
bool xmlForbidden(char32_t code)
{
    return (code < 0x20 && code != 0x9 && code != 0xA && code != 0xD) || code == 0xFFFE ||
           code == 0xFFFF;
}
} // namespace

QString xmlAllowed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t code : text.toUcs4()) {
        if (!xmlForbidden(code))
            out += QString::fromUcs4(&code, 1);
    }
    return out;
}

QString xmlText(const QString &text)
{
    QString out = xmlAllowed(text).toHtmlEscaped(); // & < > "
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return out;
}

QByteArray withoutXmlForbiddenBytes(const QByteArray &utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD)
            continue;
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8.
        if (byte == 0xEF && i + 2 < utf8.size() &&
            static_cast<unsigned char>(utf8[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(utf8[i + 2]) == 0xBE ||
             static_cast<unsigned char>(utf8[i + 2]) == 0xBF)) {
            i += 2;
            continue;
        }
        out += utf8[i];
    }
    return out;
}

QString markdownText(const QString &input)
{
    // CommonMark ends a line at LF, CR or CRLF: all three start a new line here,
    // so a CR cannot smuggle in a heading or a list item unescaped.
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // Inline syntax anywhere; block syntax (headings, lists, quotes) only
    // where it would act, at the start of a line, so the .md stays readable.
    static const QString inlineSpecial = QStringLiteral("\\`*_[]<>|~");
    static const QString lineStart = QStringLiteral("#-+=");
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    bool atLineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inlineSpecial.contains(c) || (atLineStart && lineStart.contains(c)))
            escaped += QLatin1Char('\\');
        else if (atLineStart && c.isDigit()) {
            // "1. " would start a numbered list: escape the full stop after the digits.
            qsizetype end = i;
            while (end < text.size() && text[end].isDigit())
                ++end;
            escaped += text.mid(i, end - i);
            i = end - 1;
            if (end < text.size() &&
                (text[end] == QLatin1Char('.') || text[end] == QLatin1Char(')'))) {
                escaped += QLatin1Char('\\');
                escaped += text[end];
                i = end;
            }
            atLineStart = false;
            continue;
        }
        escaped += c;
        if (c == QLatin1Char('\n'))
            atLineStart = true;
        else if (!c.isSpace())
            atLineStart = false;
    }
    return escaped;
}

QString markdownCell(const QString &text)
{
    // CommonMark lets a backslash escape any ASCII punctuation, so escaping the
    // characters that start markup (and the pipe that ends a cell) keeps a
    // label plain text, whatever it contains.
    static const QString special = QStringLiteral("\\`*_[]<>|~&");
    QString cell;
    cell.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !cell.isEmpty() && !cell.endsWith(QLatin1Char(' ')))
            cell += QLatin1Char(' ');
        pendingSpace = false;
        if (special.contains(c))
            cell += QLatin1Char('\\');
        cell += c;
    }
    return cell.trimmed();
}

QString csvField(const QString &text)
{
    // Spreadsheets run a cell that starts with one of these as a formula
    // (OWASP's CSV injection list); an apostrophe makes it text.
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    const bool formula = !text.isEmpty() && formulaStart.contains(text.front());
    const QString field = formula ? QLatin1Char('\'') + text : text;
    if (!formula && !field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace faultline::TextEscape
