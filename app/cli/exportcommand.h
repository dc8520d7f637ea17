#pragma once

#include <QStringList>
#include <QTextStream>

namespace faultline {

/// `faultline export FILE [--interpretation ID|NAME]… [--all] [--compare A,B[,C]]
/// --format png|svg|pdf [--dpi N | --size WxH] [--page slide|a4|a4-portrait|fit]
/// [--theme light|dark|print|contrast] [--transparent] [--no-legend]
/// [--legend right|bottom] [--no-title] [--title TEXT] [--references]
/// [--lens plain|root-cause|levers|gaps] [--margin N] -o OUT`:
/// renders diagrams without a display (main() selects the offscreen platform).
/// Several --interpretation options, or --all, give one file each for PNG
/// and SVG (OUT with the interpretation id as suffix) and one page each for PDF.
/// Returns 0 on success, 1 when FILE does not load or OUT cannot be written,
/// 2 on a usage error (bad option or value, unknown or ambiguous interpretation).
int runExport(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace faultline
