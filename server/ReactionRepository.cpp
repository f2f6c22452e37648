#include "ReactionRepository.h"

#include "SqlValues.h"

#include <algorithm>

namespace kora::server {

Expected<bool, DbError> ReactionRepository::add(const QString &messageId, const QString &emoji,
                                                const QString &userId, qint64 seq)
{
    // A concurrent add of the same row (another process) waits on it and adds nothing.
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO reactions (message_id, emoji, user_id, seq, emoji_seq)"
                       " VALUES (?, ?, ?, ?, COALESCE((SELECT MIN(emoji_seq) FROM reactions"
                       " WHERE message_id = ? AND emoji = ?), ?)) ON CONFLICT DO NOTHING"),
        {messageId, emoji, userId, seq, messageId, emoji, seq});
    if (!q)
        return unexpected(q.error());
    return q->numRowsAffected() > 0;
}

Expected<bool, DbError> ReactionRepository::remove(const QString &messageId, const QString &emoji,
                                                   const QString &userId)
{
    auto q = m_db.exec(
        QStringLiteral("DELETE FROM reactions WHERE message_id = ? AND emoji = ? AND user_id = ?"),
        {messageId, emoji, userId});
    if (!q)
        return unexpected(q.error());
    return q->numRowsAffected() > 0;
}

Expected<bool, DbError> ReactionRepository::has(const QString &messageId, const QString &emoji,
                                                const QString &userId)
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM reactions"
                                      " WHERE message_id = ? AND emoji = ? AND user_id = ?"),
                       {messageId, emoji, userId});
    if (!q)
        return unexpected(q.error());
    return q->next();
}

Expected<QStringList, DbError> ReactionRepository::emojiOf(const QString &messageId)
{
    auto q = m_db.exec(QStringLiteral("SELECT DISTINCT emoji FROM reactions WHERE message_id = ?"),
                       {messageId});
    if (!q)
        return unexpected(q.error());
    QStringList emoji;
    while (q->next())
        emoji.append(q->value(0).toString());
    return emoji;
}

Expected<bool, DbError> ReactionRepository::removeAll(const QString &messageId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM reactions WHERE message_id = ?"), {messageId});
    if (!q)
        return unexpected(q.error());
    return true;
}

Expected<QHash<QString, QList<proto::Reaction>>, DbError>
ReactionRepository::forMessages(const QStringList &messageIds)
{
    QHash<QString, QList<proto::Reaction>> byMessage;
    if (messageIds.isEmpty())
        return byMessage;
    auto q =
        m_db.exec(QStringLiteral("SELECT message_id, emoji, user_id FROM reactions"
                                 " WHERE message_id IN (") +
                      placeholders(messageIds.size()) + QStringLiteral(") ORDER BY emoji_seq, seq"),
                  bindsOf(messageIds));
    if (!q)
        return unexpected(q.error());
    // Emoji in the order they came onto the message, people in the order they reacted.
    while (q->next()) {
        QList<proto::Reaction> &list = byMessage[q->value(0).toString()];
        const QString emoji = q->value(1).toString();
        auto it = std::find_if(list.begin(), list.end(),
                               [&emoji](const proto::Reaction &r) { return r.emoji == emoji; });
        if (it == list.end())
            list.append({emoji, {q->value(2).toString()}});
        else
            it->userIds.append(q->value(2).toString());
    }
    return byMessage;
}

} // namespace kora::server
