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

} // namespace

Expected<QList<proto::Message>, DbError> MessageRepository::collect(QSqlQuery &q)
{
    QList<proto::Message> list;
    while (q.next())
        list.append(messageFromRow(q));
    if (auto filled = fillAttachments(list); !filled)
        return unexpected(filled.error());
    return list;
}

Expected<bool, DbError> MessageRepository::fillAttachments(QList<proto::Message> &messages)
{
    QStringList ids;
    for (const proto::Message &m : messages) {
        if (!m.deleted && m.kind != QLatin1String("text") && m.kind != QLatin1String("system"))
            ids.append(m.id);
    }
    if (ids.isEmpty())
        return true;
    auto found = m_attachments.forMessages(ids);
    if (!found)
        return unexpected(found.error());
    for (proto::Message &m : messages)
        m.attachments = found->value(m.id);
    return true;
}

Expected<std::optional<proto::Message>, DbError> MessageRepository::one(QSqlQuery &q)
{
    auto list = collect(q);
    if (!list)
        return unexpected(list.error());
    if (list->isEmpty())
        return std::optional<proto::Message>();
    return std::optional<proto::Message>(list->first());
}

Expected<bool, DbError> MessageRepository::insert(const proto::Message &m)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO messages (") + columns +
                           QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {m.id, m.conversationId, m.seq, m.updatedSeq, m.senderId, m.clientId, m.kind,
                        nonNullText(m.body), nullableText(m.replyToId),
                        m.createdAt.toMSecsSinceEpoch(), nullableMsecs(m.editedAt), m.deleted});
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
    return one(*q);
}

Expected<std::optional<proto::Message>, DbError>
MessageRepository::findByClientId(const QString &senderId, const QString &clientId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM messages WHERE sender_id = ? AND client_id = ?"),
                       {senderId, clientId});
    if (!q)
        return unexpected(q.error());
    return one(*q);
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
    return one(*q);
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
    if (!list)
        return unexpected(list.error());
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
    if (!list)
        return unexpected(list.error());
    MessagePage page;
    page.hasMore = list->size() > limit;
    if (page.hasMore)
        list->removeLast();
    std::sort(list->begin(), list->end(),
              [](const proto::Message &a, const proto::Message &b) { return a.seq < b.seq; });
    page.messages = std::move(*list);
    return page;
}

Expected<QList<proto::Message>, DbError>
MessageRepository::changedBetween(const QString &conversationId, qint64 fromSeq, qint64 toSeq)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM messages WHERE conversation_id = ?"
                                          " AND updated_seq > ? AND updated_seq <= ?"
                                          " ORDER BY updated_seq"),
                       {conversationId, fromSeq, toSeq});
    if (!q)
        return unexpected(q.error());
    return collect(*q);
}

Expected<bool, DbError> MessageRepository::update(const proto::Message &m)
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE messages SET body = ?, updated_seq = ?, edited_at = ?,"
                                 " deleted = ? WHERE id = ?"),
                  {nonNullText(m.body), m.updatedSeq, nullableMsecs(m.editedAt), m.deleted, m.id});
    if (!q)
        return unexpected(q.error());
    return true;
}

Expected<bool, DbError> MessageRepository::linkAttachments(proto::Message &m,
                                                           const QStringList &ids)
{
    if (auto linked = m_attachments.link(m.id, ids); !linked)
        return linked;
    auto found = m_attachments.forMessages({m.id});
    if (!found)
        return unexpected(found.error());
    m.attachments = found->value(m.id);
    return true;
}

} // namespace kora::server
