#include "ConversationRepository.h"

#include "SqlValues.h"

namespace kora::server {
namespace {

const QString selectAsViewer = QStringLiteral(
    "SELECT c.id, c.type, c.title, c.job_id, c.job_title, c.last_seq, c.created_at, c.updated_at,"
    " p.archived, p.last_read_seq, c.contact_allowed, c.created_by FROM conversations c"
    " JOIN participants p ON p.conversation_id = c.id AND p.user_id = ?");

proto::Conversation conversationFromRow(const QSqlQuery &q)
{
    proto::Conversation c;
    c.id = q.value(0).toString();
    c.type = q.value(1).toString();
    c.title = q.value(2).toString();
    c.jobId = q.value(3).toString();
    c.jobTitle = q.value(4).toString();
    c.lastSeq = q.value(5).toLongLong();
    c.createdAt = msecsToTime(q.value(6));
    c.updatedAt = msecsToTime(q.value(7));
    c.archived = q.value(8).toInt() != 0;
    // Column 9 (the viewer's lastReadSeq) is read by ChatService via participants().
    c.contactAllowed = q.value(10).toInt() != 0;
    if (c.type == QLatin1String("group"))
        c.ownerId = q.value(11).toString(); // its maker; ChatService::enrich settles who owns it
    return c;
}

} // namespace

QString ConversationRepository::directKey(const QString &a, const QString &b)
{
    return a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a;
}

Expected<QList<proto::Conversation>, DbError> ConversationRepository::collect(QSqlQuery &q)
{
    QList<proto::Conversation> list;
    while (q.next())
        list.append(conversationFromRow(q));
    return list;
}

Expected<std::optional<proto::Conversation>, DbError>
ConversationRepository::find(const QString &id, const QString &viewerId)
{
    // A viewer who is not a participant (support) sees it unarchived.
    auto q =
        m_db.exec(QStringLiteral("SELECT c.id, c.type, c.title, c.job_id, c.job_title, c.last_seq,"
                                 " c.created_at, c.updated_at, COALESCE(p.archived, FALSE), "
                                 "COALESCE(p.last_read_seq, 0),"
                                 " c.contact_allowed, c.created_by FROM conversations c"
                                 " LEFT JOIN participants p"
                                 " ON p.conversation_id = c.id AND p.user_id = ? WHERE c.id = ?"),
                  {viewerId, id});
    if (!q)
        return unexpected(q.error());
    if (!q->next())
        return std::optional<proto::Conversation>();
    return std::optional<proto::Conversation>(conversationFromRow(*q));
}

Expected<std::optional<QString>, DbError> ConversationRepository::findDirect(const QString &key)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM conversations WHERE direct_key = ?"), {key});
    if (!q)
        return unexpected(q.error());
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Expected<QList<proto::Participant>, DbError>
ConversationRepository::participants(const QString &conversationId)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT u.id, u.name, u.role, u.avatar_url, u.last_seen_at,"
                                 " p.last_read_seq, p.last_delivered_seq FROM participants p"
                                 " JOIN users u ON u.id = p.user_id WHERE p.conversation_id = ?"
                                 " ORDER BY p.joined_at, u.id"),
                  {conversationId});
    if (!q)
        return unexpected(q.error());
    QList<proto::Participant> list;
    while (q->next()) {
        proto::Participant p;
        p.user.id = q->value(0).toString();
        p.user.name = q->value(1).toString();
        p.user.role = q->value(2).toString();
        p.user.avatarUrl = q->value(3).toString();
        p.user.lastSeenAt = msecsToTime(q->value(4));
        p.lastReadSeq = q->value(5).toLongLong();
        p.lastDeliveredSeq = q->value(6).toLongLong();
        list.append(p);
    }
    return list;
}

