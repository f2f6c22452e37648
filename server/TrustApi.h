#pragma once

#include "BlockRepository.h"
#include "HttpRouter.h"
#include "RateLimiter.h"
#include "ReportRepository.h"

#include <QObject>

namespace kora::server {

class ChatService;

// The participants' side of protocol 7.4: blocking people
// (PUT/DELETE/GET /api/v1/blocks) and reporting a conversation or a message
// (POST /api/v1/reports). What a block refuses is decided in one place,
// ChatService::refuseBlocked; support's side of reports is in AdminApi.
class TrustApi : public QObject
{
    Q_OBJECT
public:
    TrustApi(Database &db, ChatService &chat, int reportsPerHour, QObject *parent = nullptr);
    void registerRoutes(HttpRouter &router);

    static const QStringList reasons; // the allow-list of report reasons

private:
    HttpOutcome setBlocked(HttpContext &c, bool blocked);
    HttpOutcome listBlocked(HttpContext &c);
    HttpOutcome report(HttpContext &c);

    Database &m_db;
    ChatService &m_chat;
    BlockRepository m_blocks;
    ReportRepository m_reports;
    RateLimiter m_reportLimiter; // per user
};

} // namespace kora::server
