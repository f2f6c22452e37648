#pragma once

#include <QListView>

namespace kora::ui {

// The chat's list view: lays rows out again when their data (and so their
// height) changes, except for upload progress, which only repaints.
class MessageView : public QListView
{
public:
    using QListView::QListView;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles) override;
};

} // namespace kora::ui
