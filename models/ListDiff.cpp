#include "ListDiff.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace kora::models {

namespace detail {

QList<int> roleRange(int first, int last)
{
    QList<int> roles;
    for (int role = first; role <= last; ++role)
        roles.append(role);
    return roles;
}

QList<ListEdit> planListEdits(int oldCount, const QList<int> &oldIndexOfNew)
{
    QList<ListEdit> edits;
    const int newCount = int(oldIndexOfNew.size());
    QList<bool> kept(oldCount, false);
    QList<int> order; // old indexes of the kept rows, in new order
    for (const int source : oldIndexOfNew) {
        if (source >= 0) {
            kept[source] = true;
            order.append(source);
        }
    }
    for (int i = oldCount - 1; i >= 0;) {
        if (kept[i]) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !kept[first - 1])
            --first;
        edits.append({ListEdit::Kind::Remove, first, i});
        i = first - 1;
    }

    // The rows that stay put: a longest increasing subsequence of `order`.
    QList<bool> stays(oldCount, false);
    QList<int> tails; // tails[k]: index in `order` ending the best run of length k + 1
    QList<int> previous(order.size(), -1);
    for (int i = 0; i < int(order.size()); ++i) {
        const auto at = std::lower_bound(tails.begin(), tails.end(), order[i],
                                         [&](int tail, int value) { return order[tail] < value; });
        const int length = int(at - tails.begin());
        previous[i] = length > 0 ? tails[length - 1] : -1;
        if (at == tails.end())
            tails.append(i);
        else
            *at = i;
    }
    for (int i = tails.isEmpty() ? -1 : tails.last(); i >= 0; i = previous[i])
        stays[order[i]] = true;

    // Identity of a row while planning: its old index, or oldCount + new index.
    QList<int> current;
    for (int i = 0; i < oldCount; ++i) {
        if (kept[i])
            current.append(i);
    }
    const auto identity = [&](int t) {
        return oldIndexOfNew[t] >= 0 ? oldIndexOfNew[t] : oldCount + t;
    };
    // Each row that is not staying goes right after its new predecessor.
    for (int t = 0; t < newCount; ++t) {
        const int source = oldIndexOfNew[t];
        if (source >= 0 && stays[source])
            continue;
        const int at = t == 0 ? 0 : int(current.indexOf(identity(t - 1))) + 1;
        if (source < 0) {
            int end = t;
            while (end + 1 < newCount && oldIndexOfNew[end + 1] < 0)
                ++end;
            edits.append({ListEdit::Kind::Insert, at, at + end - t, 0, t});
            for (int k = t; k <= end; ++k)
                current.insert(at + k - t, oldCount + k);
            t = end;
            continue;
        }
        const int from = int(current.indexOf(source));
        if (from == at)
            continue;
        edits.append({ListEdit::Kind::Move, from, from, at, 0});
        current.move(from, from < at ? at - 1 : at);
    }
    return edits;
}

} // namespace detail

} // namespace kora::models
