#pragma once

#include "AttachmentRepository.h"
#include "BlockRepository.h"
#include "ClusterBus.h"
#include "ConversationRepository.h"
#include "MembershipCache.h"
#include "MessageRepository.h"
#include "Presence.h"
#include "RateLimiter.h"
#include "ServerConfig.h"
#include "UserRepository.h"

#include "protocol/ApiError.h"
#include "protocol/Requests.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <utility>

namespace kora::server {

// Who is asking, from a verified token.
struct Actor
{
    QString userId;
    QString role;
    QString name;
    QDateTime expiresAt; // of the token it signed in with (open sockets end there)
    bool isSupport() const { return role == QLatin1String("support"); }
};

template<typename T> using Result = Expected<T, proto::ApiError>;

struct ConversationPage
{
    QList<proto::Conversation> conversations;
    bool hasMore = false;
};

struct Stored
{
    proto::Message message;
    bool created = false; // false: an earlier send with the same clientId
};

struct Opened
{
    proto::Conversation conversation;
    bool created = false;
};

// The rules of the chat, shared by the REST routes and the realtime events:
// who may see and write what, seq assignment, idempotent sends, cursors.
// Every change is committed before the matching signal is emitted, and the
// signals carry who must hear of it.
class ChatService : public QObject
{
    Q_OBJECT
public:
    // The database it stores into (for /readyz's look at it).
    Database &database() { return m_db; }
    ChatService(Database &db, ClusterBus &bus, const Presence &presence, proto::BodyLimits limits,
                int messagesPer10s, int conversationsPerHour, QObject *parent = nullptr);

    Result<proto::User> me(const Actor &actor);
    Result<QList<proto::User>> users(const Actor &actor, const QString &query, int limit);
    Result<ConversationPage> conversations(const Actor &actor, bool archived, qint64 beforeMs,
                                           int limit);
    Result<Opened> openConversation(const Actor &actor, const proto::CreateConversationRequest &r);
    Result<proto::Conversation> conversation(const Actor &actor, const QString &id);
    Result<proto::Conversation> setArchived(const Actor &actor, const QString &id, bool archived);
    Result<MessagePage> messages(const Actor &actor, const QString &conversationId,
                                 qint64 beforeSeq, qint64 afterSeq, int limit);
    Result<Stored> send(const Actor &actor, const QString &conversationId,
                        const proto::SendMessageRequest &r);
    // As send(), but sends arriving in the same event-loop turn are committed
    // together (one transaction, one disk sync: group commit). `done` is
    // called once stored (or refused), never after `context` is destroyed.
    void sendBatched(const Actor &actor, const QString &conversationId,
                     const proto::SendMessageRequest &r, QObject *context,
                     std::function<void(const Result<Stored> &)> done);
    Result<proto::Message> edit(const Actor &actor, const QString &messageId, const QString &body);
    Result<proto::Message> remove(const Actor &actor, const QString &messageId);
    Result<bool> moveCursor(const Actor &actor, const QString &conversationId, qint64 seq,
                            Cursor cursor);
    // Participants only; `forRead` lets support staff through too (admin view).
    Result<bool> checkAccess(const Actor &actor, const QString &conversationId);
    // 403 blocked when the other participant of this direct conversation
    // blocks the actor (protocol 7.4): the one check of sends, edits,
    // reactions and typing. Groups are never refused.
    Result<bool> refuseBlocked(const Actor &actor, const QString &conversationId);

    // The contact-info guard (protocol 7.5) for new bodies: sends and edits.
    void setContactGuard(ContactGuardMode mode) { m_contactGuard = mode; }
    // Set by the marketplace (service key); told to every participant as
    // conversation_updated. Answers the conversation as a non-participant sees it.
    Result<proto::Conversation> setContactAllowed(const QString &conversationId, bool allowed);

    // The conversation as `viewerId` sees it (participants, last message, unread).
    Result<proto::Conversation> viewFor(const QString &conversationId, const QString &viewerId);
    UserRepository &userRepository() { return m_users; }
    ConversationRepository &conversationRepository() { return m_conversations; }
    ClusterBus &bus() { return m_bus; }

