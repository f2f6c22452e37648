#pragma once

#include "Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kora::server {

// A report of a conversation or one of its messages, for support (7.4).
struct Report
{
    QString id;
    QString reporterId;
    QString clientId; // the reporter's, for idempotent retries; may be empty
    QString conversationId;
    QString messageId;
    QString reason;
    QString note;
    QString status; // "open" | "resolved"
    QDateTime createdAt;
    QDateTime resolvedAt;
    QString resolvedBy;
    QString resolution;

    // What the reporter is answered: {id, status, createdAt}.
    QJsonObject receiptJson() const;
    // What support sees.
    QJsonObject toJson() const;
};

struct ReportPage
{
    QList<Report> reports; // newest first
    bool hasMore = false;
};

// The reports table. Creation times are unique and strictly increasing (a
// clash moves the new report on by a millisecond), so `before` pages
// through a status without skipping or repeating a report.
class ReportRepository
{
public:
    explicit ReportRepository(Database &db)
        : m_db(db)
    {}

    // Stores it (filling id, status and createdAt).
    Expected<Report, DbError> insert(Report report);
    Expected<std::optional<Report>, DbError> find(const QString &id);
    Expected<std::optional<Report>, DbError> findByClientId(const QString &reporterId,
                                                            const QString &clientId);
    // Newest first; an empty status means every status, `beforeMs` < 0 from the newest.
    Expected<ReportPage, DbError> list(const QString &status, qint64 beforeMs, int limit);
    // Marks an open report resolved; false when it was not open.
    Expected<bool, DbError> resolve(const QString &id, const QString &resolvedBy,
                                    const QString &resolution, qint64 nowMs);

private:
    Expected<QList<Report>, DbError> collect(QSqlQuery &q);
    Database &m_db;
    qint64 m_lastAt = 0;
};

} // namespace kora::server
