#pragma once

#include <QObject>
#include <QStringList>

#include <optional>

class QMenu;

namespace faultline {

/// The "Open Recent" list, kept in QSettings (most recent first, at most
/// kMaxFiles, no duplicates).
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 10;

    explicit RecentFiles(QObject *parent = nullptr);
    ~RecentFiles() override;

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    /// Fills `menu` with the list each time it is about to show.
    void attachMenu(QMenu *menu);

    /// Keeps changes in memory (files() and changed() still follow them at
    /// once) until writeHeld() or destruction. Writing QSettings syncs the
    /// file to disk (fdatasync, up to tens of milliseconds), which opening a
    /// file at start-up should not make the first frame wait for.
    void holdWrites();
    /// Writes what was held and stops holding.
    void writeHeld();

Q_SIGNALS:
    void openRequested(const QString &path);
    void changed();

private:
    void store(const QStringList &files);
    void fillMenu(QMenu *menu);

    bool m_holding = false;
    std::optional<QStringList> m_held; ///< the list not yet written while holding
};

} // namespace faultline
