#pragma once

#include "GroupDialog.h"
#include "SessionTypes.h"
#include "UiServices.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QMenu;

namespace kora::ui {

// A group's own actions in the chat pane's ⋮ menu: "Rename group…", "Add
// people…", "Remove from group ▸" (its owner only: the server's rule) and
// "Leave group…" (asked once). They go to the server (a group change needs
// a connection) and what comes back is in the cache; failures become a
// notice. Dialogs are window-modal and opened with open(), never exec().
// Nothing here for a direct conversation, one you are no longer in, or in
// support mode.
class GroupActions : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs; not owned.
    GroupActions(const Services &services, QWidget *window, QObject *parent = nullptr);

    void setConversation(const QString &conversationId);
    void addConversationActions(QMenu &menu);
    // Whether the signed-in user is in the shown group (false for anything else).
    bool isMember() const;
    bool isOwner() const;
    // A group shown that the signed-in user left or was removed from.
    bool isFormerMember() const;

    void askToRename();
    void askToAdd();
    void remove(const QString &userId, const QString &name);
    void askToLeave();

    // The open dialogs, for tests.
    QInputDialog *renameDialog() const { return m_rename; }
    GroupDialog *addDialog() const { return m_add; }
    QMessageBox *leaveQuestion() const { return m_leave; }

Q_SIGNALS:
    // Something to tell the user for a few seconds.
    void notice(const QString &text);
    // The shown conversation changed, or whether one is in it may have.
    void membershipChanged();

private:
    // `failed` words the notice from the reason.
    void change(const models::GroupChange &change,
                const std::function<QString(const QString &)> &failed);
    void closeDialogs();
    // The shown group again from the cache; membershipChanged when its people
    // or owner moved (or `changed`).
    void reload(bool changed);

    const Services &m_services;
    QWidget *m_window;
    QString m_conversationId;
    std::optional<proto::Conversation> m_group; // the shown conversation, when a group
    QPointer<QInputDialog> m_rename;
    QPointer<GroupDialog> m_add;
    QPointer<QMessageBox> m_leave;
};

} // namespace kora::ui
