#include "GroupActions.h"

#include "Cache.h"
#include "ClientSession.h"
#include "GroupDialog.h"
#include "NewConversationDialog.h"
#include "Participants.h"

#include <QCollator>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace kora::ui {

GroupActions::GroupActions(const Services &services, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
{
    connect(&m_services.cache, &models::Cache::conversationsChanged, this,
            [this](const QStringList &ids) {
                if (ids.isEmpty() || ids.contains(m_conversationId))
                    reload(false);
            });
}

void GroupActions::setConversation(const QString &conversationId)
{
    if (conversationId != m_conversationId)
        closeDialogs();
    m_conversationId = conversationId;
    reload(true);
}

void GroupActions::reload(bool changed)
{
    // Read once per change of the conversation (every new message is one);
    // told on only when who is in it, or who owns it, moved.
    const auto c = m_services.cache.conversation(m_conversationId);
    std::optional<proto::Conversation> group;
    if (c && c->conversation.type == QLatin1String("group"))
        group = c->conversation;
    auto people = [](const std::optional<proto::Conversation> &g) {
        QStringList ids;
        if (g) {
            for (const proto::Participant &p : g->participants)
                ids.append(p.user.id);
            ids.append(g->ownerId);
        }
        return ids;
    };
    changed =
        changed || m_group.has_value() != group.has_value() || people(m_group) != people(group);
    m_group = std::move(group);
    if (changed)
        Q_EMIT membershipChanged();
}

void GroupActions::closeDialogs()
{
    if (m_rename)
        m_rename->reject();
    if (m_add)
        m_add->reject();
    if (m_leave)
        m_leave->reject();
}

bool GroupActions::isMember() const
{
    return m_group && models::isParticipant(m_group->participants, m_services.userId);
}

bool GroupActions::isFormerMember() const
{
    return !m_services.supportMode && m_group && !isMember();
}

bool GroupActions::isOwner() const
{
    return isMember() && m_group->ownerId == m_services.userId;
}

void GroupActions::addConversationActions(QMenu &menu)
{
    if (m_services.supportMode || !isMember())
        return;
    QAction *rename = menu.addAction(tr("Rename group…"), this, &GroupActions::askToRename);
    rename->setObjectName(QStringLiteral("groupRenameAction"));
    QAction *add = menu.addAction(tr("Add people…"), this, &GroupActions::askToAdd);
    add->setObjectName(QStringLiteral("groupAddAction"));
    if (isOwner()) {
        QList<proto::Participant> others;
        for (const proto::Participant &p : m_group->participants) {
            if (p.user.id != m_services.userId)
                others.append(p);
        }
        if (!others.isEmpty()) {
            QCollator collator;
            std::sort(others.begin(), others.end(), [&](const auto &a, const auto &b) {
                return collator.compare(a.user.name, b.user.name) < 0;
            });
            QMenu *removeMenu = menu.addMenu(tr("Remove from group"));
            removeMenu->menuAction()->setObjectName(QStringLiteral("groupRemoveMenu"));
            for (const proto::Participant &p : std::as_const(others)) {
                const QString id = p.user.id;
                const QString name = p.user.name;
                removeMenu->addAction(name, this, [this, id, name] { remove(id, name); });
            }
        }
    }
    QAction *leave = menu.addAction(tr("Leave group…"), this, &GroupActions::askToLeave);
    leave->setObjectName(QStringLiteral("groupLeaveAction"));
    menu.addSeparator();
}

void GroupActions::askToRename()
{
    if (m_rename || !isMember())
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("groupRenameDialog"));
    dialog->setWindowTitle(tr("Rename group"));
    dialog->setLabelText(tr("Group name:"));
    dialog->setTextValue(m_group->title);
    dialog->setOkButtonText(tr("Rename"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (auto *edit = dialog->findChild<QLineEdit *>())
        edit->setMaxLength(200);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString title = text.trimmed();
        if (title.isEmpty())
            return;
        change({models::GroupChange::Kind::Rename, title, {}},
               [](const QString &why) { return tr("Could not rename the group: %1").arg(why); });
    });
    m_rename = dialog;
    dialog->open();
}

void GroupActions::askToAdd()
{
    if (m_add || !isMember())
        return;
    auto *dialog = new GroupDialog(m_services, m_conversationId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_add = dialog;
    dialog->open();
}

void GroupActions::remove(const QString &userId, const QString &name)
{
    change({models::GroupChange::Kind::Remove, {}, {userId}},
           [name](const QString &why) { return tr("Could not remove %1: %2").arg(name, why); });
}

void GroupActions::askToLeave()
{
    if (m_leave || !isMember())
        return;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Leave group"),
                        tr("Leave “%1”?").arg(m_group->title), QMessageBox::Cancel, m_window);
    box->setInformativeText(tr("You will no longer get its messages or be able to write in it. "
                               "What was written stays here to read; someone in the group can "
                               "add you again."));
    box->setObjectName(QStringLiteral("groupLeaveQuestion"));
    QPushButton *yes = box->addButton(tr("Leave group"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes)
            change({models::GroupChange::Kind::Remove, {}, {m_services.userId}},
                   [](const QString &why) { return tr("Could not leave the group: %1").arg(why); });
    });
    m_leave = box;
    box->open();
}

void GroupActions::change(const models::GroupChange &change,
                          const std::function<QString(const QString &)> &failed)
{
    m_services.session.changeGroup(
        m_conversationId, change, this, [this, failed](models::Result<proto::Conversation> result) {
            if (!result)
                Q_EMIT notice(failed(NewConversationDialog::describeError(result.error())));
        });
}

} // namespace kora::ui
