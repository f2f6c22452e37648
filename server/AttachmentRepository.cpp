#include "AttachmentRepository.h"

#include "SqlValues.h"

namespace kora::server {
namespace {

const QString columns = QStringLiteral("id, uploader_id, message_id, name, mime, size, width,"
                                       " height, sha256, thumb, position, created_at");

AttachmentRecord fromRow(const QSqlQuery &q)
{
    AttachmentRecord a;
    a.id = q.value(0).toString();
    a.uploaderId = q.value(1).toString();
    a.messageId = q.value(2).toString();
    a.name = q.value(3).toString();
    a.mime = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.width = q.value(6).toInt();
    a.height = q.value(7).toInt();
    a.sha256 = q.value(8).toString();
    a.thumb = q.value(9).toInt() != 0;
    a.position = q.value(10).toInt();
    a.createdAt = q.value(11).toLongLong();
    return a;
}

QVariant nullableInt(int value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<int>());
}

} // namespace

proto::Attachment AttachmentRecord::toProto() const
{
    proto::Attachment a;
    a.id = id;
    a.name = name;
    a.mime = mime;
    a.size = size;
    if (width > 0 && height > 0) {
        a.width = width;
        a.height = height;
    }
    a.url = QStringLiteral("/api/v1/attachments/") + id;
    if (thumb)
        a.thumbUrl = a.url + QStringLiteral("/thumb");
    return a;
}

Expected<bool, DbError> AttachmentRepository::insert(const AttachmentRecord &a)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO attachments (") + columns +
                           QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {a.id, a.uploaderId, nullableText(a.messageId), a.name, a.mime, a.size,
                        nullableInt(a.width), nullableInt(a.height), a.sha256, a.thumb, a.position,
                        a.createdAt});
    if (!q)
        return unexpected(q.error());
    return true;
}

Expected<qint64, DbError> AttachmentRepository::unsentBytesSince(const QString &uploaderId,
                                                                 qint64 sinceMs)
{
    auto q = m_db.exec(QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM attachments"
                                      " WHERE uploader_id = ? AND message_id IS NULL"
                                      " AND created_at >= ?"),
                       {uploaderId, sinceMs});
    if (!q)
        return unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Expected<std::optional<AttachmentRecord>, DbError> AttachmentRepository::find(const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM attachments WHERE id = ?"),
                       {id});
    if (!q)
        return unexpected(q.error());
    if (!q->next())
        return std::optional<AttachmentRecord>();
    return std::optional<AttachmentRecord>(fromRow(*q));
}

Expected<QList<AttachmentRecord>, DbError> AttachmentRepository::findMany(const QStringList &ids)
{
    QList<AttachmentRecord> list;
    if (ids.isEmpty())
        return list;
    QVariantList binds;
    for (const QString &id : ids)
        binds.append(id);
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM attachments WHERE id IN (") +
                           placeholders(ids.size()) + QLatin1Char(')'),
                       binds);
    if (!q)
        return unexpected(q.error());
    while (q->next())
        list.append(fromRow(*q));
    return list;
}

Expected<bool, DbError> AttachmentRepository::link(const QString &messageId, const QStringList &ids)
{
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto q = m_db.exec(QStringLiteral("UPDATE attachments SET message_id = ?, position = ?"
                                          " WHERE id = ? AND message_id IS NULL"),
                           {messageId, int(i), ids[i]});
        if (!q)
            return unexpected(q.error());
        if (q->numRowsAffected() != 1)
            return unexpected(
                DbError{QStringLiteral("attachment %1 is already used").arg(ids[i]), true});
    }
    return true;
}

Expected<QHash<QString, QList<proto::Attachment>>, DbError>
AttachmentRepository::forMessages(const QStringList &messageIds)
{
    QHash<QString, QList<proto::Attachment>> byMessage;
    if (messageIds.isEmpty())
        return byMessage;
    QVariantList binds;
    for (const QString &id : messageIds)
        binds.append(id);
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM attachments WHERE message_id IN (") +
                           placeholders(messageIds.size()) +
                           QStringLiteral(") ORDER BY message_id, position"),
                       binds);
    if (!q)
        return unexpected(q.error());
    while (q->next()) {
        const AttachmentRecord a = fromRow(*q);
        byMessage[a.messageId].append(a.toProto());
    }
    return byMessage;
}

Expected<QString, DbError> AttachmentRepository::carryingConversation(const QString &attachmentId)
{
    auto q = m_db.exec(QStringLiteral("SELECT m.conversation_id FROM attachments a"
                                      " JOIN messages m ON m.id = a.message_id"
                                      " WHERE a.id = ? AND m.deleted = FALSE"),
                       {attachmentId});
    if (!q)
        return unexpected(q.error());
    return q->next() ? q->value(0).toString() : QString();
}

Expected<bool, DbError> AttachmentRepository::isCarriedFor(const QString &attachmentId,
                                                           const QString &userId)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT 1 FROM attachments a JOIN messages m ON m.id = a.message_id"
                       " JOIN participants p ON p.conversation_id = m.conversation_id"
                       " WHERE a.id = ? AND m.deleted = FALSE AND p.user_id = ?"),
        {attachmentId, userId});
    if (!q)
        return unexpected(q.error());
    return q->next();
}

} // namespace kora::server
