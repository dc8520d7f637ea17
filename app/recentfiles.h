#pragma once

#include <QObject>
#include <QStringList>

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

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    /// Fills `menu` with the list each time it is about to show.
    void attachMenu(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);
    void changed();

private:
    void store(const QStringList &files);
    void fillMenu(QMenu *menu);
};

} // namespace faultline
