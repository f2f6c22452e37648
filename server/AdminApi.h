#pragma once

#include "AuditRepository.h"
#include "HttpRouter.h"
#include "ReportRepository.h"

#include <QObject>

namespace kora::server {

class ChatService;
class Database;

// The support (admin) routes: search every conversation, read any
// conversation's messages, record transcript exports, read the audit log.
// Support tokens only (others get 403 forbidden). Every route that returns
// conversation data (reports too) first commits an audit entry (actor, action,
// conversation, time, client address); when that write fails the request
// fails with 500 and returns no data.
class AdminApi : public QObject
{
    Q_OBJECT
public:
    AdminApi(Database &db, ChatService &chat, QObject *parent = nullptr);
    void registerRoutes(HttpRouter &router);
    AuditRepository &audit() { return m_audit; }

private:
    HttpOutcome searchConversations(HttpContext &c);
    HttpOutcome conversationMessages(HttpContext &c);
    HttpOutcome recordExport(HttpContext &c);
    HttpOutcome auditLog(HttpContext &c);
    // Reports (protocol 7.4): the queue, and resolving one (the only admin write).
    HttpOutcome reports(HttpContext &c);
    HttpOutcome resolveReport(HttpContext &c);
    // Commits the audit entry; an error reply when it could not be stored.
    std::optional<HttpReply> audit(const HttpContext &c, const QString &action,
                                   const QString &conversationId, const QString &detail);

    Database &m_db;
    ChatService &m_chat;
    AuditRepository m_audit;
    ReportRepository m_reports;
};

} // namespace kora::server
