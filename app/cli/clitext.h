#pragma once

#include <QCoreApplication>

namespace faultline {

/// The translation context of every command-line text. lupdate files a free
/// tr() call under the class or namespace around the call, not under a
/// helper's context: calls name this context class instead, so the strings of
/// all sub-commands stay under "faultline::Cli" in translations/*.ts.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::Cli)
};

} // namespace faultline
