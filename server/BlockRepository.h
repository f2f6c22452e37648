#pragma once

#include "Database.h"

#include "protocol/User.h"

#include <QList>
#include <QString>

namespace kora::server {

// The blocks table (protocol 7.4): who blocks whom. Read from the database
// on every check, so a block made on one process holds on every other at
// once (no cache to invalidate).
class BlockRepository
{
public:
    explicit BlockRepository(Database &db)
        : m_db(db)
    {}

    // Both idempotent; true when a row was added or removed.
    Expected<bool, DbError> add(const QString &blockerId, const QString &blockedId, qint64 nowMs);
    Expected<bool, DbError> remove(const QString &blockerId, const QString &blockedId);
    // The people `blockerId` blocks, the latest block first.
    Expected<QList<proto::User>, DbError> blockedBy(const QString &blockerId);
    // Whether either of the two blocks the other.
    Expected<bool, DbError> between(const QString &a, const QString &b);
    // Whether `userId` is blocked by the other participant of a direct
    // conversation (false for groups): one lookup by primary keys.
    Expected<bool, DbError> blockedIn(const QString &conversationId, const QString &userId);

private:
    Database &m_db;
};

} // namespace kora::server