    // Announces a message this process committed (its seq range published on
    // the bus in the same transaction): whatever other processes committed
    // before it in its conversation is announced first, so every socket hears
    // a conversation's changes in seq order.
    void announceCreated(const proto::Message &m);
    // As announceCreated, for a change of a committed message (message_updated).
    void announceUpdated(const proto::Message &m);
    // After the bus missed notifications: announces what changed meanwhile in
    // the conversations of `userIds` (the users with a socket here).
    void resync(const QStringList &userIds);
    // A user's socket arrived here: from now on this process announces every
    // change of their conversations, so it notes how far each one is now.
    void track(const QString &userId);
    const proto::BodyLimits &limits() const { return m_limits; }

    // Participants of a conversation were added or removed (committed): what
    // every process keeps of its members is dropped, and `userIds` are told
    // (conversation_updated), here and on the other processes.
    void membersChanged(const QString &conversationId, const QStringList &userIds);
    // As membersChanged when the change was already published on the bus in
    // its own transaction: only this process's memory and sockets.
    void membersCommitted(const QString &conversationId, const QStringList &userIds);
    // The participants' ids, from memory; empty when the conversation is unknown.
    QStringList recipientsOf(const QString &conversationId);

Q_SIGNALS:
    void messageCreated(const kora::proto::Message &message, const QStringList &recipients);
    void messageUpdated(const kora::proto::Message &message, const QStringList &recipients);
    void cursorMoved(const QString &conversationId, const QString &userId, qint64 seq,
                     kora::server::Cursor cursor, const QStringList &recipients);
    void conversationChanged(const QString &conversationId, const QStringList &userIds);

private:
    struct Waiting
    {
        QPointer<QObject> context;
        std::function<void(const Result<Stored> &)> done;
        bool first = true; // the send that created the row (others get created=false)
    };
    struct PendingSend
    {
        Actor actor;
        proto::SendMessageRequest request;
        proto::Message message;
        QList<Waiting> waiting;
    };
    Result<std::optional<Stored>> precheckSend(const Actor &actor, const QString &conversationId,
                                               const proto::SendMessageRequest &r, qint64 now);
    // Each id an upload of the sender's, not yet in a message (image kind: images only).
    Result<bool> checkAttachments(const Actor &actor, const proto::SendMessageRequest &r);
    proto::Message newMessage(const Actor &actor, const QString &conversationId,
                              const proto::SendMessageRequest &r, qint64 now);
    // Applies the contact guard to m.body and sets m.flags.
    void screen(proto::Message &m);
    Expected<bool, DbError> writeMessage(proto::Message &m, const QStringList &attachmentIds);
    void announce(const proto::Message &m, bool created);
    // Announces what other processes committed in (fromSeq, toSeq].
    void announceCommitted(const QString &conversationId, qint64 fromSeq, qint64 toSeq);
    void onRemoteMessages(const QString &conversationId, qint64 from, qint64 to);
    void noteDelivered(const QString &conversationId, qint64 seq);
    // A change of a conversation outside a transaction: to the other processes, then here.
    void publishChange(const QString &conversationId, const QStringList &userIds);
    void flushBatch();
    Result<proto::Conversation> enrich(proto::Conversation c, const QString &viewerId);
    Result<bool> requireParticipant(const Actor &actor, const QString &conversationId);
    Result<proto::Message> changeMessage(const Actor &actor, const QString &messageId,
                                         const QString *newBody);

    Database &m_db;
    ClusterBus &m_bus;
    const Presence &m_presence;
    proto::BodyLimits m_limits;
    UserRepository m_users;
    ConversationRepository m_conversations;
    MessageRepository m_messages;
    AttachmentRepository m_attachments;
    MembershipCache m_members;
    BlockRepository m_blocks;
    ContactGuardMode m_contactGuard = ContactGuardMode::Flag;
    RateLimiter m_sendLimiter;   // sends, edits and deletes per user
    RateLimiter m_createLimiter; // new conversations per user
    QList<PendingSend> m_batch;
    // (sender, clientId) → its index in m_batch: a duplicate joins the first.
    QHash<std::pair<QString, QString>, qsizetype> m_batchIndex;
    bool m_flushScheduled = false;
    // Per conversation: every change up to this seq has been announced here.
    QHash<QString, qint64> m_announced;
    static constexpr int maxTracked = 200'000;
};

} // namespace kora::server
