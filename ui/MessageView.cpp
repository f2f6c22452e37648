#include "MessageView.h"

#include "MessageListModel.h"

namespace kora::ui {

void MessageView::updateGeometries()
{
    QListView::updateGeometries();
    // The height the rows could have, with no gap: what they do not fill goes on top.
    const int available = viewport()->height() + m_topGap;
    const int content = model() && model()->rowCount() > 0 ? contentsSize().height() : available;
    const int gap = qMax(0, available - content);
    if (gap == m_topGap)
        return;
    m_topGap = gap;
    setViewportMargins(0, gap, 0, m_bottomReserve); // lays the rows out again
}

void MessageView::setBottomReserve(int pixels)
{
    pixels = qMax(0, pixels);
    if (pixels == m_bottomReserve)
        return;
    m_bottomReserve = pixels;
    setViewportMargins(0, m_topGap, 0, m_bottomReserve);
}

void MessageView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                              const QList<int> &roles)
{
    QListView::dataChanged(topLeft, bottomRight, roles);
    // Upload progress repaints; it never changes a row's height.
    if (roles.size() == 1 && roles.first() == models::MessageListModel::UploadProgressRole)
        return;
    scheduleDelayedItemsLayout();
}

} // namespace kora::ui
