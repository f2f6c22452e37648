#include "MessageView.h"

#include "MessageListModel.h"

namespace kora::ui {

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
