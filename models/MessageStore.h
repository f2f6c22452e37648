#pragma once

#include "CacheChange.h"
#include "CacheTypes.h"

#include "Expected.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace kora::models {

class Cache;
class CacheDatabase;
class SqlRows;

// The messages table: stores server messages (deduplicated by id and by
// sender + clientId, so an acknowledged outbox row stays the same row) and
// reads them in display order. Says what it changed through the Cache's
// signals: the conversations touched and a CacheChange per kind.
class MessageStore
{
public:
    MessageStore(CacheDatabase &db, Cache &notifier);

    // What a write moved in a conversation: its newest seq and time.
    struct Touch
    {
        qint64 lastSeq = 0;
        qint64 updatedAt = 0;
    };

    // See Cache::storeMessages.
    Expected<bool, QString> store(const QList<proto::Message> &messages,
                                  bool extendsHistory = false, QSet<QString> *inserted = nullptr);
    // What the message writes of one transaction add up to.
    struct WriteBatch
    {
        qint64 newAbove = 0;  // a row written with a local_id above it is an Insert, else an Update
        qint64 lastRowid = 0; // the connection's last insert rowid: a new one means an insert
        QHash<QString, Touch> touched;
        CacheChanges changes;
        QHash<qint64, CachedMessage> written; // each row as its last write left it
        QSet<QString> *inserted = nullptr;    // ids of the rows inserted, when asked
        // Gives each change the rows it names, as written (CacheChange::rows).
        void carryRows();
    };
    // Starts a batch inside a transaction, before its first storeOne().
    Expected<WriteBatch, QString> beginBatch() const;
    // Stores one message inside a transaction; one older than `oldestKept`
    // (> 0) is skipped unless already here.
    Expected<bool, QString> storeOne(const proto::Message &m, qint64 oldestKept, WriteBatch &batch);
    Expected<bool, QString> touchConversations(const QHash<QString, Touch> &touched);

    QList<CachedMessage> messages(const QString &conversationId, int limit, qint64 beforeSeq = -1,
                                  qint64 afterSeq = -1) const;
    std::optional<CachedMessage> message(qint64 localId) const;
    QList<CachedMessage> messagesByLocalId(const QString &conversationId,
                                           QList<qint64> localIds) const;
    bool hasMessage(const QString &id) const;
    qint64 oldestSeq(const QString &conversationId) const;
    QList<CachedMessage> systemMessages(const QString &conversationId, int limit) const;
    qint64 messageCount(const QString &conversationId) const;

    // A row of sql::messageColumns.
    static CachedMessage fromRow(const SqlRows &q);
    static void noteChange(CacheChanges &changes, CacheChange::Kind kind,
                           const QString &conversationId, qint64 localId, qint64 seq);

private:
    CacheDatabase &m_db;
    Cache &m_signals;
};

} // namespace kora::models
