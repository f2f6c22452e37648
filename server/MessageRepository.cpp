#include "MessageRepository.h"

#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace kora::server {
namespace {

const QString columns =
    QStringLiteral("id, conversation_id, seq, updated_seq, sender_id, client_id,"
                   " kind, body, reply_to_id, created_at, edited_at, deleted, flags");

QString flagsText(const proto::Message &m)
{
    return m.flags.join(QLatin1Char(','));
}

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
    const QString flags = q.value(12).toString();
    if (!flags.isEmpty())
        m.flags = flags.split(QLatin1Char(','));
    return m;
}

bool indexable(const proto::Message &m)
{
    return !m.deleted && !m.body.isEmpty();
}

// PostgreSQL's search column: unaccented, then split and lowercased by 'simple'.
const QString tsvector = QStringLiteral("to_tsvector('simple', unaccent(?))");

} // namespace

Expected<QList<proto::Message>, DbError> MessageRepository::collect(QSqlQuery &q)
{
    QList<proto::Message> list;
    while (q.next())
        list.append(messageFromRow(q));
    if (auto filled = fillAttachments(list); !filled)
        return unexpected(filled.error());
    if (auto filled = fillReplyPreviews(list); !filled)
        return unexpected(filled.error());
    if (auto filled = fillReactions(list); !filled)
        return unexpected(filled.error());
    if (auto filled = fillMeta(list); !filled)
        return unexpected(filled.error());
    return list;
}

Expected<bool, DbError> MessageRepository::fillMeta(QList<proto::Message> &messages)
{
    QStringList ids;
    for (const proto::Message &m : messages) {
        if (m.kind == QLatin1String("system"))
            ids.append(m.id);
    }
    if (ids.isEmpty())
        return true; // the common page: no query
    auto q = m_db.exec(QStringLiteral("SELECT message_id, meta FROM system_message_meta"
                                      " WHERE message_id IN (") +
                           placeholders(ids.size()) + QLatin1Char(')'),
                       bindsOf(ids));
    if (!q)
        return unexpected(q.error());
    QHash<QString, QJsonObject> metas;
    while (q->next())
        metas.insert(q->value(0).toString(),
                     QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object());
    for (proto::Message &m : messages) {
        if (m.kind == QLatin1String("system"))
            m.meta = metas.value(m.id);
    }
    return true;
}

Expected<bool, DbError> MessageRepository::fillReplyPreviews(QList<proto::Message> &messages)
{
    QStringList ids;
    for (const proto::Message &m : messages) {
        if (!m.replyToId.isEmpty() && !ids.contains(m.replyToId))
            ids.append(m.replyToId);
    }
    if (ids.isEmpty())
        return true;
    auto q = m_db.exec(QStringLiteral("SELECT id, sender_id, kind, body, deleted FROM messages"
                                      " WHERE id IN (") +
                           placeholders(ids.size()) + QLatin1Char(')'),
                       bindsOf(ids));
    if (!q)
        return unexpected(q.error());
    QHash<QString, proto::ReplyPreview> previews;
    while (q->next()) {
        proto::ReplyPreview p{q->value(0).toString(),
                              q->value(1).toString(),
                              q->value(2).toString(),
                              {},
                              q->value(4).toInt() != 0};
        if (!p.deleted)
            p.body = proto::ReplyPreview::cut(q->value(3).toString());
        previews.insert(p.id, p);
    }
    for (proto::Message &m : messages) {
        if (const auto it = previews.constFind(m.replyToId); it != previews.constEnd())
            m.replyPreview = *it;
    }
    return true;
}

Expected<bool, DbError> MessageRepository::fillReplyPreview(proto::Message &m)
{
    QList<proto::Message> one{m};
    if (auto filled = fillReplyPreviews(one); !filled)
        return filled;
    m.replyPreview = one.first().replyPreview;
    return true;
}

Expected<bool, DbError> MessageRepository::fillReactions(QList<proto::Message> &messages)
{
    QStringList ids;
    for (const proto::Message &m : messages) {
        if (!m.deleted)
            ids.append(m.id);
    }
    if (ids.isEmpty())
        return true;
    auto found = m_reactions.forMessages(ids);
    if (!found)
        return unexpected(found.error());
    for (proto::Message &m : messages)
        m.reactions = found->value(m.id);
    return true;
}

Expected<QVariant, DbError> MessageRepository::addToFts(const proto::Message &m)
{
    if (!indexable(m))
        return QVariant(QMetaType::fromType<qlonglong>());
    if (m_deferring) {
        if (m_nextRowid == 0) {
            // As FTS5 would choose: one past the highest.
            auto q = m_db.exec(
                QStringLiteral("SELECT rowid FROM message_search ORDER BY rowid DESC LIMIT 1"));
            if (!q)
                return unexpected(q.error());
            m_nextRowid = (q->next() ? q->value(0).toLongLong() : 0) + 1;
        }
        m_deferred.append({m_nextRowid, m.body, m.id});
        return QVariant(m_nextRowid++);
    }
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO message_search (body, message_id) VALUES (?, ?)"),
                  {m.body, m.id});
    if (!q)
        return unexpected(q.error());
    return q->lastInsertId();
}

