#pragma once

// Lets a test or benchmark executable double as the layout worker, so the
// process runner is exercised without the faultline executable (header-only
// so each test stays one executable).

#include "model/layout/layoutjson.h"

#include <QFile>
#include <QString>

#include <cstdio>
#include <cstring>

namespace faultline::test {

/// When `argv` asks for `--layout-worker`, answers one LayoutRequest read
/// from stdin on stdout, as the faultline executable does, and returns the
/// process's exit code; returns -1 for any other command line.
inline int runAsLayoutWorker(int argc, char **argv)
{
    if (argc < 2 || std::strcmp(argv[1], "--layout-worker") != 0)
        return -1;
    QFile in;
    QFile out;
    QString error;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly) ||
        !serveLayoutRequest(in, out, &error))
        return 2;
    return 0;
}

} // namespace faultline::test
