#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QListWidget;
class QListWidgetItem;

namespace faultline {

struct Factor;
struct Incident;

/// Failure-mode tags of one factor: the checklist entries of the factor's
/// area (its kind) as checkable items with their descriptions as tooltips.
/// Entries of other areas appear under "Show all areas"; ones already
/// tagged are always shown.
class FailureModeList : public QWidget
{
    Q_OBJECT
public:
    explicit FailureModeList(QWidget *parent = nullptr);

    /// Shows the checklist for `factor` (keeps "show all" as the user left it);
    /// `force` rebuilds even if kind and tags are unchanged (the checklist changed).
    void setFactor(const Incident &incident, const Factor &factor, bool force = false);
    bool showAll() const;
    void setShowAll(bool on);

    QListWidget *list() const { return m_list; }
    QCheckBox *showAllBox() const { return m_showAll; }
    QListWidgetItem *itemForEntry(const QString &entryId) const;

Q_SIGNALS:
    /// The user ticked or unticked an entry; `modes` is the factor's new list.
    void modesEdited(const QStringList &modes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void addHeader(const QString &text);
    void onItemChanged(QListWidgetItem *item);

    QListWidget *m_list;
    QCheckBox *m_showAll;
    const Incident *m_incident = nullptr;
    QString m_area;
    QStringList m_modes;
    bool m_building = false;
};

} // namespace faultline
