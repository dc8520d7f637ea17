#include "examplethumbnail.h"

#include "model/document.h"
#include "model/incident.h"
#include "widgets/canvas/canvasscene.h"

#include <QPainter>

namespace faultline {

QImage ExampleThumbnail::render(const Incident &incident, const QSize &size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    if (incident.interpretations.isEmpty())
        return image;
    Document document;
    document.resetIncident(incident);
    CanvasScene scene(&document, incident.interpretations.first().id);
    scene.setExportMode(true);
    const QRectF source = scene.diagramRect().adjusted(-12, -12, 12, 12);
    if (source.isEmpty())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // render() keeps the aspect ratio and centres the diagram in the target.
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::KeepAspectRatio);
    return image;
}

} // namespace faultline
