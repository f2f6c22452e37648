#include "ReportRepository.h"

#include "SqlValues.h"

#include "protocol/Json.h"

namespace kora::server {
namespace {

const QString columns =
    QStringLiteral("id, reporter_id, client_id, conversation_id, message_id, reason, note, status,"
                   " created_at, resolved_at, resolved_by, resolution");

} // namespace

QJsonObject Report::receiptJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), status},
            {QStringLiteral("createdAt"), proto::formatTime(createdAt)}};
}

QJsonObject Report::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("reporterId"), reporterId},
                  {QStringLiteral("conversationId"), conversationId},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("createdAt"), proto::formatTime(createdAt)}};
    proto::insertOptional(o, QLatin1String("messageId"), messageId);
    proto::insertOptional(o, QLatin1String("note"), note);
    proto::insertOptional(o, QLatin1String("resolvedAt"), resolvedAt);
    proto::insertOptional(o, QLatin1String("resolvedBy"), resolvedBy);
    proto::insertOptional(o, QLatin1String("resolution"), resolution);
    return o;
}

Expected<QList<Report>, DbError> ReportRepository::collect(QSqlQuery &q)
{
    QList<Report> list;
    while (q.next()) {
        Report r;
        r.id = q.value(0).toString();
        r.reporterId = q.value(1).toString();
        r.clientId = q.value(2).toString();
        r.conversationId = q.value(3).toString();
        r.messageId = q.value(4).toString();
        r.reason = q.value(5).toString();
        r.note = q.value(6).toString();
        r.status = q.value(7).toString();
        r.createdAt = msecsToTime(q.value(8));
        r.resolvedAt = msecsToTime(q.value(9));
        r.resolvedBy = q.value(10).toString();
        r.resolution = q.value(11).toString();
        list.append(r);
    }
    return list;
}

Expected<Report, DbError> ReportRepository::insert(Report report)
{
    report.id = proto::newOrderedUuid();
    report.status = QStringLiteral("open");
    // Another process may take the same millisecond: read the end again and move on.
    for (int attempt = 0;; ++attempt) {
        if (m_lastAt == 0) {
            auto q = m_db.exec(QStringLiteral("SELECT MAX(created_at) FROM reports"));
            if (!q)
                return unexpected(q.error());
            if (q->next())
                m_lastAt = q->value(0).toLongLong();
        }
        const qint64 at = qMax(QDateTime::currentMSecsSinceEpoch(), m_lastAt + 1);
        auto q = m_db.exec(QStringLiteral("INSERT INTO reports (id, reporter_id, client_id,"
                                          " conversation_id, message_id, reason, note, status,"
                                          " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {report.id, report.reporterId, nullableText(report.clientId),
                            report.conversationId, nullableText(report.messageId), report.reason,
                            nullableText(report.note), report.status, at});
        if (q) {
            m_lastAt = at;
            report.createdAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
            return report;
        }
        m_lastAt = 0;
        // A clash on the reporter's clientId is the caller's to answer.
        if (!q.error().uniqueViolation || attempt >= 3 || !report.clientId.isEmpty())
            return unexpected(q.error());
    }
}

Expected<std::optional<Report>, DbError> ReportRepository::find(const QString &id)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM reports WHERE id = ?"), {id});
    if (!q)
        return unexpected(q.error());
    auto list = collect(*q);
    if (!list)
        return unexpected(list.error());
    return list->isEmpty() ? std::optional<Report>() : std::optional<Report>(list->first());
}

Expected<std::optional<Report>, DbError> ReportRepository::findByClientId(const QString &reporterId,
                                                                          const QString &clientId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(" FROM reports WHERE reporter_id = ? AND client_id = ?"),
                       {reporterId, clientId});
    if (!q)
        return unexpected(q.error());
    auto list = collect(*q);
    if (!list)
        return unexpected(list.error());
    return list->isEmpty() ? std::optional<Report>() : std::optional<Report>(list->first());
}

Expected<ReportPage, DbError> ReportRepository::list(const QString &status, qint64 beforeMs,
                                                     int limit)
{
    QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM reports WHERE 1 = 1");
    QVariantList binds;
    if (!status.isEmpty()) {
        sql += QStringLiteral(" AND status = ?");
        binds.append(status);
    }
    if (beforeMs >= 0) {
        sql += QStringLiteral(" AND created_at < ?");
        binds.append(beforeMs);
    }
    sql += QStringLiteral(" ORDER BY created_at DESC LIMIT ?");
    binds.append(limit + 1);
    auto q = m_db.exec(sql, binds);
    if (!q)
        return unexpected(q.error());
    auto list = collect(*q);
    if (!list)
        return unexpected(list.error());
    ReportPage page;
    page.hasMore = list->size() > limit;
    if (page.hasMore)
        list->removeLast();
    page.reports = std::move(*list);
    return page;
}

Expected<bool, DbError> ReportRepository::resolve(const QString &id, const QString &resolvedBy,
                                                  const QString &resolution, qint64 nowMs)
{
    auto q = m_db.exec(QStringLiteral("UPDATE reports SET status = 'resolved', resolved_at = ?,"
                                      " resolved_by = ?, resolution = ?"
                                      " WHERE id = ? AND status = 'open'"),
                       {nowMs, resolvedBy, resolution, id});
    if (!q)
        return unexpected(q.error());
    return q->numRowsAffected() > 0;
}

} // namespace kora::server
