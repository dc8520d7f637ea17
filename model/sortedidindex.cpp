#include "sortedidindex.h"

#include <algorithm>
#include <cstring>

namespace faultline {

namespace {
// Any strict total order serves a lookup; length first settles most comparisons
// of short ids without reading them.
bool before(QStringView left, QStringView right)
{
    if (left.size() != right.size())
        return left.size() < right.size();
    return std::memcmp(left.utf16(), right.utf16(), size_t(left.size()) * sizeof(char16_t)) < 0;
}
} // namespace

void SortedIdIndex::sort()
{
    // Stable, so that of a repeated id the first position sorts first.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const auto &left, const auto &right) {
        return before(left.first, right.first);
    });
}

int SortedIdIndex::indexOf(QStringView id) const
{
    const auto found = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                                        [](const std::pair<QStringView, int> &entry,
                                           QStringView key) { return before(entry.first, key); });
    if (found == m_entries.end() || found->first.size() != id.size() || before(id, found->first))
        return -1;
    return found->second;
}

} // namespace faultline
