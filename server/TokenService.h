#pragma once

#include "../net/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace kora::server {

struct Claims
{
    QString userId; // sub
    QString role;
    QString name;
    QDateTime issuedAt;
    QDateTime expiresAt;
    int version = 0; // ver: the user's token version when it was issued
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

    // Token versions, from memory on every check: a token issued under an
    // older version than its user's current one is signed out. Only users
    // who ever signed out everywhere are kept (the rest are at 0). Set by
    // Sessions, on this process's event loop only.
    int currentVersion(const QString &userId) const { return m_versions.value(userId, 0); }
    void setCurrentVersion(const QString &userId, int version);

private:
    QByteArray sign(QByteArrayView signingInput) const;
    QByteArray m_secret;
    QHash<QString, int> m_versions;
};

} // namespace kora::server
