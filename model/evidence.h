#pragma once

#include "enums.h"

#include <QString>

namespace faultline {

/// Support or counter-evidence for one link.
struct Evidence
{
    QString id;
    EvidenceKind kind = EvidenceKind::Observation;
    QString sourceId;        ///< id of a Source of the incident; empty when uncited
    QString locator;         ///< page, section, figure or timestamp
    QString quote;           ///< short verbatim quote, plain text
    double confidence = 0.5; ///< 0..1
    Stance stance = Stance::Supports;
    QString note;

    bool operator==(const Evidence &) const = default;
};

} // namespace faultline
