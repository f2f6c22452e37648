#pragma once

#include "MessageDelegate.h"

#include <QIdentityProxyModel>

namespace kora::ui {

// The list view fetches more at its bottom by itself; chat history grows at
// the top, so the chat pane asks for it and the view is told there is nothing.
// It also gives screen readers each painted bubble as one sentence
// (Qt::AccessibleTextRole: MessageDelegate::accessibleText).
class NoAutoFetchProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::AccessibleTextRole && index.isValid())
            return MessageDelegate::accessibleText(index);
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace kora::ui
