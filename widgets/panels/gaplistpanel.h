#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace faultline {

class Document;

/// Gaps lens list: the factors of one interpretation with an actual or ideal
/// description, grouped by area (model/analysis/gaplist.h), actual and ideal
/// side by side. Clicking a factor asks for it to be selected.
class GapListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GapListPanel(Document *document, QWidget *parent = nullptr);

    void setInterpretation(const QString &interpretationId);
    QString interpretationId() const { return m_interpretationId; }
    void refresh();

    QTreeWidget *tree() const { return m_tree; }
    QTreeWidgetItem *factorItem(const QString &factorId) const;

Q_SIGNALS:
    void selectFactorsRequested(const QStringList &factorIds);

protected:
    /// QEvent::LanguageChange: the column titles, then the list (area names, summary).
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void scheduleRefresh();

    Document *m_document;
    QString m_interpretationId;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QTimer m_refreshTimer;
};

} // namespace faultline
