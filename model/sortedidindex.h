#pragma once

#include <QString>
#include <QStringView>

#include <utility>
#include <vector>

namespace faultline {

/// Id → number over strings that outlive the index (a document's ids), kept
/// as a sorted array and searched by bisection.
///
/// Why not QHash<QString, int>: Qt 6.4 hashes strings with a seeded AES
/// routine that costs about 150 ns a call on some x86 machines (legacy-SSE
/// `aesenc` after AVX-512 loads; BENCHMARKS.md, "diff"), more than ten probes of
/// this array. An unseeded hash (std::hash) would be as fast but lets a crafted
/// file force every id into one bucket; bisection is O(log n) whatever the ids.
class SortedIdIndex
{
public:
    SortedIdIndex() = default;

    /// Numbers each id by its position in `ids`; a repeated id keeps its first
    /// position. `project` maps an element of `ids` to the id string.
    template <typename Range, typename Project> SortedIdIndex(const Range &ids, Project project)
    {
        m_entries.reserve(std::size(ids));
        int position = 0;
        for (const auto &element : ids)
            m_entries.push_back({QStringView(project(element)), position++});
        sort();
    }

    /// The number of `id`, or -1 when it is not in the index.
    int indexOf(QStringView id) const;
    int size() const { return int(m_entries.size()); }

private:
    void sort();

    std::vector<std::pair<QStringView, int>> m_entries; ///< by (length, code units), then number
};

} // namespace faultline
