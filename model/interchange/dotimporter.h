#pragma once

#include "model/incident.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace faultline {

/// Limits of DOT import, checked before Graphviz sees the text.
constexpr qsizetype kMaxDotBytes = 8 * 1024 * 1024;
constexpr int kMaxDotNesting = 100;          ///< braces ({ subgraphs }) inside each other
constexpr int kMaxDotElements = 50000;       ///< nodes plus edges
constexpr int kMaxImportedTextLength = 2000; ///< characters kept of a label or description

/// Outcome of a DOT import: on success `incident` holds the target incident
/// with one new interpretation `interpretationId`; on failure `error` says
/// why (with `errorLine` when Graphviz named one) and `incident` is untouched.
struct DotImportResult
{
    bool ok = false;
    QString error;
    int errorLine = 0;
    Incident incident;
    QString interpretationId;
    bool positioned = false; ///< every node had a `pos`; otherwise they sit on a grid
    QStringList warnings;    ///< things dropped or changed (self links, clamped text, …)
};

/// Read DOT text of any Graphviz graph and add it to `into` as a NEW
/// interpretation: nodes become factors placed in it, edges its links.
///
/// Mapping: node `label` (or the node name) is the factor label, plain text
/// (HTML labels lose their tags); `kind` is used when it names a built-in
/// kind or one of `into`'s custom kinds, otherwise the factor gets the custom
/// kind "imported" (added when missing); `rootCause`, `description` and
/// `pos` (points, y up, as Graphviz writes them) are read when present, and
/// nodes get a grid position otherwise. Edge `relation`, `strength` and
/// `label` are read; `id` is kept when free. Subgraphs are flattened. A node
/// whose name is a factor id of `into` with the same label reuses that factor
/// (so interpretations share factors); every other id is made unique.
///
/// Safety: only the attributes above are read and Graphviz is never asked to
/// lay out or render the graph, so attributes naming files (image,
/// shapefile, fontpath, …) are never followed; input over kMaxDotBytes,
/// with NUL bytes or nested deeper than kMaxDotNesting is refused before
/// parsing; text is clamped to kMaxImportedTextLength.
DotImportResult importDotInto(const QByteArray &dot, const Incident &into,
                              const QString &fallbackName = {});

/// importDotInto() an empty incident titled after the graph (or `fallbackName`).
[[nodiscard]] DotImportResult importDot(const QByteArray &dot, const QString &fallbackName = {});

/// What one pass over DOT text outside strings, HTML labels and comments finds.
struct DotScan
{
    int deepest = 0;     ///< deepest brace nesting; -1 when it exceeded the limit
    int tooDeepLine = 0; ///< 1-based line where the limit was exceeded
    int graphs = 0;      ///< top-level graphs (cgraph reads only the first)
};

/// Scans `dot` (stopping where nesting exceeds `limit`) and blanks its
/// preprocessor lines (`# 1 "/etc/passwd"`) with spaces: cgraph would take
/// their file name and line number into its error messages. Blanking keeps
/// every other line and offset where it was.
DotScan scanDot(QByteArray &dot, int limit);

/// Deepest brace nesting of DOT text outside strings and comments; -1 when
/// it exceeds `limit` (scanning stops there). `line` gets the 1-based line
/// where the limit was exceeded.
int dotNestingDepth(const QByteArray &dot, int limit, int *line = nullptr);

} // namespace faultline
