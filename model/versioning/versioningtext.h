#pragma once

#include <QCoreApplication>

namespace faultline {

/// The translation context of the version diff, merge and conflict texts.
struct VersioningText
{
    Q_DECLARE_TR_FUNCTIONS(faultline::Versioning)
};

} // namespace faultline
