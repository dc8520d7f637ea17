#pragma once

#include <QList>
#include <QString>

namespace faultline {

/// Index of the element whose `key` member equals `id`, or -1.
/// Documents are small enough (≤ 100,000 elements) that a linear scan beats
/// keeping hash indexes in sync with every command.
template <typename T>
int indexByKey(const QList<T> &list, const QString &id, QString T::*key = &T::id)
{
    for (int i = 0; i < list.size(); ++i)
        if (list[i].*key == id)
            return i;
    return -1;
}

template <typename T>
const T *findByKey(const QList<T> &list, const QString &id, QString T::*key = &T::id)
{
    const int i = indexByKey(list, id, key);
    return i < 0 ? nullptr : &list[i];
}

} // namespace faultline
