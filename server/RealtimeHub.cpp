#include "RealtimeHub.h"

#include "ClusterNode.h"
#include "Metrics.h"
#include "Presence.h"
#include "ReactionService.h"
#include "ServerLogging.h"
#include "TokenService.h"

#include "SocketIo.h"
#include "protocol/Json.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>

namespace kora::server {
namespace {

using proto::ApiError;
namespace code = proto::code;

QJsonObject okPayload(const QJsonObject &extra = {})
{
    QJsonObject o = extra;
    o.insert(QLatin1String("ok"), true);
    return o;
}

QJsonObject errorPayload(const ApiError &error)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), error.toJson()}};
}

QString typingKey(const QString &conversationId, const QString &userId)
{
    return conversationId + QLatin1Char('|') + userId;
}

} // namespace

RealtimeHub::RealtimeHub(ChatService &chat, ReactionService &reactions, const TokenService &tokens,
                         Presence &presence, ClusterNode &node, Metrics &metrics,
                         RealtimeOptions options, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_reactions(reactions)
    , m_tokens(tokens)
    , m_presence(presence)
    , m_node(node)
    , m_metrics(metrics)
    , m_options(options)
{
    connect(&chat, &ChatService::messageCreated, this, &RealtimeHub::onMessageCreated);
    connect(&chat, &ChatService::messageUpdated, this,
            [this](const proto::Message &m, const QStringList &recipients) {
                const QByteArray frame =
                    sio::eventFrame(QStringLiteral("message_updated"),
                                    QJsonObject{{QStringLiteral("message"), m.toJson()}});
                sendToUsers(recipients, frame);
                for (auto it = m_watchers.constFind(m.conversationId);
                     it != m_watchers.constEnd() && it.key() == m.conversationId; ++it)
                    it.value()->sendFrame(frame);
            });
    connect(&chat, &ChatService::cursorMoved, this,
            [this](const QString &conversationId, const QString &userId, qint64 seq, Cursor cursor,
                   const QStringList &recipients) {
                const QString name = cursor == Cursor::Read ? QStringLiteral("message_read")
                                                            : QStringLiteral("message_delivered");
                sendToUsers(recipients,
                            sio::eventFrame(name, QJsonObject{{QStringLiteral("conversationId"),
                                                               conversationId},
                                                              {QStringLiteral("userId"), userId},
                                                              {QStringLiteral("seq"), seq}}));
            });
    connect(&chat, &ChatService::conversationChanged, this, &RealtimeHub::onConversationChanged);

    // The other processes: their users' typing and presence, and a catch-up
    // after the bus missed notifications.
    connect(&chat.bus(), &ClusterBus::remoteTyping, this, &RealtimeHub::sendTyping);
    connect(&node, &ClusterNode::presenceChanged, this, [this](const QString &userId, bool online) {
        broadcastPresence(userId, online, online ? QDateTime() : QDateTime::currentDateTimeUtc());
        m_metrics.setOnlineUsers(m_presence.onlineUsers());
    });
    connect(&chat.bus(), &ClusterBus::resync, this, [this] {
        m_node.reloadRemote();
        m_chat.resync(m_presence.localUsers());
    });
}

RealtimeHub::~RealtimeHub()
{
    for (RealtimeSession *session : std::as_const(m_sessions))
        session->disconnect(this);
    qDeleteAll(m_sessions);
}

void RealtimeHub::adopt(std::unique_ptr<QWebSocket> socket)
{
    auto *session = new RealtimeSession(std::move(socket), *this, m_options, this);
    m_sessions.insert(session);
    m_metrics.socketOpened();
    connect(session, &RealtimeSession::closed, this, [this, session] { detach(session); });
    session->start();
}

Expected<Actor, QString> RealtimeHub::authenticate(const QString &token) const
{
    if (token.isEmpty())
        return unexpected(QStringLiteral("no token in the connect payload"));
    const auto claims = m_tokens.verify(token, QDateTime::currentDateTimeUtc());
    if (!claims)
        return unexpected(claims.error());
    return Actor{claims->userId, claims->role, claims->name, claims->expiresAt};
}

void RealtimeHub::attach(RealtimeSession &session)
{
    const Actor &actor = session.actor();
    m_byUser.insert(actor.userId, &session);
    if (m_presence.addSocket(actor.userId)) {
        m_chat.track(actor.userId);
        m_node.userOnline(actor.userId);
        if (!m_presence.isRemote(actor.userId) && !actor.isSupport())
            broadcastPresence(actor.userId, true, {});
    }
    m_metrics.setOnlineUsers(m_presence.onlineUsers());
}

void RealtimeHub::detach(RealtimeSession *session)
{
    if (!m_sessions.remove(session))
        return;
    m_metrics.socketClosed();
    for (const QString &id : std::as_const(session->joined()))
        m_watchers.remove(id, session);
    if (session->isConnected()) {
        const Actor actor = session->actor();
        m_byUser.remove(actor.userId, session);
        if (m_presence.removeSocket(actor.userId)) {
            m_node.userOffline(actor.userId);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (auto saved = m_chat.userRepository().setLastSeen(actor.userId, now); !saved)
                qCWarning(lcRealtime) << "could not store lastSeenAt";
            // Their typing states end with their last socket.
            const QString suffix = QLatin1Char('|') + actor.userId;
            const QStringList keys = m_typing.keys();
            for (const QString &key : keys) {
                if (key.endsWith(suffix))
                    setTyping(key.left(key.size() - suffix.size()), actor.userId, false);
            }
            if (!actor.isSupport() && !m_presence.isRemote(actor.userId))
                broadcastPresence(actor.userId, false, now);
        }
        m_metrics.setOnlineUsers(m_presence.onlineUsers());
    }
    session->deleteLater();
}

void RealtimeHub::closeUser(const QString &userId, const QString &reason)
{
    const QList<RealtimeSession *> sessions = m_byUser.values(userId); // closing detaches
    for (RealtimeSession *session : sessions)
        session->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
}

void RealtimeHub::sendToUsers(const QStringList &userIds, const QByteArray &frame,
                              const QString &exceptUserId)
{
    const QString text = QString::fromUtf8(frame); // encoded once for every recipient
    for (const QString &userId : userIds) {
        if (userId == exceptUserId)
            continue;
        for (auto it = m_byUser.constFind(userId); it != m_byUser.constEnd() && it.key() == userId;
             ++it)
            it.value()->sendText(text);
    }
}

void RealtimeHub::broadcastPresence(const QString &userId, bool online, const QDateTime &lastSeen)
{
    const auto contacts = m_chat.userRepository().contactsOf(userId);
    if (!contacts)
        return;
    QJsonObject status{{QStringLiteral("userId"), userId}, {QStringLiteral("online"), online}};
    proto::insertOptional(status, QLatin1String("lastSeenAt"), lastSeen);
    sendToUsers(*contacts, sio::eventFrame(QStringLiteral("user_status"), status));
}

void RealtimeHub::setTyping(const QString &conversationId, const QString &userId, bool typing)
{
    const QString key = typingKey(conversationId, userId);
    QTimer *timer = m_typing.value(key);
    if (typing) {
        if (timer) {
            timer->start(); // still typing: extend, tell no one again
            return;
        }
        timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setInterval(typingTimeoutMs);
        connect(timer, &QTimer::timeout, this,
                [this, conversationId, userId] { setTyping(conversationId, userId, false); });
        m_typing.insert(key, timer);
        timer->start();
    } else {
        if (!timer)
            return;
        m_typing.remove(key);
        timer->deleteLater();
    }
    if (!m_chat.bus().typing(conversationId, userId, typing))
        qCWarning(lcRealtime) << "could not tell the other processes of typing";
    sendTyping(conversationId, userId, typing);
}

void RealtimeHub::sendTyping(const QString &conversationId, const QString &userId, bool typing)
{
    sendToUsers(m_chat.recipientsOf(conversationId),
                sio::eventFrame(QStringLiteral("user_typing"),
                                QJsonObject{{QStringLiteral("conversationId"), conversationId},
                                            {QStringLiteral("userId"), userId},
                                            {QStringLiteral("isTyping"), typing}}),
                userId);
}

void RealtimeHub::onMessageCreated(const proto::Message &message, const QStringList &recipients)
{
    const QByteArray frame = sio::eventFrame(
        QStringLiteral("new_message"), QJsonObject{{QStringLiteral("message"), message.toJson()}});
    sendToUsers(recipients, frame);
    for (auto it = m_watchers.constFind(message.conversationId);
         it != m_watchers.constEnd() && it.key() == message.conversationId; ++it)
        it.value()->sendFrame(frame);
    if (m_typing.contains(typingKey(message.conversationId, message.senderId)))
        setTyping(message.conversationId, message.senderId, false);
}

void RealtimeHub::onConversationChanged(const QString &conversationId, const QStringList &userIds)
{
    for (const QString &userId : userIds) {
        if (!m_byUser.contains(userId))
            continue;
        const auto view = m_chat.viewFor(conversationId, userId);
        if (!view)
            continue;
        sendToUsers({userId},
                    sio::eventFrame(QStringLiteral("conversation_updated"),
                                    QJsonObject{{QStringLiteral("conversation"), view->toJson()}}));
    }
}

void RealtimeHub::handleEvent(RealtimeSession &session, const QString &name, const QJsonArray &args,
                              std::optional<qint64> ackId)
{
    const Actor &actor = session.actor();
    auto answer = [&](const QJsonObject &payload) {
        if (ackId)
            session.ack(*ackId, payload);
    };
    auto answerError = [&](const ApiError &error) { answer(errorPayload(error)); };

    // Support accounts are read-only on every write event, whatever its payload.
    static const QStringList writes{
        QStringLiteral("send_message"),      QStringLiteral("edit_message"),
        QStringLiteral("delete_message"),    QStringLiteral("typing_start"),
        QStringLiteral("typing_stop"),       QStringLiteral("mark_as_read"),
        QStringLiteral("mark_as_delivered"), QStringLiteral("react")};
    if (actor.isSupport() && writes.contains(name)) {
        answerError({code::ReadOnly, QStringLiteral("support accounts are read-only")});
        return;
    }

    const QJsonValue first = args.isEmpty() ? QJsonValue() : args.first();
    if (!first.isObject()) {
        answerError({code::Invalid, QStringLiteral("the event payload must be an object")});
        return;
    }
    const QJsonObject payload = first.toObject();

    if (name == QLatin1String("send_message")) {
        QElapsedTimer clock;
        clock.start();
        const auto request = proto::SendMessageRequest::parse(payload, m_chat.limits(), true);
        if (!request)
            return answerError(request.error());
        QPointer<RealtimeSession> target(&session);
        m_chat.sendBatched(actor, request->conversationId, *request, &session,
                           [this, target, ackId, clock](const Result<Stored> &stored) {
                               if (stored && stored->created)
                                   m_metrics.messageStored(double(clock.nsecsElapsed()) / 1e9);
                               if (!target || !ackId)
                                   return;
                               target->ack(*ackId, stored ? okPayload({{QStringLiteral("message"),
                                                                        stored->message.toJson()}})
                                                          : errorPayload(stored.error()));
                           });
        return;
    }
    if (name == QLatin1String("edit_message") || name == QLatin1String("delete_message")) {
        const bool edit = name == QLatin1String("edit_message");
        const auto request =
            edit ? proto::EditMessageRequest::parse(payload, m_chat.limits(), true)
                 : Expected<proto::EditMessageRequest, ApiError>(proto::EditMessageRequest{});
        if (!request)
            return answerError(request.error());
        const auto id = proto::requiredString(payload, QLatin1String("messageId"), 64);
        if (!id)
            return answerError(id.error());
        const auto message =
            edit ? m_chat.edit(actor, *id, request->body) : m_chat.remove(actor, *id);
        if (!message)
            return answerError(message.error());
        return answer(okPayload({{QStringLiteral("message"), message->toJson()}}));
    }
    if (name == QLatin1String("react")) {
        const auto request = proto::ReactRequest::parse(payload);
        if (!request)
            return answerError(request.error());
        const auto message =
            m_reactions.react(actor, request->messageId, request->emoji, request->on);
        if (!message)
            return answerError(message.error());
        return answer(okPayload({{QStringLiteral("message"), message->toJson()}}));
    }
    if (name == QLatin1String("mark_as_read") || name == QLatin1String("mark_as_delivered")) {
        const auto request = proto::CursorRequest::parse(payload, true);
        if (!request)
            return answerError(request.error());
        const Cursor cursor =
            name == QLatin1String("mark_as_read") ? Cursor::Read : Cursor::Delivered;
        const auto moved = m_chat.moveCursor(actor, request->conversationId, request->seq, cursor);
        if (!moved)
            return answerError(moved.error());
        return answer(okPayload());
    }

    const auto conversationId = proto::requiredString(payload, QLatin1String("conversationId"), 64);
    if (name == QLatin1String("join_conversation") || name == QLatin1String("leave_conversation") ||
        name == QLatin1String("typing_start") || name == QLatin1String("typing_stop")) {
        if (!conversationId)
            return answerError(conversationId.error());
        if (name == QLatin1String("leave_conversation")) {
            session.joined().remove(*conversationId);
            m_watchers.remove(*conversationId, &session);
            return answer(okPayload());
        }
        const bool typing = name != QLatin1String("join_conversation");
        if (!typing && actor.isSupport()) {
            // Support hears a conversation's messages once it has opened it (audited).
            if (!m_supportMayWatch || !m_supportMayWatch(actor.userId, *conversationId))
                return answerError({code::Forbidden, QStringLiteral("open the conversation "
                                                                    "through the admin routes "
                                                                    "first")});
            if (!session.joined().contains(*conversationId)) {
                session.joined().insert(*conversationId);
                m_watchers.insert(*conversationId, &session);
            }
            return answer(okPayload());
        }
        const auto access = m_chat.checkAccess(actor, *conversationId);
        if (!access)
            return answerError(access.error());
        // A blocked person's typing is refused (never relayed), as their sends are.
        if (typing) {
            if (const auto open = m_chat.refuseBlocked(actor, *conversationId); !open)
                return answerError(open.error());
        }
        if (typing)
            setTyping(*conversationId, actor.userId, name == QLatin1String("typing_start"));
        else
            session.joined().insert(*conversationId);
        return answer(okPayload());
    }
    if (name == QLatin1String("get_online_status")) {
        const QJsonArray ids = payload.value(QLatin1String("userIds")).toArray();
        if (ids.size() > 500)
            return answerError(
                {code::Invalid, QStringLiteral("ask for at most 500 users at once")});
        const auto contacts = m_chat.userRepository().contactsOf(actor.userId);
        if (!contacts)
            return answerError({code::Internal, QStringLiteral("could not read contacts")});
        QJsonObject statuses;
        QSet<QString> asked; // each id once, however often it is named
        for (const QJsonValue &id : ids) {
            const QString userId = id.toString();
            if (asked.contains(userId))
                continue;
            asked.insert(userId);
            if (userId != actor.userId && !contacts->contains(userId))
                continue; // presence is shown only to people who share a conversation
            const auto user = m_chat.userRepository().find(userId);
            if (!user || !*user)
                continue;
            QJsonObject status{{QStringLiteral("online"), m_presence.isOnline(userId)}};
            proto::insertOptional(status, QLatin1String("lastSeenAt"), (*user)->lastSeenAt);
            statuses.insert(userId, status);
        }
        return answer(okPayload({{QStringLiteral("statuses"), statuses}}));
    }
    answerError({code::Invalid, QStringLiteral("unknown event '%1'").arg(name.left(64))});
}

} // namespace kora::server
