#include "model/interpretationresolver.h"

namespace faultline {

InterpretationMatch resolveInterpretation(const Incident &incident, const QString &typed,
                                          Qt::CaseSensitivity nameCase)
{
    InterpretationMatch match;
    if (incident.findInterpretation(typed)) {
        match.outcome = InterpretationMatch::Outcome::Found;
        match.id = typed;
        return match;
    }
    for (const Interpretation &interp : incident.interpretations)
        if (interp.name.compare(typed, nameCase) == 0)
            match.candidates.append(interp.id);
    if (match.candidates.size() == 1) {
        match.outcome = InterpretationMatch::Outcome::Found;
        match.id = match.candidates.takeFirst();
    } else if (match.candidates.size() > 1) {
        match.outcome = InterpretationMatch::Outcome::Ambiguous;
    }
    return match;
}

} // namespace faultline