Expected<QList<proto::Conversation>, DbError>
ConversationRepository::listForUser(const QString &userId, bool archived, qint64 beforeMs,
                                    int limit)
{
    QString sql = selectAsViewer + QStringLiteral(" WHERE p.archived = ?");
    QVariantList binds{userId, archived};
    if (beforeMs >= 0) {
        sql += QStringLiteral(" AND c.updated_at < ?");
        binds.append(beforeMs);
    }
    sql += QStringLiteral(" ORDER BY c.updated_at DESC, c.id DESC LIMIT ?");
    binds.append(limit);
    auto q = m_db.exec(sql, binds);
    if (!q)
        return unexpected(q.error());
    return collect(*q);
}

Expected<QList<proto::Conversation>, DbError>
ConversationRepository::search(const QString &userId, const QString &jobId, const QString &text,
                               qint64 beforeMs, int limit)
{
    QString sql =
        QStringLiteral("SELECT c.id, c.type, c.title, c.job_id, c.job_title, c.last_seq,"
                       " c.created_at, c.updated_at, 0, 0, c.contact_allowed, c.created_by"
                       " FROM conversations c WHERE 1 = 1");
    QVariantList binds;
    if (!userId.isEmpty()) {
        sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM participants p WHERE p.conversation_id = c.id"
            " AND p.user_id = ?)");
        binds.append(userId);
    }
    if (!jobId.isEmpty()) {
        sql += QStringLiteral(" AND c.job_id = ?");
        binds.append(jobId);
    }
    if (!text.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id"
                              " AND m.deleted = FALSE AND LOWER(m.body) LIKE ?)");
        binds.append(QString(QLatin1Char('%') + text.toLower() + QLatin1Char('%')));
    }
    if (beforeMs >= 0) {
        sql += QStringLiteral(" AND c.updated_at < ?");
        binds.append(beforeMs);
    }
    sql += QStringLiteral(" ORDER BY c.updated_at DESC, c.id DESC LIMIT ?");
    binds.append(limit);
    auto q = m_db.exec(sql, binds);
    if (!q)
        return unexpected(q.error());
    return collect(*q);
}

Expected<bool, DbError> ConversationRepository::create(const NewConversation &c, qint64 nowMs)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO conversations (id, type, title, job_id, job_title,"
                       " direct_key, last_seq, created_at, updated_at, created_by)"
                       " VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"),
        {c.id, c.type, nullableText(c.title), nullableText(c.jobId), nullableText(c.jobTitle),
         nullableText(c.directKey), nowMs, nowMs, nullableText(c.participantIds.value(0))});
    if (!q)
        return unexpected(q.error());
    for (const QString &userId : c.participantIds) {
        auto p = m_db.exec(QStringLiteral("INSERT INTO participants (conversation_id, user_id,"
                                          " joined_at) VALUES (?, ?, ?)"),
                           {c.id, userId, nowMs});
        if (!p)
            return unexpected(p.error());
    }
    return true;
}

Expected<bool, DbError> ConversationRepository::setJobContext(const QString &id,
                                                              const QString &jobId,
                                                              const QString &jobTitle, qint64 nowMs)
{
    auto q = m_db.exec(QStringLiteral("UPDATE conversations SET job_id = ?, job_title = ?,"
                                      " updated_at = ? WHERE id = ?"),
                       {nullableText(jobId), nullableText(jobTitle), nowMs, id});
    if (!q)
        return unexpected(q.error());
    return true;
}

Expected<bool, DbError> ConversationRepository::setTitle(const QString &id, const QString &title,
                                                         qint64 nowMs)
{
    auto q = m_db.exec(QStringLiteral("UPDATE conversations SET title = ?, updated_at = ?"
                                      " WHERE id = ?"),
                       {title, nowMs, id});
    if (!q)
        return unexpected(q.error());
    return q->numRowsAffected() > 0;
}

Expected<bool, DbError> ConversationRepository::addParticipant(const QString &id,
                                                               const QString &userId,
                                                               qint64 seenSeq, qint64 nowMs)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO participants (conversation_id, user_id,"
                                      " joined_at, last_read_seq, last_delivered_seq)"
                                      " VALUES (?, ?, ?, ?, ?)"),
                       {id, userId, nowMs, seenSeq, seenSeq});
    if (!q)
        return unexpected(q.error());
    return true;
}

