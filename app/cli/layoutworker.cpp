#include "app/cli/layoutworker.h"

#include "model/layout/layoutjson.h"

#include <QFile>

#include <cstdio>

namespace faultline {

int runLayoutWorker()
{
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
        return 2;
    QString error;
    const bool ok = serveLayoutRequest(in, out, &error);
    out.flush();
    if (!ok) {
        std::fprintf(stderr, "faultline --layout-worker: %s\n", qPrintable(error));
        return 2;
    }
    return 0;
}

} // namespace faultline
