#include "diagnosticspanel.h"

#include "plaintext.h"
#include "statusicon.h"

#include "model/analysis/diagnostics.h"
#include "model/document.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace faultline {

namespace {

constexpr int kIndexRole = Qt::UserRole;

QString typeText(DiagnosticType type)
{
    switch (type) {
    case DiagnosticType::UnexplainedBehaviour:
        return DiagnosticsPanel::tr("Unexplained behaviour");
    case DiagnosticType::RootCauseWithoutEffect:
        return DiagnosticsPanel::tr("Root cause without effect");
    case DiagnosticType::Cycle:
        return DiagnosticsPanel::tr("Loop");
    case DiagnosticType::LinkWithoutEvidence:
        return DiagnosticsPanel::tr("Link without evidence");
    case DiagnosticType::EvidenceWithoutSource:
        return DiagnosticsPanel::tr("Evidence without source");
    }
    return {};
}

} // namespace

DiagnosticsPanel::DiagnosticsPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_summary(plaintext::label({}, this)),
      m_tree(new QTreeWidget(this)), m_markers(new QCheckBox(this))
{
    m_tree->setObjectName(QStringLiteral("diagnosticsTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnCount(2);
    m_tree->setColumnWidth(0, 190);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("diagnosticsSummary"));
    m_markers->setObjectName(QStringLiteral("diagnosticsMarkers"));
    m_markers->setChecked(true);
    retranslate();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_markers);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(30);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DiagnosticsPanel::refresh);
    for (auto signal : {&Document::reset, &Document::incidentChanged})
        connect(document, signal, this, &DiagnosticsPanel::scheduleRefresh);
    for (auto signal : {&Document::factorAdded, &Document::factorChanged, &Document::factorRemoved,
                        &Document::sourceAdded, &Document::sourceChanged, &Document::sourceRemoved,
                        &Document::interpretationAdded, &Document::interpretationChanged,
                        &Document::interpretationRemoved})
        connect(document, signal, this, &DiagnosticsPanel::scheduleRefresh);
    for (auto signal :
         {&Document::placementAdded, &Document::placementChanged, &Document::placementRemoved,
          &Document::linkAdded, &Document::linkChanged, &Document::linkRemoved})
        connect(document, signal, this, &DiagnosticsPanel::scheduleRefresh);
    connect(m_tree, &QTreeWidget::itemClicked, this, &DiagnosticsPanel::onItemClicked);
    connect(m_markers, &QCheckBox::toggled, this, &DiagnosticsPanel::markersToggled);
}

void DiagnosticsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The messages are written by diagnose() in the language of the moment.
        refresh();
    }
    QWidget::changeEvent(event);
}

void DiagnosticsPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Check"), tr("Finding")});
    m_markers->setText(tr("Show markers on the canvas"));
}

bool DiagnosticsPanel::markersShown() const
{
    return m_markers->isChecked();
}

void DiagnosticsPanel::setInterpretation(const QString &interpretationId)
{
    m_interpretationId = interpretationId;
    refresh();
}

void DiagnosticsPanel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void DiagnosticsPanel::refresh()
{
    m_refreshTimer.stop();
    const Incident &incident = m_document->incident();
    const Interpretation *interpretation = incident.findInterpretation(m_interpretationId);
    m_diagnostics = interpretation ? diagnose(incident, *interpretation) : QList<Diagnostic>();
    m_tree->clear();
    int warnings = 0;
    for (qsizetype i = 0; i < m_diagnostics.size(); ++i) {
        const Diagnostic &diagnostic = m_diagnostics[i];
        const bool warning = diagnostic.severity == DiagnosticSeverity::Warning;
        warnings += warning ? 1 : 0;
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, kIndexRole, int(i));
        item->setText(0, typeText(diagnostic.type));
        item->setIcon(0, statusIcon(warning ? QColor(0xe8, 0x9a, 0x2c) : QColor(0x7d, 0x8a, 0x9c)));
        item->setText(1, plaintext::oneLine(diagnostic.message, 200));
        item->setToolTip(1, plaintext::toolTip(diagnostic.message));
    }
    if (!interpretation)
        m_summary->setText(tr("No interpretation"));
    else if (m_diagnostics.isEmpty())
        m_summary->setText(tr("No weak points found in this reading's argument."));
    else
        m_summary->setText(tr("Warnings: %1, notes: %2 — click one to select its elements")
                               .arg(warnings)
                               .arg(m_diagnostics.size() - warnings));
    Q_EMIT diagnosticsChanged();
}

void DiagnosticsPanel::onItemClicked(QTreeWidgetItem *item)
{
    const int index = item->data(0, kIndexRole).toInt();
    if (index < 0 || index >= m_diagnostics.size())
        return;
    const Diagnostic &diagnostic = m_diagnostics[index];
    Q_EMIT selectElementsRequested(diagnostic.factorIds, diagnostic.linkIds);
}

} // namespace faultline
