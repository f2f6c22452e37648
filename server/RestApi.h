#pragma once

#include "HttpRouter.h"
#include "RateLimiter.h"

#include <QObject>

namespace kora::server {

class AttachmentService;
class ChatService;
class MessageSearch;
class Metrics;
class ReactionService;
class TokenService;

struct RestOptions
{
    int loginLimitPerMinute = 10;
    int tokenTtlHours = 24 * 30;
    QString version;
    int userSearchLimitPerMinute = 60;
    int searchLimitPerMinute = 60;
};

// The contract's REST routes, registered on a router. Handlers parse and
// validate, call ChatService, and shape its answers into JSON.
class RestApi : public QObject
{
    Q_OBJECT
public:
    RestApi(ChatService &chat, AttachmentService &attachments, ReactionService &reactions,
            MessageSearch &search, const TokenService &tokens, Metrics &metrics,
            RestOptions options, QObject *parent = nullptr);
    void registerRoutes(HttpRouter &router);

private:
    HttpOutcome login(HttpContext &c);
    HttpOutcome upload(HttpContext &c);
    HttpOutcome download(HttpContext &c, bool thumb);
    HttpOutcome react(HttpContext &c, bool on);
    HttpOutcome search(HttpContext &c);

    ChatService &m_chat;
    AttachmentService &m_attachments;
    ReactionService &m_reactions;
    MessageSearch &m_search;
    const TokenService &m_tokens;
    Metrics &m_metrics;
    RestOptions m_options;
    RateLimiter m_loginLimiter;
    RateLimiter m_userSearchLimiter; // per user: the directory is not for scraping
    RateLimiter m_searchLimiter;     // per user: each search reads an index
};

} // namespace kora::server
