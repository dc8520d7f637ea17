#include "app/controllers/versioncontroller.h"

#include "app/controllers/elementhighlight.h"

#include "model/document.h"
#include "model/editing/documenteditor.h"
#include "widgets/versioning/conflictspanel.h"

#include <QDockWidget>
#include <QEvent>
#include <QInputDialog>
#include <QMainWindow>
#include <nlohmann/json.hpp>

namespace faultline {

VersionController::VersionController(const ControllerContext &context)
    : QObject(context.window), m_context(context), m_dock(new QDockWidget(context.window)),
      m_panel(new ConflictsPanel(m_dock))
{
    m_dock->setObjectName(QStringLiteral("conflictsDock"));
    m_dock->setWidget(m_panel);
    m_dock->setWindowTitle(tr("Conflicts"));
    m_context.addPanel(m_dock, Qt::BottomDockWidgetArea);
    m_dock->hide();
    m_dock->installEventFilter(this);

    connect(m_context.document, &Document::reset, this, &VersionController::refresh);
    connect(m_panel, &ConflictsPanel::conflictSelected, this, &VersionController::highlight);
    connect(m_panel, &ConflictsPanel::takeOursRequested, this, [this](int i) { take(i, true); });
    connect(m_panel, &ConflictsPanel::takeTheirsRequested, this, [this](int i) { take(i, false); });
    connect(m_panel, &ConflictsPanel::editRequested, this, &VersionController::edit);
    m_askValue = [](QWidget *parent, const QString &label,
                    const QString &start) -> std::optional<QString> {
        bool ok = false;
        const QString typed =
            QInputDialog::getMultiLineText(parent, tr("Edit Conflict"), label, start, &ok);
        return ok ? std::optional<QString>(typed) : std::nullopt;
    };
    refresh();
}

bool VersionController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dock && event->type() == QEvent::LanguageChange)
        m_dock->setWindowTitle(tr("Conflicts"));
    return QObject::eventFilter(watched, event);
}

void VersionController::refresh()
{
    const Incident &incident = m_context.document->incident();
    m_panel->setConflicts(incident);
    if (!incident.conflicts.isEmpty()) {
        m_dock->show();
        m_dock->raise();
        m_context.showStatus(tr("This file has %n merge conflict(s): resolve them in the "
                                "Conflicts panel.",
                                nullptr, int(incident.conflicts.size())));
    }
}

void VersionController::highlight(const QString &elementKey)
{
    highlightElement(m_context, elementKey);
}

void VersionController::take(int index, bool ours)
{
    if (index < 0)
        return;
    if (!m_context.document->editor().resolveConflict(index, ours))
        m_context.showStatus(tr("This conflict cannot be resolved that way."), 5000);
}

void VersionController::edit(int index)
{
    const Incident &incident = m_context.document->incident();
    if (index < 0 || index >= incident.conflicts.size())
        return;
    const MergeConflict conflict = incident.conflicts[index];
    // A text is edited as text; anything else (a number, a list, a whole
    // element) as its JSON.
    const QString start = conflict.ours.isEmpty() ? conflict.theirs : conflict.ours;
    const auto value = nlohmann::json::parse(start.toStdString(), nullptr, false);
    const bool text = value.is_string();
    const std::optional<QString> answer = m_askValue(
        m_context.window,
        text ? tr("The value to keep:") : tr("The value to keep, as JSON (empty: absent):"),
        text ? QString::fromStdString(value.get<std::string>()) : start);
    if (!answer)
        return;
    const QString &typed = *answer;
    const QString json =
        text ? QString::fromStdString(nlohmann::json(typed.toStdString()).dump()) : typed.trimmed();
    if (!m_context.document->editor().resolveConflictWith(index, json))
        m_context.showStatus(tr("That value does not fit here; the conflict is still open."), 5000);
}

} // namespace faultline
