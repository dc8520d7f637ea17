#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <algorithm>
#include <utility>

namespace faultline {

/// Ids made unique by a numbered suffix. Each base remembers the next number
/// to try, so thousands of names that sanitise to one base (a long shared
/// prefix, names in a script ids cannot hold) stay linear, not quadratic.
class UniqueIds
{
public:
    explicit UniqueIds(QSet<QString> used = {}) : m_used(std::move(used)) {}
    void insert(const QString &id) { m_used.insert(id); }
    bool contains(const QString &id) const { return m_used.contains(id); }
    /// `base`, or `base` with the first free "-N" suffix (kept within 64 characters).
    QString take(const QString &base)
    {
        QString id = base;
        if (m_used.contains(id)) {
            int &n = m_nextSuffix[base];
            n = std::max(n, 2);
            do {
                const QString suffix = QLatin1Char('-') + QString::number(n++);
                id = base.left(64 - suffix.size()) + suffix;
            } while (m_used.contains(id));
        }
        m_used.insert(id);
        return id;
    }

private:
    QSet<QString> m_used;
    QHash<QString, int> m_nextSuffix;
};

} // namespace faultline
