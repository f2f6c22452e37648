#pragma once

#include "../net/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace kora::server {

struct Claims
{
    QString userId; // sub
    QString role;
    QString name;
    QDateTime issuedAt;
    QDateTime expiresAt;
};

// JSON Web Tokens, HS256 only. The header's alg is pinned: "none", RS256 or
// anything else is refused before the signature is looked at, and the
// signature is compared in constant time (libsodium's HMAC-SHA-256 and
// sodium_memcmp; cpp-jwt compares with ==).
class TokenService
{
public:
    explicit TokenService(QByteArray secret);

    QString issue(const Claims &claims) const;
    Expected<Claims, QString> verify(const QString &token, const QDateTime &now) const;

private:
    QByteArray sign(QByteArrayView signingInput) const;
    QByteArray m_secret;
};

} // namespace kora::server
