#pragma once

#include <QHash>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeWidgetItem;

namespace faultline {

class Document;
struct Factor;
class DragTreeWidget;

/// Every factor of the incident, with its kind icon, label and the number
/// of interpretations that use it, so a factor drawn in one reading can be
/// reused (same id) in another. Factors drag onto the canvas as
/// "application/x-faultline-factor".
class FactorListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FactorListWidget(Document *document, QWidget *parent = nullptr);

    /// The interpretation of the current tab: its factors are marked and
    /// "Add to this interpretation" places into it.
    void setInterpretation(const QString &interpretationId);
    QString interpretationId() const { return m_interpretationId; }

    QString selectedFactorId() const;
    /// Selects the factor's row without emitting factorSelected ("" clears).
    void showFactor(const QString &factorId);

    DragTreeWidget *list() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *addButton() const { return m_add; }
    QTreeWidgetItem *itemForFactor(const QString &factorId) const
    {
        return m_items.value(factorId);
    }

public Q_SLOTS:
    /// Asks to place the selected factor in the current interpretation.
    void addSelectedToInterpretation();

Q_SIGNALS:
    /// The user wants `factorId` placed in the current interpretation (at the view centre).
    void placeRequested(const QString &factorId);
    /// The user picked a factor in the list (to show it on the canvas).
    void factorSelected(const QString &factorId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void scheduleRebuild();
    void rebuild();
    void updateItem(const QString &factorId);
    void fillItem(QTreeWidgetItem *item, const Factor &factor, int uses, bool here);
    void applyFilter();
    bool matchesFilter(const Factor &factor) const;
    void updateButtons();

    Document *m_document;
    QString m_interpretationId;
    QLineEdit *m_filter;
    DragTreeWidget *m_list;
    QPushButton *m_add;
    QHash<QString, QTreeWidgetItem *> m_items;
    bool m_rebuildPending = false;
    bool m_quiet = false; ///< selection changes made by code, not the user
};

} // namespace faultline
