#include "presentationplan.h"

namespace faultline {

QList<PresentationStep> PresentationPlan::build(const Incident &incident, RevealMode reveal,
                                                bool compare, int cruxCount)
{
    using Kind = PresentationStep::Kind;
    QList<PresentationStep> steps{{Kind::Title, 0, -1}};
    for (int i = 0; i < incident.interpretations.size(); ++i) {
        const int links = int(incident.interpretations[i].links.size());
        if (reveal == RevealMode::All || links == 0) {
            steps.append({Kind::Reading, i, -1});
            continue;
        }
        if (reveal == RevealMode::Stages) {
            for (int stage = 0; stage < kStageCount; ++stage)
                steps.append({Kind::Reading, i, -1, stage});
            continue;
        }
        for (int shown = 0; shown <= links; ++shown)
            steps.append({Kind::Reading, i, shown});
    }
    if (compare) {
        steps.append({Kind::Compare, 0, -1});
        for (int i = 0; i < cruxCount; ++i)
            steps.append({Kind::Crux, i, -1});
    }
    steps.append({Kind::End, 0, -1});
    return steps;
}

} // namespace faultline
