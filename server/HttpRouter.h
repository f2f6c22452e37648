#pragma once

#include "ChatService.h"

#include <QFuture>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonObject>

#include <functional>
#include <variant>

namespace kora::server {

struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(const QJsonObject &object, int status = 200);
    static HttpReply error(const proto::ApiError &error);
    static HttpReply empty(int status = 204);
    static HttpReply text(const QByteArray &body, const QByteArray &contentType, int status = 200);
};

struct HttpContext
{
    const QHttpServerRequest &request;
    QStringList params; // the :captures of the route, in order
    Actor actor;        // for Access::Bearer routes
    QJsonObject body;   // for JSON routes with a body
};

using HttpOutcome = std::variant<HttpReply, QFuture<HttpReply>>;
using HttpHandler = std::function<HttpOutcome(HttpContext &)>;

enum class Access { Public, Bearer };

// Method + path patterns like "/api/v1/conversations/:id/messages".
class HttpRouter
{
public:
    struct Route
    {
        QHttpServerRequest::Method method;
        QStringList segments;
        Access access;
        HttpHandler handler;
    };
    struct Match
    {
        const Route *route = nullptr;
        QStringList params;
        bool pathKnown = false; // some route has this path, with another method
    };

    void add(QHttpServerRequest::Method method, const QString &pattern, Access access,
             HttpHandler handler);
    Match match(QHttpServerRequest::Method method, const QString &path) const;

private:
    QList<Route> m_routes;
};

} // namespace kora::server