void MessageRepository::deferIndex()
{
    stopDeferring();
    m_deferring = !m_db.isPostgres(); // PostgreSQL indexes a column of the row itself
}

void MessageRepository::stopDeferring()
{
    m_deferring = false;
    m_nextRowid = 0;
    m_deferred.clear();
}

Expected<bool, DbError> MessageRepository::writeDeferredIndex()
{
    const QList<IndexEntry> entries = std::exchange(m_deferred, {});
    stopDeferring();
    if (entries.isEmpty())
        return true;
    QJsonArray rows;
    for (const IndexEntry &e : entries)
        rows.append(QJsonArray{e.rowid, e.body, e.messageId});
    auto q = m_db.exec(QStringLiteral("INSERT INTO message_search (rowid, body, message_id)"
                                      " SELECT json_extract(value, '$[0]'),"
                                      " json_extract(value, '$[1]'), json_extract(value, '$[2]')"
                                      " FROM json_each(?)"),
                       {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))});
    if (!q)
        return unexpected(q.error());
    return true;
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
    QVariantList binds{m.id,
                       m.conversationId,
                       m.seq,
                       m.updatedSeq,
                       m.senderId,
                       m.clientId,
                       m.kind,
                       nonNullText(m.body),
                       nullableText(m.replyToId),
                       m.createdAt.toMSecsSinceEpoch(),
                       nullableMsecs(m.editedAt),
                       m.deleted,
                       nonNullText(flagsText(m))};
    QString search;
    if (m_db.isPostgres()) {
        search = QStringLiteral(", search_tsv) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ") +
                 (indexable(m) ? tsvector : QStringLiteral("NULL")) + QLatin1Char(')');
        if (indexable(m))
            binds.append(m.body);
    } else {
        auto rowid = addToFts(m);
        if (!rowid)
            return unexpected(rowid.error());
        search =
            QStringLiteral(", search_rowid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        binds.append(*rowid);
    }
    auto q = m_db.exec(QStringLiteral("INSERT INTO messages (") + columns + search, binds);
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

Expected<QList<proto::Message>, DbError> MessageRepository::findMany(const QStringList &ids)
{
    if (ids.isEmpty())
        return QList<proto::Message>();
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM messages WHERE id IN (") +
                           placeholders(ids.size()) + QLatin1Char(')'),
                       bindsOf(ids));
    if (!q)
        return unexpected(q.error());
    auto list = collect(*q);
    if (!list)
        return unexpected(list.error());
    std::sort(list->begin(), list->end(), [&ids](const proto::Message &a, const proto::Message &b) {
        return ids.indexOf(a.id) < ids.indexOf(b.id);
    });
    return list;
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
    const QString sql = QStringLiteral("UPDATE messages SET body = ?, updated_seq = ?,"
                                       " edited_at = ?, deleted = ?, flags = ?, ");
    QVariantList binds{nonNullText(m.body), m.updatedSeq, nullableMsecs(m.editedAt), m.deleted,
                       nonNullText(flagsText(m))};
    QString search;
    if (m_db.isPostgres()) {
        search =
            QStringLiteral("search_tsv = ") + (indexable(m) ? tsvector : QStringLiteral("NULL"));
        if (indexable(m))
            binds.append(m.body);
    } else {
        // The old entry goes, a new one comes (FTS5 has no index on message_id).
        auto old = m_db.exec(QStringLiteral("DELETE FROM message_search WHERE rowid ="
                                            " (SELECT search_rowid FROM messages WHERE id = ?)"),
                             {m.id});
        if (!old)
            return unexpected(old.error());
        auto rowid = addToFts(m);
        if (!rowid)
            return unexpected(rowid.error());
        search = QStringLiteral("search_rowid = ?");
        binds.append(*rowid);
    }
    binds.append(m.id);
    auto q = m_db.exec(sql + search + QStringLiteral(" WHERE id = ?"), binds);
    if (!q)
        return unexpected(q.error());
    if (m.deleted) {
        if (auto cleared = m_reactions.removeAll(m.id); !cleared)
            return cleared;
    }
    return true;
}

Expected<bool, DbError> MessageRepository::touch(const QString &id, qint64 updatedSeq)
{
    auto q = m_db.exec(QStringLiteral("UPDATE messages SET updated_seq = ? WHERE id = ?"),
                       {updatedSeq, id});
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
