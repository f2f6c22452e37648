#pragma once

#include "HttpRouter.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHttpServerResponder>

#include <deque>
#include <memory>
#include <optional>

namespace kora::server {

class Metrics;
class TokenService;

// QtHttpServer's abstract server with Kora's own routing: bearer tokens
// checked before a route runs, JSON bodies parsed once, every answer and
// every refusal in the contract's {"error": {code, message}} form, and the
// Socket.IO path handed over to the websocket layer on upgrade.
class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpFront(HttpRouter &router, const TokenService &tokens, Metrics &metrics,
              QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // Answers in request order per connection, even when an earlier request
    // is answered later (pipelining behind an asynchronous route).
    struct PendingReply
    {
        std::optional<HttpReply> reply;
        std::shared_ptr<QHttpServerResponder> responder;
    };
    void reply(const QHttpServerRequest &request, QTcpSocket *socket, const HttpReply &reply);
    void enqueue(QTcpSocket *socket, const std::shared_ptr<PendingReply> &pending);
    void flush(QTcpSocket *socket);
    void write(QHttpServerResponder &&responder, const HttpReply &reply);
    HttpRouter &m_router;
    const TokenService &m_tokens;
    Metrics &m_metrics;
    QHash<QTcpSocket *, std::deque<std::shared_ptr<PendingReply>>> m_queues;
};

} // namespace kora::server
