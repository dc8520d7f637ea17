#pragma once

#include "model/analysis/diagnostic.h"

#include <QList>
#include <QString>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace faultline {

class Document;

/// Gaps in the argument of one interpretation (model/analysis/diagnostics.h):
/// unexplained behaviours, root causes without effect, loops, links without
/// evidence, evidence without a source. Warnings first. Clicking one asks
/// for its elements to be selected. Follows the document by itself.
class DiagnosticsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosticsPanel(Document *document, QWidget *parent = nullptr);

    void setInterpretation(const QString &interpretationId);
    QString interpretationId() const { return m_interpretationId; }
    void refresh();

    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    QTreeWidget *tree() const { return m_tree; }
    QCheckBox *markersBox() const { return m_markers; }
    bool markersShown() const;

Q_SIGNALS:
    /// The diagnostics changed (after the document or the interpretation changed).
    void diagnosticsChanged();
    void selectElementsRequested(const QStringList &factorIds, const QStringList &linkIds);
    void markersToggled(bool shown);

protected:
    /// QEvent::LanguageChange: the fixed texts, then the findings (diagnosed again).
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void scheduleRefresh();
    void onItemClicked(QTreeWidgetItem *item);

    Document *m_document;
    QString m_interpretationId;
    QList<Diagnostic> m_diagnostics;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QCheckBox *m_markers;
    QTimer m_refreshTimer;
};

} // namespace faultline
