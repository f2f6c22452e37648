#pragma once

#include <QList>

namespace kora::models {

namespace detail {

// The roles first..last, in order (a model's own roles, for dataChanged).
QList<int> roleRange(int first, int last);

// One step of turning a model's rows into new ones, in the order a model
// announces it: Remove rows [first, last]; Insert new rows [first, last]
// taken from the new list at `source`; Move row `first` to before
// `destination` (beginMoveRows numbering).
struct ListEdit
{
    enum class Kind { Remove, Insert, Move };
    Kind kind;
    int first = 0;
    int last = 0;
    int destination = 0;
    int source = 0;
};

// Plans the edits from `oldCount` rows to a new list given, for each new row,
// its old index or -1 when it is new. Removals come first (bottom-up), then
// rows are moved or inserted in new order; the longest run of rows already in
// order stays put, so the number of moves is the smallest possible.
// (Shared by the item models; a candidate for its own ListDiff.h.)
QList<ListEdit> planListEdits(int oldCount, const QList<int> &oldIndexOfNew);

// Applies planned edits so that `rows` becomes `fresh`, announcing each step
// through the model's begin/end calls. Models that use it befriend it.
struct ListEditor
{
    template<typename Model, typename Row>
    static void apply(Model &model, QList<Row> &rows, const QList<Row> &fresh,
                      const QList<ListEdit> &edits)
    {
        for (const ListEdit &edit : edits) {
            switch (edit.kind) {
            case ListEdit::Kind::Remove:
                model.beginRemoveRows({}, edit.first, edit.last);
                rows.remove(edit.first, edit.last - edit.first + 1);
                model.endRemoveRows();
                break;
            case ListEdit::Kind::Insert:
                model.beginInsertRows({}, edit.first, edit.last);
                for (int k = 0; k <= edit.last - edit.first; ++k)
                    rows.insert(edit.first + k, fresh.at(edit.source + k));
                model.endInsertRows();
                break;
            case ListEdit::Kind::Move:
                model.beginMoveRows({}, edit.first, edit.first, {}, edit.destination);
                rows.move(edit.first,
                          edit.first < edit.destination ? edit.destination - 1 : edit.destination);
                model.endMoveRows();
                break;
            }
        }
        Q_ASSERT(rows.size() == fresh.size());
    }
};

} // namespace detail

} // namespace kora::models
