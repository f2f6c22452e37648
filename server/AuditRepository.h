#pragma once

#include "Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kora::server {

// One row of the support audit log: who looked at (or exported) what, when,
// and from which address.
struct AuditEntry
{
    QString id;
    QString actorId;
    QString actorName;
    QString action; // "search" | "view" | "export" | "reports" | "resolve"
    QString conversationId;
    QString clientAddress;
    QString detail;
    QDateTime at;

    QJsonObject toJson() const;
};

struct AuditPage
{
    QList<AuditEntry> entries; // newest first
    bool hasMore = false;
};

// The audit_log table. Entries are only ever added. Times are unique and
// strictly increasing (a clash moves the new entry on by a millisecond), so
// `before` pages through the log without skipping or repeating an entry.
class AuditRepository
{
public:
    explicit AuditRepository(Database &db)
        : m_db(db)
    {}

    // Stores the entry (filling id and at) and commits it before returning.
    Expected<AuditEntry, DbError> record(AuditEntry entry);
    // Newest first; `beforeMs` < 0 means from the newest; an empty
    // conversationId means every conversation.
    Expected<AuditPage, DbError> list(const QString &conversationId, qint64 beforeMs, int limit);
    // Whether the actor has opened this conversation's messages (a "view").
    Expected<bool, DbError> hasViewed(const QString &actorId, const QString &conversationId);

private:
    Database &m_db;
    qint64 m_lastAt = 0;
};

} // namespace kora::server
