#pragma once

// The small two-reading incident the export tests draw (tst_export.cpp).

#include "../common/elementbuilders.h"
#include "model/incident.h"

#include <QPointF>
#include <QString>
#include <QStringList>

namespace faultline::test {

// Long enough to wrap onto several lines in a box (labels wrap at 160 units).
inline const QString kLongLabel =
    QStringLiteral("Team reward paid for every step the hiders stay out of sight of the seekers");

inline Source source(const QString &id, const QString &title)
{
    Source s;
    s.id = id;
    s.authors = QStringLiteral("Author ") + id;
    s.title = title;
    s.year = 2020;
    return s;
}

// "a": reward and environment (root causes) over the behaviour at the
// bottom, whose actual vs ideal card hangs below the lowest box; causes and
// prevents links citing s2, s1 and a dangling id. "b" adds an oversight
// factor, an enables link and the only citation of s3.
inline Incident exportIncident()
{
    Incident incident;
    incident.title = QStringLiteral("Export test incident");
    Factor behaviour =
        factor(QStringLiteral("b1"), QStringLiteral("behaviour"), QStringLiteral("Box surfing"));
    behaviour.actual = QStringLiteral("Rides boxes");
    behaviour.ideal = QStringLiteral("Stays grounded");
    incident.factors = {
        factor(QStringLiteral("r1"), QStringLiteral("reward"), kLongLabel),
        factor(QStringLiteral("e1"), QStringLiteral("environment"), QStringLiteral("Mid-air push")),
        behaviour,
        factor(QStringLiteral("o1"), QStringLiteral("oversight"),
               QStringLiteral("Nobody watched"))};
    incident.sources = {
        source(QStringLiteral("s1"), QStringLiteral("First cited second")),
        source(QStringLiteral("s2"), QStringLiteral("Cited first of all")),
        source(QStringLiteral("s3"), QStringLiteral("Cited only by the other reading"))};
    Interpretation a;
    a.id = QStringLiteral("a");
    a.name = QStringLiteral("Reading A");
    a.placements = {placement(QStringLiteral("r1"), {0, 0}, true),
                    placement(QStringLiteral("e1"), {320, 0}, true),
                    placement(QStringLiteral("b1"), {160, 240})};
    a.links = {link(QStringLiteral("l1"), QStringLiteral("r1"), QStringLiteral("b1"),
                    Relation::Causes, {QStringLiteral("s2"), QStringLiteral("s1")}),
               link(QStringLiteral("l2"), QStringLiteral("e1"), QStringLiteral("b1"),
                    Relation::Prevents, {QStringLiteral("s1"), QStringLiteral("no-such-source")})};
    Interpretation b;
    b.id = QStringLiteral("b");
    b.name = QStringLiteral("Reading B");
    b.placements = {placement(QStringLiteral("r1"), {0, 0}, true),
                    placement(QStringLiteral("o1"), {320, 0}),
                    placement(QStringLiteral("b1"), {160, 240})};
    b.links = {
        link(QStringLiteral("l3"), QStringLiteral("r1"), QStringLiteral("b1"), Relation::Causes,
             {QStringLiteral("s3")}),
        link(QStringLiteral("l4"), QStringLiteral("o1"), QStringLiteral("b1"), Relation::Enables)};
    incident.interpretations = {a, b};
    return incident;
}

} // namespace faultline::test
