#pragma once

#include <QStringList>
#include <QTextStream>

namespace faultline {

/// `faultline merge BASE OURS THEIRS -o OUT`: three-way merge, usable as git's
/// merge driver (`%O %A %B -o %A`). Exit 0 when clean, 1 when OUT holds
/// conflicts (its `conflicts` section), 2 on an error.
int runMerge(const QStringList &args, QTextStream &out, QTextStream &err);

/// `faultline git-setup [--global]`: the `.gitattributes` line and the diff and
/// merge driver configuration, for this repository or for the user.
int runGitSetup(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace faultline
