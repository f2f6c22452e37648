#pragma once

#include "protocol/ApiError.h"
#include "protocol/Conversation.h"
#include "protocol/Message.h"

#include <QMetaType>

namespace kora::models {

// How an own message stands; others' messages are Received.
enum class DeliveryState { Sending, Failed, Sent, Delivered, Read, Received };

// A file the UI has prepared (downscaled/re-encoded images) and saved, to be
// sent with Outbox::sendFiles. width/height 0 when not an image or unknown.
struct LocalAttachment
{
    QString path;
    QString name;
    QString mime;
    qint64 size = 0;
    int width = 0;
    int height = 0;
};

// A message as the client holds it: what the server said, or, while it is
// still in the outbox, what the user wrote (seq 0, id empty).
struct CachedMessage
{
    qint64 localId = 0; // stable row key in this cache
    proto::Message message;
    bool pending = false; // in the outbox, not acknowledged yet
    bool failed = false;  // refused for good; the user may retry or discard
    proto::ApiError failure;
    // A pending message's files: the outbox copies, in attachment order
    // (message.attachments holds the same files with what is known so far).
    QList<LocalAttachment> localFiles;
};

struct CachedConversation
{
    proto::Conversation conversation; // lastMessage filled, participants filled
    QString draft;
    int pendingCount = 0; // messages waiting in the outbox (not reactions, reports, deletes)
};

// One file of an outbox entry: the outbox copy, and the server's attachment
// id once it is uploaded (empty before).
struct OutboxFile
{
    LocalAttachment file;
    QString attachmentId;
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
    QList<OutboxFile> files; // uploaded before the send; their ids then go with it
    // A react operation (kind "react", body = the emoji): the message and on/off (7.2).
    QString targetId;
    bool reactOn = false;
    // A report (kind "report", body = the note, targetId = the message if one): its reason.
    QString reason;
    // Not sent before this time (ms since the epoch; 0: at once). A delete
    // (kind "delete", targetId = the message) is held while it can be undone.
    qint64 notBefore = 0;
};

// A reaction toggled here and not acknowledged yet: shown at once over the
// server's reactions (MessageListModel::ReactionsRole), in the order written.
struct PendingReaction
{
    QString clientId;
    QString messageId;
    QString emoji;
    bool on = true;
    bool operator==(const PendingReaction &) const = default;
};

} // namespace kora::models
