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

    // Room kept free under the rows (for the jump-to-latest button, which then
    // sits there instead of over a bubble); 0 gives it back.
    void setBottomReserve(int pixels);
    int bottomReserve() const { return m_bottomReserve; }

protected:
    void updateGeometries() override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles) override;

private:
    int m_topGap = 0;
    int m_bottomReserve = 0;
};

} // namespace kora::ui
