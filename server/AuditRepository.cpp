#include "AuditRepository.h"

#include "SqlValues.h"

#include "protocol/Json.h"

namespace kora::server {

QJsonObject AuditEntry::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("actorId"), actorId},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("conversationId"), conversationId.isEmpty()
                                                         ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(conversationId)},
                  {QStringLiteral("at"), proto::formatTime(at)}};
    proto::insertOptional(o, QLatin1String("actorName"), actorName);
    proto::insertOptional(o, QLatin1String("clientAddress"), clientAddress);
    proto::insertOptional(o, QLatin1String("detail"), detail);
    return o;
}

Expected<AuditEntry, DbError> AuditRepository::record(AuditEntry entry)
{
    if (m_lastAt == 0) {
        auto q = m_db.exec(QStringLiteral("SELECT MAX(at) FROM audit_log"));
        if (!q)
            return unexpected(q.error());
        if (q->next())
            m_lastAt = q->value(0).toLongLong();
    }
    entry.id = proto::newOrderedUuid();
    const qint64 at = qMax(QDateTime::currentMSecsSinceEpoch(), m_lastAt + 1);
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO audit_log (id, actor_id, action,"
                                 " conversation_id, client_address, detail, at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {entry.id, entry.actorId, entry.action, nullableText(entry.conversationId),
                   nullableText(entry.clientAddress), nullableText(entry.detail.left(1000)), at});
    if (!q) {
        if (q.error().uniqueViolation)
            m_lastAt = 0; // another writer took that millisecond: read the log's end again
        return unexpected(q.error());
    }
    m_lastAt = at;
    entry.at = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    return entry;
}

Expected<AuditPage, DbError> AuditRepository::list(const QString &conversationId, qint64 beforeMs,
                                                   int limit)
{
    QString sql = QStringLiteral(
        "SELECT a.id, a.actor_id, u.name, a.action, a.conversation_id, a.client_address,"
        " a.detail, a.at FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id WHERE 1 = 1");
    QVariantList binds;
    if (!conversationId.isEmpty()) {
        sql += QStringLiteral(" AND a.conversation_id = ?");
        binds.append(conversationId);
    }
    if (beforeMs >= 0) {
        sql += QStringLiteral(" AND a.at < ?");
        binds.append(beforeMs);
    }
    sql += QStringLiteral(" ORDER BY a.at DESC LIMIT ?");
    binds.append(limit + 1);
    auto q = m_db.exec(sql, binds);
    if (!q)
        return unexpected(q.error());
    AuditPage page;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toString();
        e.actorId = q->value(1).toString();
        e.actorName = q->value(2).toString();
        e.action = q->value(3).toString();
        e.conversationId = q->value(4).toString();
        e.clientAddress = q->value(5).toString();
        e.detail = q->value(6).toString();
        e.at = msecsToTime(q->value(7));
        page.entries.append(e);
    }
    page.hasMore = page.entries.size() > limit;
    if (page.hasMore)
        page.entries.removeLast();
    return page;
}

Expected<bool, DbError> AuditRepository::hasViewed(const QString &actorId,
                                                   const QString &conversationId)
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM audit_log WHERE actor_id = ? AND"
                                      " conversation_id = ? AND action = 'view'"),
                       {actorId, conversationId});
    if (!q)
        return unexpected(q.error());
    return q->next();
}

} // namespace kora::server
