#include "ApiError.h"

namespace kora::proto {

QJsonObject ApiError::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (retryAfterSeconds > 0)
        o.insert(QLatin1String("retryAfter"), retryAfterSeconds);
    return o;
}

ApiError ApiError::rateLimited(const QString &message, int retryAfterSeconds)
{
    ApiError limited{code::RateLimited, message};
    limited.retryAfterSeconds = retryAfterSeconds;
    return limited;
}

ApiError ApiError::fromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("code")).toString(),
            object.value(QLatin1String("message")).toString(),
            object.value(QLatin1String("retryAfter")).toInt()};
}

int ApiError::httpStatus() const
{
    if (code == code::Invalid)
        return 400;
    if (code == code::Unauthorized)
        return 401;
    if (code == code::Forbidden || code == code::ReadOnly || code == code::Blocked)
        return 403;
    if (code == code::NotFound)
        return 404;
    if (code == code::Conflict)
        return 409;
    if (code == code::TooLarge)
        return 413;
    if (code == code::UnsupportedMedia)
        return 415;
    if (code == code::RateLimited)
        return 429;
    return 500;
}

} // namespace kora::proto
