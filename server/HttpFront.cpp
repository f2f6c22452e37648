#include "HttpFront.h"

#include "Metrics.h"
#include "ServerLogging.h"
#include "TokenService.h"

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

namespace kora::server {
namespace {

using proto::ApiError;
namespace code = proto::code;

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

bool isSocketIoPath(const QString &path)
{
    return path == QLatin1String("/socket.io/") || path == QLatin1String("/socket.io");
}

} // namespace

HttpFront::HttpFront(HttpRouter &router, const TokenService &tokens, Metrics &metrics,
                     QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_tokens(tokens)
    , m_metrics(metrics)
{}

void HttpFront::write(QHttpServerResponder &&responder, const HttpReply &r)
{
    QHttpServerResponse response(r.contentType, r.body, QHttpServerResponse::StatusCode(r.status));
    for (const auto &[name, value] : r.headers)
        response.addHeader(name, value);
    response.write(std::move(responder));
    m_metrics.httpRequest(r.status);
}

void HttpFront::reply(const QHttpServerRequest &request, QTcpSocket *socket, const HttpReply &r)
{
    qCDebug(lcServer).noquote() << methodName(request.method()) << request.url().path() << r.status;
    if (!m_queues.contains(socket)) {
        write(makeResponder(request, socket), r);
        return;
    }
    auto pending = std::make_shared<PendingReply>();
    pending->reply = r;
    pending->responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    enqueue(socket, pending);
}

void HttpFront::enqueue(QTcpSocket *socket, const std::shared_ptr<PendingReply> &pending)
{
    if (!m_queues.contains(socket))
        connect(socket, &QObject::destroyed, this, [this, socket] { m_queues.remove(socket); });
    m_queues[socket].push_back(pending);
    flush(socket);
}

void HttpFront::flush(QTcpSocket *socket)
{
    auto it = m_queues.find(socket);
    if (it == m_queues.end())
        return;
    while (!it->empty() && it->front()->reply) {
        const std::shared_ptr<PendingReply> next = it->front();
        it->pop_front();
        write(std::move(*next->responder), *next->reply);
    }
    if (it->empty()) {
        disconnect(socket, &QObject::destroyed, this, nullptr);
        m_queues.erase(it);
    }
}

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (isSocketIoPath(path)) {
        // An upgrade is handed to newWebSocketConnection only when we write nothing.
        if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
            return true;
        reply(request, socket,
              HttpReply::error(
                  {code::Invalid, QStringLiteral("only the websocket transport is served")}));
        return true;
    }

    const HttpRouter::Match match = m_router.match(request.method(), path);
    if (!match.route) {
        if (match.pathKnown) {
            reply(request, socket,
                  HttpReply::json({{QStringLiteral("error"),
                                    ApiError{QStringLiteral("method_not_allowed"),
                                             QStringLiteral("that method is not served here")}
                                        .toJson()}},
                                  405));
            return true;
        }
        return false; // missingHandler answers 404
    }

    HttpContext context{request, match.params, {}, {}};
    if (match.route->access == Access::Bearer) {
        const QByteArray header = request.value("authorization");
        if (!header.startsWith("Bearer ")) {
            reply(request, socket,
                  HttpReply::error(
                      {code::Unauthorized, QStringLiteral("a bearer token is required")}));
            return true;
        }
        const auto claims = m_tokens.verify(QString::fromLatin1(header.mid(7).trimmed()),
                                            QDateTime::currentDateTimeUtc());
        if (!claims) {
            // Which check failed is for the log, not for whoever holds the token.
            qCInfo(lcServer).noquote() << "refused token:" << claims.error();
            reply(request, socket,
                  HttpReply::error(
                      {code::Unauthorized, QStringLiteral("the token is expired or not valid")}));
            return true;
        }
        context.actor = Actor{claims->userId, claims->role, claims->name};
        // Support accounts are read-only on every write route (the admin routes record
        // audits; signing oneself out is not a write).
        if (context.actor.isSupport() && request.method() != QHttpServerRequest::Method::Get &&
            !path.startsWith(QLatin1String("/api/v1/admin/")) &&
            path != QLatin1String("/api/v1/auth/sign-out-everywhere")) {
            reply(request, socket,
                  HttpReply::error(
                      {code::ReadOnly, QStringLiteral("support accounts are read-only")}));
            return true;
        }
    }
    const bool jsonBody = request.method() == QHttpServerRequest::Method::Post ||
                          request.method() == QHttpServerRequest::Method::Patch;
    if (jsonBody && !path.startsWith(QLatin1String("/api/v1/attachments"))) {
        const QByteArray body = request.body();
        if (!body.trimmed().isEmpty()) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                reply(request, socket,
                      HttpReply::error(
                          {code::Invalid, QStringLiteral("the body must be a JSON object")}));
                return true;
            }
            context.body = doc.object();
        }
    }

    HttpOutcome outcome = match.route->handler(context);
    if (auto *now = std::get_if<HttpReply>(&outcome)) {
        reply(request, socket, *now);
        return true;
    }
    // Answered later: hold this connection's place in line until the future
    // finishes, and write only if the client is still there.
    auto pending = std::make_shared<PendingReply>();
    pending->responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    enqueue(socket, pending);
    QPointer<QTcpSocket> alive(socket);
    std::get<QFuture<HttpReply>>(outcome).then(this, [this, pending, alive](const HttpReply &r) {
        pending->reply = r;
        if (alive)
            flush(alive);
    });
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    reply(request, socket, HttpReply::error({code::NotFound, QStringLiteral("no such route")}));
}

} // namespace kora::server