Expected<bool, DbError> ConversationRepository::removeParticipant(const QString &id,
                                                                  const QString &userId)
{
    auto q = m_db.exec(
        QStringLiteral("DELETE FROM participants WHERE conversation_id = ? AND user_id = ?"),
        {id, userId});
    if (!q)
        return unexpected(q.error());
    return q->numRowsAffected() > 0;
}

Expected<bool, DbError> ConversationRepository::setContactAllowed(const QString &id, bool allowed)
{
    auto q = m_db.exec(QStringLiteral("UPDATE conversations SET contact_allowed = ? WHERE id = ?"),
                       {allowed, id});
    if (!q)
        return unexpected(q.error());
    return q->numRowsAffected() > 0;
}

Expected<bool, DbError> ConversationRepository::contactAllowed(const QString &id)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT contact_allowed FROM conversations WHERE id = ?"), {id});
    if (!q)
        return unexpected(q.error());
    return q->next() && q->value(0).toInt() != 0;
}

Expected<bool, DbError> ConversationRepository::setArchived(const QString &id,
                                                            const QString &userId, bool archived)
{
    auto q = m_db.exec(QStringLiteral("UPDATE participants SET archived = ?"
                                      " WHERE conversation_id = ? AND user_id = ?"),
                       {archived, id, userId});
    if (!q)
        return unexpected(q.error());
    return true;
}

Expected<bool, DbError> ConversationRepository::advanceCursor(const QString &id,
                                                              const QString &userId, Cursor cursor,
                                                              qint64 seq)
{
    const QString sql =
        cursor == Cursor::Read
            ? QStringLiteral("UPDATE participants SET last_read_seq = ?,"
                             " last_delivered_seq = CASE WHEN last_delivered_seq < ?"
                             " THEN ? ELSE last_delivered_seq END"
                             " WHERE conversation_id = ? AND user_id = ? AND last_read_seq < ?")
            : QStringLiteral("UPDATE participants SET last_delivered_seq = ?"
                             " WHERE conversation_id = ? AND user_id = ?"
                             " AND last_delivered_seq < ?");
    const QVariantList binds = cursor == Cursor::Read ? QVariantList{seq, seq, seq, id, userId, seq}
                                                      : QVariantList{seq, id, userId, seq};
    auto q = m_db.exec(sql, binds);
    if (!q)
        return unexpected(q.error());
    return q->numRowsAffected() > 0;
}

Expected<qint64, DbError>
ConversationRepository::unreadCount(const QString &id, const QString &userId, qint64 lastReadSeq)
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = ?"
                                      " AND seq > ? AND sender_id <> ? AND deleted = FALSE"),
                       {id, lastReadSeq, userId});
    if (!q)
        return unexpected(q.error());
    q->next();
    return q->value(0).toLongLong();
}

Expected<QList<std::pair<QString, qint64>>, DbError>
ConversationRepository::seqsForUser(const QString &userId)
{
    auto q = m_db.exec(QStringLiteral("SELECT c.id, c.last_seq FROM conversations c"
                                      " JOIN participants p ON p.conversation_id = c.id"
                                      " WHERE p.user_id = ?"),
                       {userId});
    if (!q)
        return unexpected(q.error());
    QList<std::pair<QString, qint64>> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toLongLong()});
    return list;
}

Expected<qint64, DbError> ConversationRepository::nextSeq(const QString &id, qint64 nowMs,
                                                          bool touch)
{
    auto q = touch ? m_db.exec(QStringLiteral("UPDATE conversations SET last_seq = last_seq + 1,"
                                              " updated_at = ? WHERE id = ? RETURNING last_seq"),
                               {nowMs, id})
                   : m_db.exec(QStringLiteral("UPDATE conversations SET last_seq = last_seq + 1"
                                              " WHERE id = ? RETURNING last_seq"),
                               {id});
    if (!q)
        return unexpected(q.error());
    if (!q->next())
        return unexpected(DbError{QStringLiteral("conversation vanished")});
    return q->value(0).toLongLong();
}

} // namespace kora::server
