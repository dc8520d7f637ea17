#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace faultline {

class Document;
class FactorInspector;
class LinkInspector;
class OverviewInspector;

/// The inspector dock's content: a page for the selected factor, the
/// selected link, a multiple selection, or (nothing selected) the
/// interpretation and the incident.
class InspectorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorWidget(Document *document, QWidget *parent = nullptr);

    /// What the current canvas has selected, in interpretation `interpretationId`.
    void setSelection(const QString &interpretationId, const QStringList &factorIds,
                      const QStringList &linkIds);

    /// The factor and link pages are built the first time one is needed
    /// (selected, or asked for here): the window's first frame shows the
    /// overview, and building both pages was a few milliseconds of start-up.
    FactorInspector *factorPage();
    LinkInspector *linkPage();
    bool areSelectionPagesBuilt() const { return m_factor || m_link; }
    OverviewInspector *overviewPage() const { return m_overview; }
    QWidget *currentPage() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void wrapFormRows();
    /// The accessible name, and the page again ("n selected" is made there).
    void retranslate();
    /// Picks the page again (the selected element may have gone, e.g. by undo).
    void updatePage();
    void showPage(QWidget *page);
    /// Adds a page built on first use, hidden, before the "n selected" text.
    void addPage(QWidget *page);

    Document *m_document;
    QString m_interpretationId;
    QStringList m_factorIds;
    QStringList m_linkIds;
    QList<QWidget *> m_pages;
    QWidget *m_current = nullptr;
    OverviewInspector *m_overview;
    FactorInspector *m_factor = nullptr; ///< built on first use
    LinkInspector *m_link = nullptr;     ///< built on first use
    QLabel *m_multiple;
    QVBoxLayout *m_pageLayout;
};

} // namespace faultline
