#include "GroupApi.h"

#include "ChatService.h"
#include "ServerLogging.h"
#include "SystemMessages.h"

#include "protocol/Requests.h"

#include <QJsonArray>
#include <QLocale>

namespace kora::server {
namespace {

namespace code = proto::code;
using Method = QHttpServerRequest::Method;

HttpReply refusal(const QString &c, const QString &message)
{
    return HttpReply::error({c, message});
}

HttpReply internal(const DbError &error)
{
    qCWarning(lcServerDb) << "group change not stored:" << error.message;
    return refusal(code::Internal, QStringLiteral("the server could not store that; try again"));
}

// "Ama", "Ama and Kofi", "Ama, Kofi and Yaw": the system lines are written
// in the server's language, English; their meta says the same in data
// (group, by, byName, users, names, title) for clients to say it in theirs.
QString namesOf(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return QStringList(names.first(names.size() - 1)).join(QStringLiteral(", ")) +
           QStringLiteral(" and ") + names.last();
}

} // namespace

GroupApi::GroupApi(Database &db, ChatService &chat, SystemMessages &system, int changesPerHour,
                   QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_chat(chat)
    , m_system(system)
    , m_conversations(db)
    , m_blocks(db)
    , m_changeLimiter(changesPerHour, 3'600'000)
{}

std::optional<HttpReply> GroupApi::refuseChange(HttpContext &c, const QString &conversationId)
{
    if (c.actor.isSupport())
        return refusal(code::ReadOnly, QStringLiteral("support accounts are read-only"));
    if (auto access = m_chat.checkAccess(c.actor, conversationId); !access)
        return HttpReply::error(access.error());
    auto found = m_conversations.find(conversationId, c.actor.userId);
    if (!found)
        return internal(found.error());
    if (!*found || (*found)->type != QLatin1String("group"))
        return refusal(code::Invalid, QStringLiteral("only a group has a title and members"));
    if (const auto wait =
            m_changeLimiter.tryAcquire(c.actor.userId, QDateTime::currentMSecsSinceEpoch()))
        return HttpReply::error(proto::ApiError::rateLimited(
            QStringLiteral("too many changes to groups; wait %1 s").arg(*wait), *wait));
    return std::nullopt;
}

HttpOutcome GroupApi::commit(HttpContext &c, const QString &conversationId, const QString &line,
                             const QJsonObject &meta, const QStringList &told,
                             const std::function<Expected<bool, DbError>()> &change)
{
    auto stored = m_system.store(
        conversationId, line, meta,
        [&]() -> Expected<bool, DbError> {
            if (auto changed = change(); !changed)
                return changed;
            // Before the line's own notification: other processes read the
            // members again first, so the line reaches who is in now.
            return m_chat.bus().conversationChanged(conversationId, told);
        },
        [&] { m_chat.membersCommitted(conversationId, told); });
    if (!stored)
        return HttpReply::error(stored.error());
    auto view = m_chat.viewFor(conversationId, c.actor.userId);
    if (!view)
        return HttpReply::error(view.error());
    return HttpReply::json(view->toJson());
}

HttpOutcome GroupApi::patch(HttpContext &c)
{
    const QString id = c.params[0];
    const auto request = proto::ConversationPatch::parse(c.body);
    if (!request)
        return HttpReply::error(request.error());
    if (request->title) { // refused as a whole: nothing archived either
        if (auto refused = refuseChange(c, id))
            return *refused;
    }
    if (request->archived) { // for oneself: any conversation, no system line
        const auto archived = m_chat.setArchived(c.actor, id, *request->archived);
        if (!archived)
            return HttpReply::error(archived.error());
        if (!request->title)
            return HttpReply::json(archived->toJson());
    }
    auto current = m_conversations.find(id, c.actor.userId);
    if (!current || !*current)
        return internal(current ? DbError{QStringLiteral("vanished")} : current.error());
    if ((*current)->title == *request->title) { // nothing to tell
        auto view = m_chat.viewFor(id, c.actor.userId);
        if (!view)
            return HttpReply::error(view.error());
        return HttpReply::json(view->toJson());
    }
    const QString title = *request->title;
    return commit(c, id, QStringLiteral("%1 renamed the group to “%2”").arg(c.actor.name, title),
                  {{QStringLiteral("group"), QStringLiteral("renamed")},
                   {QStringLiteral("by"), c.actor.userId},
                   {QStringLiteral("byName"), c.actor.name},
                   {QStringLiteral("title"), title}},
                  m_chat.recipientsOf(id), [&]() -> Expected<bool, DbError> {
                      return m_conversations.setTitle(id, title,
                                                      QDateTime::currentMSecsSinceEpoch());
                  });
}

HttpOutcome GroupApi::add(HttpContext &c)
{
    const QString id = c.params[0];
    const auto request = proto::AddParticipantsRequest::parse(c.body);
    if (!request)
        return HttpReply::error(request.error());
    if (auto refused = refuseChange(c, id))
        return *refused;
    const QStringList before = m_chat.recipientsOf(id);
    QStringList added;
    QStringList names;
    for (const QString &userId : request->userIds) {
        if (before.contains(userId))
            continue; // already in: nothing to do for them
        auto user = m_chat.userRepository().find(userId);
        if (!user)
            return internal(user.error());
        if (!*user || (*user)->role == QLatin1String("support") ||
            (*user)->role == QLatin1String("system"))
            return refusal(code::NotFound, QStringLiteral("no such user: %1").arg(userId));
        auto blocked = m_blocks.between(c.actor.userId, userId);
        if (!blocked)
            return internal(blocked.error());
        if (*blocked) // who blocks whom is not told
            return refusal(code::Blocked, QStringLiteral("you cannot add %1").arg(userId));
        added.append(userId);
        names.append((*user)->name);
    }
    if (added.isEmpty()) {
        auto view = m_chat.viewFor(id, c.actor.userId);
        if (!view)
            return HttpReply::error(view.error());
        return HttpReply::json(view->toJson());
    }
    auto current = m_conversations.find(id, c.actor.userId);
    if (!current || !*current)
        return internal(current ? DbError{QStringLiteral("vanished")} : current.error());
    const qint64 seen = (*current)->lastSeq; // the line that says so is their first unread
    return commit(c, id, QStringLiteral("%1 added %2").arg(c.actor.name, namesOf(names)),
                  {{QStringLiteral("group"), QStringLiteral("added")},
                   {QStringLiteral("by"), c.actor.userId},
                   {QStringLiteral("byName"), c.actor.name},
                   {QStringLiteral("users"), QJsonArray::fromStringList(added)},
                   {QStringLiteral("names"), QJsonArray::fromStringList(names)}},
                  before + added, [&]() -> Expected<bool, DbError> {
                      const qint64 now = QDateTime::currentMSecsSinceEpoch();
                      for (const QString &userId : std::as_const(added)) {
                          if (auto in = m_conversations.addParticipant(id, userId, seen, now); !in)
                              return in;
                      }
                      return true;
                  });
}

HttpOutcome GroupApi::remove(HttpContext &c)
{
    const QString id = c.params[0];
    const QString userId = c.params[1];
    if (auto refused = refuseChange(c, id))
        return *refused;
    const QStringList before = m_chat.recipientsOf(id);
    if (!before.contains(userId))
        return refusal(code::NotFound, QStringLiteral("they are not in this group"));
    const bool leaving = userId == c.actor.userId;
    if (!leaving) {
        auto group = m_chat.viewFor(id, c.actor.userId);
        if (!group)
            return HttpReply::error(group.error());
        if (group->ownerId != c.actor.userId)
            return refusal(code::Forbidden,
                           QStringLiteral("only the group's owner can remove people"));
    }
    auto user = m_chat.userRepository().find(userId);
    if (!user || !*user)
        return internal(user ? DbError{QStringLiteral("vanished")} : user.error());
    const QString line = leaving ? QStringLiteral("%1 left").arg(c.actor.name)
                                 : QStringLiteral("%1 removed %2").arg(c.actor.name, (*user)->name);
    return commit(
        c, id, line,
        {{QStringLiteral("group"), leaving ? QStringLiteral("left") : QStringLiteral("removed")},
         {QStringLiteral("by"), c.actor.userId},
         {QStringLiteral("byName"), c.actor.name},
         {QStringLiteral("users"), QJsonArray{userId}},
         {QStringLiteral("names"), QJsonArray{(*user)->name}}},
        before,
        [&]() -> Expected<bool, DbError> { return m_conversations.removeParticipant(id, userId); });
}

void GroupApi::registerRoutes(HttpRouter &router)
{
    router.add(Method::Patch, QStringLiteral("/api/v1/conversations/:id"), Access::Bearer,
               [this](HttpContext &c) { return patch(c); });
    router.add(Method::Post, QStringLiteral("/api/v1/conversations/:id/participants"),
               Access::Bearer, [this](HttpContext &c) { return add(c); });
    router.add(Method::Delete, QStringLiteral("/api/v1/conversations/:id/participants/:userId"),
               Access::Bearer, [this](HttpContext &c) { return remove(c); });
}

} // namespace kora::server
