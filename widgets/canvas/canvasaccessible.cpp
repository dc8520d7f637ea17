#include "canvasaccessible.h"

#include "canvasview.h"

#include "model/document.h"
#include "model/enums.h"
#include "model/kindstyle.h"

#include <QAccessible>
#include <QEvent>
#include <QGraphicsScene>

namespace faultline {

CanvasAccessible::CanvasAccessible(CanvasView *view) : QObject(view), m_view(view)
{
    connect(view, &CanvasView::selectionChanged, this, &CanvasAccessible::update);
    Document *document = view->document();
    // The name and description speak of the selection only: with nothing
    // selected an element's change cannot alter them, and working them out
    // scans every item (applying a layout changes every link at once).
    const auto updateIfSelection = [this] {
        if (QGraphicsScene *scene = m_view->scene(); scene && !scene->selectedItems().isEmpty())
            update();
    };
    connect(document, &Document::factorChanged, this, updateIfSelection);
    connect(document, &Document::linkChanged, this, updateIfSelection);
    connect(document, &Document::interpretationChanged, this, &CanvasAccessible::update);
    view->installEventFilter(this); // language changes
    update();
}

bool CanvasAccessible::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::LanguageChange)
        update();
    return QObject::eventFilter(watched, event);
}

QString CanvasAccessible::factorName(const QString &factorId) const
{
    const Incident &incident = m_view->document()->incident();
    const Factor *factor = incident.findFactor(factorId);
    if (!factor)
        return QString();
    const KindStyle style = kindStyle(incident, factor->kind);
    return tr("%1 factor: %2").arg(style.name, factor->label);
}

QString CanvasAccessible::linkName(const QString &linkId) const
{
    const Incident &incident = m_view->document()->incident();
    const Interpretation *interp = incident.findInterpretation(m_view->interpretationId());
    const Link *link = interp ? interp->findLink(linkId) : nullptr;
    if (!link)
        return QString();
    const Factor *from = incident.findFactor(link->from);
    const Factor *to = incident.findFactor(link->to);
    return tr("Link: %1 %2 %3")
        .arg(from ? from->label : link->from, displayName(link->relation),
             to ? to->label : link->to);
}

QString CanvasAccessible::name() const
{
    const QStringList factors = m_view->selectedFactorIds();
    const QStringList links = m_view->selectedLinkIds();
    if (factors.size() == 1 && links.isEmpty())
        return factorName(factors.first());
    if (links.size() == 1 && factors.isEmpty())
        return linkName(links.first());
    const Interpretation *interp =
        m_view->document()->incident().findInterpretation(m_view->interpretationId());
    const QString canvas = tr("Diagram of “%1”").arg(interp ? interp->name : QString());
    if (factors.isEmpty() && links.isEmpty())
        return canvas;
    return tr("%1, %2 selected").arg(canvas).arg(factors.size() + links.size());
}

QString CanvasAccessible::description() const
{
    const QStringList factors = m_view->selectedFactorIds();
    if (factors.size() == 1 && m_view->selectedLinkIds().isEmpty()) {
        const Incident &incident = m_view->document()->incident();
        const Interpretation *interp = incident.findInterpretation(m_view->interpretationId());
        int causes = 0;
        int effects = 0;
        if (interp)
            for (const Link &link : interp->links) {
                causes += link.to == factors.first();
                effects += link.from == factors.first();
            }
        const Factor *factor = incident.findFactor(factors.first());
        QString text = tr("Links in: %1, links out: %2.").arg(causes).arg(effects);
        if (factor && !factor->description.isEmpty())
            text += QLatin1Char(' ') + factor->description;
        return text;
    }
    return tr("Tab moves to the next factor, arrow keys move it, Enter edits its label, "
              "Ctrl+L starts a link, F6 moves to the next pane.");
}

void CanvasAccessible::update()
{
    const QString newName = name();
    const QString newDescription = description();
    const bool nameChanged = newName != m_view->accessibleName();
    const bool descriptionChanged = newDescription != m_view->accessibleDescription();
    if (!nameChanged && !descriptionChanged)
        return;
    m_view->setAccessibleName(newName);
    m_view->setAccessibleDescription(newDescription);
    if (!QAccessible::isActive())
        return;
    if (nameChanged) {
        QAccessibleEvent event(m_view, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
    if (descriptionChanged) {
        QAccessibleEvent event(m_view, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    if (m_view->hasFocus()) {
        QAccessibleEvent event(m_view, QAccessible::Focus);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace faultline
