#include "diffengine.h"

#include "comparison.h"

namespace faultline {

DiffResult DiffEngine::compare(const Incident &incident, const QStringList &interpretationIds)
{
    DiffResult result;
    Comparison comparison(incident, interpretationIds, result);
    comparison.run();
    return result;
}

} // namespace faultline
