#pragma once

#include "ApiTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QSslError>

namespace kora::net {

// A 2xx answer of a JSON call: its status and body (empty for 204 or no body).
struct ApiResponse
{
    int status = 0;
    QJsonObject json;
};

// How the REST client reads what comes back: transport failures and HTTP
// errors mapped onto ApiError codes (clientCode and the contract's), JSON
// bodies checked, entities and lists of them parsed (bad_response otherwise).
class ApiReplies
{
public:
    static proto::ApiError badResponse(const QString &what);
    static proto::ApiError transportError(QNetworkReply::NetworkError error, const QString &text,
                                          const QList<QSslError> &sslErrors);
    // A non-2xx answer: the contract's {"error":{code,message,retryAfter?}}, or http_<status>.
    static proto::ApiError httpError(int status, const QString &reason, const QByteArray &body,
                                     const QByteArray &retryAfter);
    // A human-readable account of what is wrong with a certificate.
    static QString describeSslErrors(const QList<QSslError> &errors);
    // A finished reply of a JSON call.
    static ApiResult<ApiResponse> read(QNetworkReply *reply, const QList<QSslError> &sslErrors);

    // A JSON object into a protocol type, or bad_response when it has no id.
    template<class T> static ApiResult<T> entity(const QJsonObject &o)
    {
        if (o.value(QLatin1String("id")).toString().isEmpty())
            return unexpected(badResponse(QStringLiteral("an entity without an id")));
        return T::fromJson(o);
    }

    template<class T> static ApiResult<QList<T>> listOf(const QJsonObject &o, QLatin1String key)
    {
        const QJsonValue value = o.value(key);
        if (!value.isArray())
            return unexpected(badResponse(QStringLiteral("%1 is not a list").arg(key)));
        QList<T> list;
        for (const QJsonValue &item : value.toArray()) {
            auto parsed = entity<T>(item.toObject());
            if (!parsed)
                return unexpected(parsed.error());
            list.append(std::move(*parsed));
        }
        return list;
    }
};

} // namespace kora::net
