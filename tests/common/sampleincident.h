#pragma once

// A small incident that uses every field of the format, shared by the
// model tests (header-only so each test stays one executable).

#include "model/incident.h"

namespace faultline::test {

inline Incident sampleIncident()
{
    Incident incident;
    incident.title = QStringLiteral("Hide-and-seek: box surfing");
    incident.summary = QStringLiteral("Seekers surf on boxes.");
    incident.tags = {QStringLiteral("reward-misspecification"), QStringLiteral("simulator-bug")};
    incident.sources = {{QStringLiteral("baker2019"), QStringLiteral("Baker, Kanitscheider"),
                         QStringLiteral("Emergent Tool Use From Multi-Agent Autocurricula"), 2019,
                         QStringLiteral("ICLR 2020"),
                         QStringLiteral("https://arxiv.org/abs/1909.07528"),
                         QStringLiteral("10.48550/arXiv.1909.07528")},
                        {QStringLiteral("s2"), {}, QStringLiteral("Unused note"), 0, {}, {}, {}}};
    incident.customKinds = {{QStringLiteral("interpreter"),
                             QStringLiteral("Mechanistic interpreter"), QStringLiteral("#aa5500"),
                             QStringLiteral("octagon")}};
    incident.checklistExtensions = {
        {QStringLiteral("box-lock-missing"), QStringLiteral("environment"),
         QStringLiteral("Boxes cannot be locked in place"),
         QStringLiteral("Hiders could not secure boxes."), QStringLiteral("baker2019")}};
    incident.factors = {
        {QStringLiteral("reward"),
         QStringLiteral("reward"),
         QStringLiteral("Team reward for hiding"),
         QStringLiteral("+1/-1 per step"),
         {QStringLiteral("reward-misspecified")},
         {},
         {}},
        {QStringLiteral("physics"),
         QStringLiteral("environment"),
         QStringLiteral("Mid-air push"),
         {},
         {QStringLiteral("broken-physics"), QStringLiteral("box-lock-missing")},
         QStringLiteral("Force applies in mid-air"),
         QStringLiteral("Force only on the ground")},
        {QStringLiteral("surfing"),
         QStringLiteral("behaviour"),
         QStringLiteral("Box surfing <img src=\"x\">"),
         {},
         {},
         {},
         {}},
        {QStringLiteral("probe"),
         QStringLiteral("interpreter"),
         QStringLiteral("Probe"),
         {},
         {},
         {},
         {}},
    };
    Interpretation both;
    both.id = QStringLiteral("both");
    both.name = QStringLiteral("Reward and environment");
    both.author = QStringLiteral("Reading group");
    both.stance = QStringLiteral("Neither alone explains it");
    both.summary = QStringLiteral("Both matter.");
    both.placements = {{QStringLiteral("reward"), QPointF(0, 0), true, true,
                        QStringLiteral("Reward staying hidden")},
                       {QStringLiteral("physics"), QPointF(220.5, 0), false, true, {}},
                       {QStringLiteral("surfing"), QPointF(110, 150.25), false, false, {}}};
    Link l1;
    l1.id = QStringLiteral("l1");
    l1.from = QStringLiteral("physics");
    l1.to = QStringLiteral("surfing");
    l1.relation = Relation::Enables;
    l1.strength = 4;
    l1.label = QStringLiteral("lets agents move");
    l1.evidence = {{QStringLiteral("e1"), EvidenceKind::AuthorClaim, QStringLiteral("baker2019"),
                    QStringLiteral("Sec. 4"), QStringLiteral("quote"), 0.8, Stance::Supports,
                    QStringLiteral("n")},
                   {QStringLiteral("e2"),
                    EvidenceKind::Speculation,
                    {},
                    {},
                    {},
                    0.2,
                    Stance::Contradicts,
                    {}}};
    l1.route = {QPointF(220, 35), QPointF(200, 80), QPointF(130, 100), QPointF(110, 115)};
    Link l2;
    l2.id = QStringLiteral("l2");
    l2.from = QStringLiteral("reward");
    l2.to = QStringLiteral("surfing");
    both.links = {l1, l2};
    both.ruledOutAreas = {{QStringLiteral("algorithm"), QStringLiteral("PPO worked as designed")}};
    both.ruledOutFailureModes = {{QStringLiteral("inappropriate-inductive-bias"), {}}};
    Interpretation rewardOnly;
    rewardOnly.id = QStringLiteral("reward-only");
    rewardOnly.name = QStringLiteral("Reward only");
    rewardOnly.placements = {{QStringLiteral("reward"), QPointF(0, 0), false, true,
                              QStringLiteral("Say in the objective which means count")},
                             {QStringLiteral("surfing"), QPointF(0, 150), false, false, {}}};
    Link l3;
    l3.id = QStringLiteral("l3");
    l3.from = QStringLiteral("reward");
    l3.to = QStringLiteral("surfing");
    l3.relation = Relation::Causes;
    l3.strength = 5; // "both" leaves the default 3: a link crux
    rewardOnly.links = {l3};
    incident.interpretations = {both, rewardOnly};
    incident.discussion.participants = {QStringLiteral("Ana"), QStringLiteral("Bo"),
                                        QStringLiteral("Chen")};
    CruxRecord physicsCrux;
    physicsCrux.interpretationIds = {QStringLiteral("both"), QStringLiteral("reward-only")};
    physicsCrux.cruxKey = QStringLiteral("factor|physics");
    physicsCrux.positions = {{QStringLiteral("Ana"), QStringLiteral("both")},
                             {QStringLiteral("Bo"), {}}};
    physicsCrux.note = QStringLiteral("Physics bug shown in the video at 2:10.");
    physicsCrux.resolution = CruxResolution::Resolved;
    physicsCrux.resolvedAs = QStringLiteral("both");
    CruxRecord linkCrux;
    linkCrux.interpretationIds = {QStringLiteral("both"), QStringLiteral("reward-only")};
    linkCrux.cruxKey = QStringLiteral("link|reward,surfing");
    linkCrux.resolution = CruxResolution::NeedsEvidence;
    incident.discussion.records = {physicsCrux, linkCrux};
    return incident;
}

} // namespace faultline::test
