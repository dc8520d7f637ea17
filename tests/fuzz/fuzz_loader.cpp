// libFuzzer target for the .faultline loader: any bytes must give either a
// valid incident or errors — never a crash, a hang or a half-loaded result.
// A loaded incident must survive a save/load round trip unchanged.

#include "model/format/faultlinereader.h"
#include "model/format/faultlinewriter.h"
#include "model/format/incidentvalidator.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const faultline::LoadResult result = faultline::readFaultline(bytes);
    if (result.ok() != result.messages().isEmpty())
        std::abort();
    if (result.ok()) {
        if (!faultline::validateIncident(result.value()).isEmpty())
            std::abort();
        const QByteArray saved = faultline::writeFaultline(result.value());
        const faultline::LoadResult again = faultline::readFaultline(saved);
        if (!again.ok() || !(again.value() == result.value()))
            std::abort();
    }
    return 0;
}
