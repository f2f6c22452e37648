#pragma once

#include "ChatService.h"
#include "ConversationRepository.h"
#include "MessageRepository.h"
#include "RateLimiter.h"
#include "ReactionRepository.h"

#include <QObject>

namespace kora::server {

// Reactions (protocol 7.2), for the REST routes and the `react` event alike.
// A change takes the conversation's next seq into the message's updatedSeq,
// in one transaction with the row and the cluster notification, and is
// announced as message_updated through ChatService (so every process, every
// participant and afterSeq catch-up see it). Asking for what is already so
// changes nothing, takes no seq and answers the message as it is.
class ReactionService : public QObject
{
    Q_OBJECT
public:
    ReactionService(Database &db, ChatService &chat, int changesPer10s, QObject *parent = nullptr);

    // `emoji` is validated here (proto::Reaction::validateEmoji).
    Result<proto::Message> react(const Actor &actor, const QString &messageId, const QString &emoji,
                                 bool on);

private:
    enum class Outcome { Changed, Unchanged, TooMany, Deleted };
    Expected<Outcome, DbError> apply(proto::Message &m, const QString &emoji, const QString &userId,
                                     bool on);

    Database &m_db;
    ChatService &m_chat;
    MessageRepository m_messages;
    ConversationRepository m_conversations;
    ReactionRepository m_reactions;
    RateLimiter m_limiter;
};

} // namespace kora::server
