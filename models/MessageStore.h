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
    // Stores one message inside a transaction; one older than `oldestKept`
    // (> 0) is skipped unless already here. A row written with a local_id
    // above `newAbove` is an Insert, else an Update (noted in `changes`).
    Expected<bool, QString> storeOne(const proto::Message &m, qint64 oldestKept, qint64 newAbove,
                                     QHash<QString, Touch> &touched, CacheChanges &changes,
                                     QSet<QString> *inserted = nullptr);
    Expected<bool, QString> touchConversations(const QHash<QString, Touch> &touched);
    qint64 maxLocalId() const;

    QList<CachedMessage> messages(const QString &conversationId, int limit, qint64 beforeSeq = -1,
                                  qint64 afterSeq = -1) const;
    std::optional<CachedMessage> message(qint64 localId) const;
    QList<CachedMessage> messagesByLocalId(const QString &conversationId,
                                           QList<qint64> localIds) const;
    bool hasMessage(const QString &id) const;
    qint64 oldestSeq(const QString &conversationId) const;
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
