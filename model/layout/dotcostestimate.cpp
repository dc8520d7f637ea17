#include "dotcostestimate.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace faultline {

qint64 estimatedDotWork(const GvLayoutIn &in)
{
    const int n = int(in.nodes.size());
    QHash<QString, int> index;
    index.reserve(n);
    for (int i = 0; i < n; ++i)
        index.insert(in.nodes[i].id, i);
    std::vector<std::vector<int>> out(static_cast<size_t>(n));
    for (const GvEdgeIn &e : in.edges) {
        const int from = index.value(e.from, -1);
        const int to = index.value(e.to, -1);
        if (from >= 0 && to >= 0 && from != to)
            out[size_t(from)].push_back(to);
    }

    // Iterative DFS: post-order gives a reverse topological order of the
    // graph without its back edges.
    enum : char
    {
        Unseen,
        Open,
        Done
    };
    std::vector<char> state(static_cast<size_t>(n), Unseen);
    std::vector<int> order;
    order.reserve(size_t(n));
    std::vector<std::pair<int, size_t>> stack;
    std::vector<std::vector<int>> forward(static_cast<size_t>(n));
    for (int root = 0; root < n; ++root) {
        if (state[size_t(root)] != Unseen)
            continue;
        stack.push_back({root, 0});
        state[size_t(root)] = Open;
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            if (next < out[size_t(node)].size()) {
                const int child = out[size_t(node)][next++];
                if (state[size_t(child)] == Open)
                    continue; // back edge: dot reverses it, ignore for ranking
                forward[size_t(node)].push_back(child);
                if (state[size_t(child)] == Unseen) {
                    state[size_t(child)] = Open;
                    stack.push_back({child, 0});
                }
            } else {
                state[size_t(node)] = Done;
                order.push_back(node);
                stack.pop_back();
            }
        }
    }
    std::reverse(order.begin(), order.end()); // topological order

    std::vector<int> rank(static_cast<size_t>(n), 0);
    for (int u : order)
        for (int v : forward[size_t(u)])
            rank[size_t(v)] = std::max(rank[size_t(v)], rank[size_t(u)] + 1);
    int last = 0;
    for (int r : rank)
        last = std::max(last, r);
    // Pull free nodes down towards their nearest successor (what dot's
    // edge-length minimisation does to sources), latest first.
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int u = *it;
        const GvRank hint = in.nodes[u].rank;
        if (hint == GvRank::Bottom) {
            rank[size_t(u)] = last;
            continue;
        }
        if (hint == GvRank::Top || forward[size_t(u)].empty())
            continue;
        int nearest = last + 1;
        for (int v : forward[size_t(u)])
            nearest = std::min(nearest, rank[size_t(v)]);
        rank[size_t(u)] = std::max(rank[size_t(u)], nearest - 1);
    }
    qint64 work = n;
    for (int u = 0; u < n; ++u)
        for (int v : forward[size_t(u)])
            work += std::max(0, rank[size_t(v)] - rank[size_t(u)] - 1);
    return work;
}

} // namespace faultline
