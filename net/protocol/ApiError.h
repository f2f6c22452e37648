#pragma once

#include <QJsonObject>
#include <QString>

namespace kora::proto {

// The contract's error codes.
namespace code {
inline const QString Invalid = QStringLiteral("invalid");
inline const QString Unauthorized = QStringLiteral("unauthorized");
inline const QString Forbidden = QStringLiteral("forbidden");
inline const QString ReadOnly = QStringLiteral("read_only");
inline const QString Blocked = QStringLiteral("blocked"); // 403: one of the pair blocks the other
inline const QString NotFound = QStringLiteral("not_found");
inline const QString Conflict = QStringLiteral("conflict");
inline const QString TooLarge = QStringLiteral("too_large");
inline const QString UnsupportedMedia = QStringLiteral("unsupported_media");
inline const QString RateLimited = QStringLiteral("rate_limited");
inline const QString Internal = QStringLiteral("internal");
} // namespace code

struct ApiError
{
    QString code;
    QString message;
    int retryAfterSeconds = 0; // rate_limited only; sent as retryAfter

    QJsonObject toJson() const;
    static ApiError fromJson(const QJsonObject &object);
    // rate_limited with the seconds to wait (Retry-After, retryAfter).
    static ApiError rateLimited(const QString &message, int retryAfterSeconds);
    // The HTTP status the contract pairs with this code.
    int httpStatus() const;
};

} // namespace kora::proto
