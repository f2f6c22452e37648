#pragma once

#include "protocol/ApiError.h"
#include "protocol/Conversation.h"
#include "protocol/Message.h"

#include <QMetaType>

namespace kora::models {

// How an own message stands; others' messages are Received.
enum class DeliveryState { Sending, Failed, Sent, Delivered, Read, Received };

// A message as the client holds it: what the server said, or, while it is
// still in the outbox, what the user wrote (seq 0, id empty).
struct CachedMessage
{
    qint64 localId = 0; // stable row key in this cache
    proto::Message message;
    bool pending = false; // in the outbox, not acknowledged yet
    bool failed = false;  // refused for good; the user may retry or discard
    proto::ApiError failure;
};

struct CachedConversation
{
    proto::Conversation conversation; // lastMessage filled, participants filled
    QString draft;
    int pendingCount = 0; // outbox entries waiting
};

struct OutboxEntry
{
    QString clientId;
    QString conversationId;
    QString kind;
    QString body;
    QStringList attachmentIds;
    QString replyToId;
    int attempts = 0;
    qint64 queuedAt = 0;
    bool failed = false;
};

} // namespace kora::models
