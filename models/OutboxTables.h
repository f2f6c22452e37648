#pragma once

#include "CacheTypes.h"

#include "Expected.h"

#include <QVariantList>

#include <QSet>

namespace kora::models {

class Cache;
class CacheDatabase;
class MessageStore;

// The outbox and outbox_files tables: an entry and the message row shown as
// "sending" are written in one transaction; acknowledging turns that row
// into the server's message. Says what changed through the Cache's signals
// (outboxChanged, messagesChanged, conversationsChanged).
class OutboxTables
{
public:
    OutboxTables(CacheDatabase &db, MessageStore &messages, Cache &notifier);

    Expected<CachedMessage, QString> enqueue(const OutboxEntry &entry, const QString &senderId);
    // A react operation: only the outbox row (the message row is the server's).
    Expected<bool, QString> enqueueReaction(const OutboxEntry &entry);
    Expected<bool, QString> enqueueReport(const OutboxEntry &entry);
    Expected<bool, QString> enqueueDelete(const OutboxEntry &entry);
    QList<PendingReaction> pendingReactions(const QString &conversationId) const;
    // The messages of a conversation with a delete in the outbox.
    QSet<QString> pendingDeletes(const QString &conversationId) const;
    // Removes an operation (react, delete) and stores the message the server answered with.
    Expected<bool, QString> acknowledgeReaction(const QString &clientId,
                                                const proto::Message &stored);
    QList<OutboxEntry> outbox() const; // in the order written
    // The first entry of each conversation's queue that is neither failed nor held at `now`.
    QList<OutboxEntry> outboxHeads(qint64 now) const;
    // The earliest time a held entry may go (0: none held).
    qint64 nextRelease(qint64 now) const;
    Expected<bool, QString> acknowledge(const QString &clientId, const proto::Message &stored);
    Expected<bool, QString> recordAttempt(const QString &clientId);
    Expected<bool, QString> setUploaded(const QString &clientId, int index,
                                        const QString &attachmentId);
    Expected<bool, QString> markFailed(const QString &clientId, const proto::ApiError &error);
    Expected<bool, QString> retry(const QString &clientId);
    Expected<bool, QString> discard(const QString &clientId);
    int pendingCount() const;

private:
    QList<OutboxEntry> read(const QString &where) const;
    // An operation's outbox row (react, report, delete): no message row of its own.
    Expected<bool, QString> insertOperation(const OutboxEntry &entry);
    // Sets columns of one entry and says its message row changed.
    Expected<bool, QString> updateEntry(const QString &clientId, const QString &set,
                                        QVariantList binds);

    CacheDatabase &m_db;
    MessageStore &m_messages;
    Cache &m_signals;
};

} // namespace kora::models
