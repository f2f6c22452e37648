#include "MessageRepository.h"

#include "SqlValues.h"

#include <algorithm>

namespace kora::server {
namespace {

const QString columns =
    QStringLiteral("id, conversation_id, seq, updated_seq, sender_id, client_id,"
                   " kind, body, reply_to_id, created_at, edited_at, deleted");

proto::Message messageFromRow(const QSqlQuery &q)
{
    proto::Message m;
    m.id = q.value(0).toString();
    m.conversationId = q.value(1).toString();
    m.seq = q.value(2).toLongLong();
    m.updatedSeq = q.value(3).toLongLong();
    m.senderId = q.value(4).toString();
    m.clientId = q.value(5).toString();
    m.kind = q.value(6).toString();
    m.body = q.value(7).toString();
    m.replyToId = q.value(8).toString();
    m.createdAt = msecsToTime(q.value(9));
    m.editedAt = msecsToTime(q.value(10));
    m.deleted = q.value(11).toInt() != 0;
    return m;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QLatin1Char(','));
}

} // namespace

Expected<QList<proto::Message>, DbError> MessageRepository::collect(QSqlQuery &q)
{
    QList<proto::Message> list;
    while (q.next())
        list.append(messageFromRow(q));
    return list;
}

Expected<bool, DbError> MessageRepository::insert(const proto::Message &m)
{
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO messages (") + columns +
                      QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {m.id, m.conversationId, m.seq, m.updatedSeq, m.senderId, m.clientId, m.kind,
                   nonNullText(m.body), nullableText(m.replyToId), m.createdAt.toMSecsSinceEpoch(),
                   nullableMsecs(m.editedAt), m.deleted ? 1 : 0});
    if (!q)
        return unexpected(q.error());
    return true;
}

Expected<std::optional<proto::Message>, DbError> MessageRepository::find(const QString &id)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM messages WHERE id = ?"), {id});
    if (!q)
        return unexpected(q.error());
    if (!q->next())
        return std::optional<proto::Message>();
    return std::optional<proto::Message>(messageFromRow(*q));
}

Expected<std::optional<proto::Message>, DbError>
MessageRepository::findByClientId(const QString &senderId, const QString &clientId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM messages WHERE sender_id = ? AND client_id = ?"),
                       {senderId, clientId});
    if (!q)
        return unexpected(q.error());
    if (!q->next())
        return std::optional<proto::Message>();
    return std::optional<proto::Message>(messageFromRow(*q));
}

Expected<std::optional<proto::Message>, DbError>
MessageRepository::last(const QString &conversationId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM messages WHERE conversation_id = ?"
                                          " ORDER BY seq DESC LIMIT 1"),
                       {conversationId});
    if (!q)
        return unexpected(q.error());
    if (!q->next())
        return std::optional<proto::Message>();
    return std::optional<proto::Message>(messageFromRow(*q));
}

Expected<MessagePage, DbError> MessageRepository::before(const QString &conversationId,
                                                         qint64 beforeSeq, int limit)
{
    QString sql = QStringLiteral("SELECT ") + columns +
                  QStringLiteral(" FROM messages WHERE conversation_id = ?");
    QVariantList binds{conversationId};
    if (beforeSeq >= 0) {
        sql += QStringLiteral(" AND seq < ?");
        binds.append(beforeSeq);
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    binds.append(limit + 1);
    auto q = m_db.exec(sql, binds);
    if (!q)
        return unexpected(q.error());
    auto list = collect(*q);
    MessagePage page;
    page.hasMore = list->size() > limit;
    if (page.hasMore)
        list->removeLast();
    std::reverse(list->begin(), list->end());
    page.messages = std::move(*list);
    return page;
}

Expected<MessagePage, DbError> MessageRepository::after(const QString &conversationId,
                                                        qint64 afterSeq, int limit)
{
    // updated_seq >= seq always, so "seq > N or updated_seq > N" is "updated_seq > N".
    auto q =
        m_db.exec(QStringLiteral("SELECT ") + columns +
                      QStringLiteral(" FROM messages WHERE conversation_id = ? AND updated_seq > ?"
                                     " ORDER BY updated_seq LIMIT ?"),
                  {conversationId, afterSeq, limit + 1});
    if (!q)
        return unexpected(q.error());
    auto list = collect(*q);
    MessagePage page;
    page.hasMore = list->size() > limit;
    if (page.hasMore)
        list->removeLast();
    std::sort(list->begin(), list->end(),
              [](const proto::Message &a, const proto::Message &b) { return a.seq < b.seq; });
    page.messages = std::move(*list);
    return page;
}

Expected<bool, DbError> MessageRepository::update(const proto::Message &m)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE messages SET body = ?, updated_seq = ?, edited_at = ?,"
                       " deleted = ? WHERE id = ?"),
        {nonNullText(m.body), m.updatedSeq, nullableMsecs(m.editedAt), m.deleted ? 1 : 0, m.id});
    if (!q)
        return unexpected(q.error());
    return true;
}

Expected<int, DbError> MessageRepository::countUnusedAttachments(const QString &uploaderId,
                                                                 const QStringList &ids)
{
    QVariantList binds{uploaderId};
    for (const QString &id : ids)
        binds.append(id);
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM attachments WHERE uploader_id = ?"
                                      " AND message_id IS NULL AND id IN (") +
                           placeholders(ids.size()) + QLatin1Char(')'),
                       binds);
    if (!q)
        return unexpected(q.error());
    q->next();
    return q->value(0).toInt();
}

Expected<bool, DbError> MessageRepository::linkAttachments(const QString &messageId,
                                                           const QStringList &ids)
{
    QVariantList binds{messageId};
    for (const QString &id : ids)
        binds.append(id);
    auto q = m_db.exec(
        QStringLiteral(
            "UPDATE attachments SET message_id = ? WHERE message_id IS NULL AND id IN (") +
            placeholders(ids.size()) + QLatin1Char(')'),
        binds);
    if (!q)
        return unexpected(q.error());
    return true;
}

} // namespace kora::server
