#include "discussion.h"

#include "model/compare/crux.h"

#include <algorithm>

#include <QCoreApplication>

namespace faultline {

QString toString(CruxResolution resolution)
{
    switch (resolution) {
    case CruxResolution::Open:
        return QStringLiteral("open");
    case CruxResolution::Resolved:
        return QStringLiteral("resolved");
    case CruxResolution::BothPartly:
        return QStringLiteral("both-partly");
    case CruxResolution::NeedsEvidence:
        return QStringLiteral("needs-evidence");
    }
    return {};
}

std::optional<CruxResolution> cruxResolutionFromString(const QString &text)
{
    for (CruxResolution r : allCruxResolutions())
        if (toString(r) == text)
            return r;
    return std::nullopt;
}

QString displayName(CruxResolution resolution)
{
    switch (resolution) {
    case CruxResolution::Open:
        return QCoreApplication::translate("faultline::CruxResolution", "Open");
    case CruxResolution::Resolved:
        return QCoreApplication::translate("faultline::CruxResolution", "Resolved");
    case CruxResolution::BothPartly:
        return QCoreApplication::translate("faultline::CruxResolution", "Both partly right");
    case CruxResolution::NeedsEvidence:
        return QCoreApplication::translate("faultline::CruxResolution", "Needs evidence");
    }
    return {};
}

const QList<CruxResolution> &allCruxResolutions()
{
    static const QList<CruxResolution> all{CruxResolution::Open, CruxResolution::Resolved,
                                           CruxResolution::BothPartly,
                                           CruxResolution::NeedsEvidence};
    return all;
}

QString toString(PositionStance stance)
{
    switch (stance) {
    case PositionStance::Reading:
        return QStringLiteral("reading");
    case PositionStance::BothPartly:
        return QStringLiteral("both-partly");
    case PositionStance::Neither:
        return QStringLiteral("neither");
    }
    return {};
}

std::optional<PositionStance> positionStanceFromString(const QString &text)
{
    for (const PositionStance s :
         {PositionStance::Reading, PositionStance::BothPartly, PositionStance::Neither})
        if (toString(s) == text)
            return s;
    return std::nullopt;
}

const CruxPosition *CruxRecord::findPosition(const QString &participant) const
{
    for (const CruxPosition &p : positions)
        if (p.participant == participant)
            return &p;
    return nullptr;
}

int Discussion::recordIndex(const QStringList &interpretationIds, const QString &cruxKey) const
{
    for (int i = 0; i < records.size(); ++i)
        if (records[i].cruxKey == cruxKey && records[i].interpretationIds == interpretationIds)
            return i;
    return -1;
}

const CruxRecord *Discussion::findRecord(const QStringList &interpretationIds,
                                         const QString &cruxKey) const
{
    const int i = recordIndex(interpretationIds, cruxKey);
    return i < 0 ? nullptr : &records[i];
}

Discussion withoutInterpretation(Discussion discussion, const QString &interpretationId)
{
    discussion.records.removeIf([&](const CruxRecord &record) {
        return record.interpretationIds.contains(interpretationId);
    });
    return discussion;
}

Discussion withCurrentCruxKeys(Discussion discussion)
{
    QList<CruxRecord> merged;
    for (CruxRecord &record : discussion.records) {
        record.cruxKey = migrateLegacyCruxKey(record.cruxKey);
        auto same = std::find_if(merged.begin(), merged.end(), [&](const CruxRecord &kept) {
            return kept.cruxKey == record.cruxKey &&
                   kept.interpretationIds == record.interpretationIds;
        });
        if (same == merged.end()) {
            merged.append(std::move(record));
            continue;
        }
        for (const CruxPosition &position : std::as_const(record.positions))
            if (!same->findPosition(position.participant))
                same->positions.append(position);
        if (!record.note.isEmpty())
            same->note = same->note.isEmpty() ? record.note
                                              : same->note + QStringLiteral("\n\n") + record.note;
        if (same->resolution == CruxResolution::Open && record.resolution != CruxResolution::Open) {
            same->resolution = record.resolution;
            same->resolvedAs = record.resolvedAs;
        }
    }
    discussion.records = std::move(merged);
    return discussion;
}

} // namespace faultline
