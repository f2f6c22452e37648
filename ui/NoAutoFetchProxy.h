#pragma once

#include <QIdentityProxyModel>

namespace kora::ui {

// The list view fetches more at its bottom by itself; chat history grows at
// the top, so the chat pane asks for it and the view is told there is nothing.
class NoAutoFetchProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}
};

} // namespace kora::ui
