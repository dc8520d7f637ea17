#pragma once

#include <QImage>
#include <QSize>

namespace faultline {

struct Incident;

/// A small picture of an incident for the gallery: its first interpretation
/// drawn by the canvas's own items (export mode: no grid, no handles),
/// scaled to fit and centred on a white card.
class ExampleThumbnail
{
public:
    static QImage render(const Incident &incident, const QSize &size, qreal devicePixelRatio = 1);
};

} // namespace faultline
