#include "HttpRouter.h"

#include <QJsonDocument>

namespace kora::server {

HttpReply HttpReply::json(const QJsonObject &object, int status)
{
    return {status,
            QByteArrayLiteral("application/json"),
            QJsonDocument(object).toJson(QJsonDocument::Compact),
            {}};
}

HttpReply HttpReply::error(const proto::ApiError &error)
{
    HttpReply reply =
        json(QJsonObject{{QStringLiteral("error"), error.toJson()}}, error.httpStatus());
    if (error.retryAfterSeconds > 0)
        reply.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(error.retryAfterSeconds)});
    return reply;
}

HttpReply HttpReply::empty(int status)
{
    return {status, {}, {}, {}};
}

HttpReply HttpReply::text(const QByteArray &body, const QByteArray &contentType, int status)
{
    return {status, contentType, body, {}};
}

void HttpRouter::add(QHttpServerRequest::Method method, const QString &pattern, Access access,
                     HttpHandler handler)
{
    m_routes.append(Route{method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), access,
                          std::move(handler)});
}

HttpRouter::Match HttpRouter::match(QHttpServerRequest::Method method, const QString &path) const
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match result;
    for (const Route &route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QStringList params;
        bool same = true;
        for (qsizetype i = 0; i < parts.size() && same; ++i) {
            if (route.segments[i].startsWith(QLatin1Char(':')))
                params.append(parts[i]);
            else
                same = route.segments[i] == parts[i];
        }
        if (!same)
            continue;
        if (route.method != method) {
            result.pathKnown = true;
            continue;
        }
        result.route = &route;
        result.params = params;
        return result;
    }
    return result;
}

} // namespace kora::server
