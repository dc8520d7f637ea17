#pragma once

#include <QByteArray>
#include <QString>

namespace faultline::TextEscape {

// Every text that leaves Faultline passes one of these on its way into a file
// of another format, so a label, title or note is always data there: never
// markup, a formula or a character the format forbids.

/// `text` without the characters XML 1.0 forbids (C0 controls other than tab,
/// LF and CR; U+FFFE, U+FFFF; lone surrogates become U+FFFD). For text handed
/// to an XML writer that escapes markup itself (QXmlStreamWriter).
[[nodiscard]] QString xmlAllowed(const QString &text);

/// `text` as XML character data or an attribute value: forbidden characters
/// dropped, `& < > " '` written as entities. For writers that do not escape
/// (QSvgGenerator's title and description).
[[nodiscard]] QString xmlText(const QString &text);

/// UTF-8 XML produced by a third-party writer with the bytes of forbidden
/// characters removed: C0 controls other than tab, LF and CR, and the
/// encodings of U+FFFE and U+FFFF. Multi-byte sequences are otherwise kept.
[[nodiscard]] QByteArray withoutXmlForbiddenBytes(const QByteArray &utf8);

/// Inline Markdown text: syntax characters backslash-escaped everywhere,
/// block syntax (headings, lists, quotes, numbered items) escaped where a line
/// starts. A CR or CRLF starts a line as LF does, and is written as LF.
[[nodiscard]] QString markdownText(const QString &text);

/// One Markdown table cell: line breaks and tabs become one space, markup
/// characters and the cell separator are escaped.
[[nodiscard]] QString markdownCell(const QString &text);

/// One CSV field (RFC 4180: quoted when it holds a comma, quote or line
/// break). A field a spreadsheet would take as a formula (starting with
/// `= + - @`, tab or CR) is neutralised with a leading apostrophe and quoted.
[[nodiscard]] QString csvField(const QString &text);

} // namespace faultline::TextEscape
