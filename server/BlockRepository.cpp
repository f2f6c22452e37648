#include "BlockRepository.h"

#include "SqlValues.h"

namespace kora::server {

Expected<bool, DbError> BlockRepository::add(const QString &blockerId, const QString &blockedId,
                                             qint64 nowMs)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO blocks (blocker_id, blocked_id, created_at)"
                                      " VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                       {blockerId, blockedId, nowMs});
    if (!q)
        return unexpected(q.error());
    return q->numRowsAffected() > 0;
}

Expected<bool, DbError> BlockRepository::remove(const QString &blockerId, const QString &blockedId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM blocks WHERE blocker_id = ? AND blocked_id = ?"),
                       {blockerId, blockedId});
    if (!q)
        return unexpected(q.error());
    return q->numRowsAffected() > 0;
}

Expected<QList<proto::User>, DbError> BlockRepository::blockedBy(const QString &blockerId)
{
    auto q = m_db.exec(QStringLiteral("SELECT u.id, u.name, u.role, u.avatar_url FROM blocks b"
                                      " JOIN users u ON u.id = b.blocked_id WHERE b.blocker_id = ?"
                                      " ORDER BY b.created_at DESC, u.id"),
                       {blockerId});
    if (!q)
        return unexpected(q.error());
    QList<proto::User> users;
    while (q->next()) {
        proto::User u;
        u.id = q->value(0).toString();
        u.name = q->value(1).toString();
        u.role = q->value(2).toString();
        u.avatarUrl = q->value(3).toString();
        users.append(u);
    }
    return users;
}

Expected<bool, DbError> BlockRepository::between(const QString &a, const QString &b)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT 1 FROM blocks WHERE (blocker_id = ? AND blocked_id = ?)"
                                 " OR (blocker_id = ? AND blocked_id = ?)"),
                  {a, b, b, a});
    if (!q)
        return unexpected(q.error());
    return q->next();
}

Expected<bool, DbError> BlockRepository::blockedIn(const QString &conversationId,
                                                   const QString &userId)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT 1 FROM conversations c"
                       " JOIN participants p ON p.conversation_id = c.id AND p.user_id <> ?"
                       " JOIN blocks b ON b.blocker_id = p.user_id AND b.blocked_id = ?"
                       " WHERE c.id = ? AND c.type = 'direct'"),
        {userId, userId, conversationId});
    if (!q)
        return unexpected(q.error());
    return q->next();
}

} // namespace kora::server
