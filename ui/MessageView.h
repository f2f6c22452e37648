#pragma once

#include <QListView>

namespace kora::ui {

// The chat's list view: lays rows out again when their data (and so their
// height) changes, except for upload progress, which only repaints. A short
// chat sits at the bottom, next to the composer, as in every messenger: the
// space its rows do not fill is above them (a top viewport margin).
class MessageView : public QListView
{
public:
    using QListView::QListView;

protected:
    void updateGeometries() override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles) override;

private:
    int m_topGap = 0;
};

} // namespace kora::ui
