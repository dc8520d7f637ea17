#include "app/controllers/elementhighlight.h"

#include "model/document.h"
#include "model/versioning/elementrecords.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/common/interpretationtabs.h"

namespace faultline {

void highlightElement(const ControllerContext &context, const QString &elementKey)
{
    InterpretationTabs *tabs = context.tabs;
    if (!tabs)
        return;
    QString reading = ElementRecords::idIn(elementKey, QStringLiteral("interpretation"));
    const QString factorId = ElementRecords::idIn(elementKey, QStringLiteral("factor"));
    // A factor is shown in the current reading when it is placed there, else
    // in the first reading that places it.
    const Incident &incident = context.document->incident();
    const Interpretation *current = incident.findInterpretation(tabs->currentInterpretationId());
    if (!factorId.isEmpty() && !(current && current->usesFactor(factorId)))
        for (const Interpretation &candidate : incident.interpretations)
            if (candidate.usesFactor(factorId)) {
                reading = candidate.id;
                break;
            }
    if (!reading.isEmpty() && tabs->indexOf(reading) >= 0)
        tabs->setCurrentInterpretation(reading);
    CanvasView *view = tabs->currentView();
    if (!view)
        return;
    const QString link = ElementRecords::idIn(elementKey, QStringLiteral("link"));
    QString factor = factorId;
    if (factor.isEmpty())
        factor = ElementRecords::idIn(elementKey, QStringLiteral("placement"));
    view->selectElements(factor.isEmpty() ? QStringList() : QStringList{factor},
                         link.isEmpty() ? QStringList() : QStringList{link});
}

} // namespace faultline
