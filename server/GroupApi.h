#pragma once

#include "BlockRepository.h"
#include "ConversationRepository.h"
#include "HttpRouter.h"
#include "RateLimiter.h"

#include <QObject>

namespace kora::server {

class ChatService;
class SystemMessages;

// Changes to a conversation by its participants: archiving it (for
// oneself) and, for a group, its title and its people
// (PATCH /api/v1/conversations/{id}, POST …/participants,
// DELETE …/participants/{userId}). Every change of a group is one
// transaction with the system line that tells it, and every participant
// before and after it hears conversation_updated, on every process.
// Anyone in a group may rename it and add people they do not block and
// who do not block them; its owner (Conversation::ownerId) may
// remove others; anyone may leave. Changes share a per-user hourly budget.
class GroupApi : public QObject
{
    Q_OBJECT
public:
    GroupApi(Database &db, ChatService &chat, SystemMessages &system, int changesPerHour,
             QObject *parent = nullptr);
    void registerRoutes(HttpRouter &router);

private:
    HttpOutcome patch(HttpContext &c);
    HttpOutcome add(HttpContext &c);
    HttpOutcome remove(HttpContext &c);
    // The checks every group change starts with; nothing when it may go on.
    std::optional<HttpReply> refuseChange(HttpContext &c, const QString &conversationId);
    // Stores `line` with `change` in one transaction and tells `told`.
    HttpOutcome commit(HttpContext &c, const QString &conversationId, const QString &line,
                       const QJsonObject &meta, const QStringList &told,
                       const std::function<Expected<bool, DbError>()> &change);

    Database &m_db;
    ChatService &m_chat;
    SystemMessages &m_system;
    ConversationRepository m_conversations;
    BlockRepository m_blocks;
    RateLimiter m_changeLimiter; // per user
};

} // namespace kora::server
