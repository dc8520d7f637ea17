#pragma once

#include "lensoverlayitem.h"

#include "model/analysis/diagnostic.h"

#include <QFont>
#include <QStringList>

namespace faultline {

/// A small round marker on a factor's corner or a link's middle saying
/// "a diagnostic is about this": "!" for warnings, "i" for notes. The
/// tooltip lists the messages. Drawn in the editor only, never in exports.
class DiagnosticMarkerItem : public LensOverlayItem
{
public:
    enum
    {
        Type = UserType + 44
    };

    DiagnosticMarkerItem(DiagnosticSeverity severity, const QStringList &messages,
                         const QFont &baseFont);

    int type() const override { return Type; }
    DiagnosticSeverity severity() const { return m_severity; }
    QStringList messages() const { return m_messages; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    DiagnosticSeverity m_severity;
    QStringList m_messages;
    QFont m_font;
};

} // namespace faultline
