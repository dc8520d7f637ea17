// libFuzzer target for the DOT importer: any bytes must give an error or an
// incident that validates — never a crash, a hang or a file read.

#include "model/format/incidentvalidator.h"
#include "model/interchange/dotimporter.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const faultline::DotImportResult result = faultline::importDot(bytes);
    if (result.ok && !faultline::validateIncident(result.incident).isEmpty())
        std::abort();
    if (!result.ok && result.error.isEmpty())
        std::abort();
    return 0;
}
