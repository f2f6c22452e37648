#include "TokenService.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <limits>

namespace kora::server {
namespace {

constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Expected<QJsonObject, QString> decodeSegment(QByteArrayView segment)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        segment.toByteArray(), b64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return unexpected(QStringLiteral("token segment is not base64url"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return unexpected(QStringLiteral("token segment is not a JSON object"));
    return doc.object();
}

} // namespace

TokenService::TokenService(QByteArray secret)
    : m_secret(std::move(secret))
{}

QByteArray TokenService::sign(QByteArrayView signingInput) const
{
    QByteArray mac(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state,
                                reinterpret_cast<const unsigned char *>(m_secret.constData()),
                                size_t(m_secret.size()));
    crypto_auth_hmacsha256_update(&state,
                                  reinterpret_cast<const unsigned char *>(signingInput.data()),
                                  quint64(signingInput.size()));
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(mac.data()));
    return mac;
}

QString TokenService::issue(const Claims &claims) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{{QStringLiteral("sub"), claims.userId},
                              {QStringLiteral("role"), claims.role},
                              {QStringLiteral("name"), claims.name},
                              {QStringLiteral("iat"), claims.issuedAt.toSecsSinceEpoch()},
                              {QStringLiteral("exp"), claims.expiresAt.toSecsSinceEpoch()},
                              {QStringLiteral("ver"), claims.version}};
    const QByteArray input = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(b64) +
                             '.' +
                             QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(b64);
    return QString::fromLatin1(input + '.' + sign(input).toBase64(b64));
}

Expected<Claims, QString> TokenService::verify(const QString &token, const QDateTime &now) const
{
    if (token.size() > 8192)
        return unexpected(QStringLiteral("token too long"));
    const QByteArray raw = token.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3)
        return unexpected(QStringLiteral("token is not a JWS compact serialisation"));

    const auto header = decodeSegment(parts[0]);
    if (!header)
        return unexpected(header.error());
    if (header->value(QLatin1String("alg")).toString() != QLatin1String("HS256"))
        return unexpected(QStringLiteral("token algorithm is not HS256"));

    const auto signature =
        QByteArray::fromBase64Encoding(parts[2], b64 | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray expected = sign(raw.left(parts[0].size() + 1 + parts[1].size()));
    if (!signature || signature.decoded.size() != expected.size() ||
        sodium_memcmp(signature.decoded.constData(), expected.constData(),
                      size_t(expected.size())) != 0)
        return unexpected(QStringLiteral("token signature does not match"));

    const auto payload = decodeSegment(parts[1]);
    if (!payload)
        return unexpected(payload.error());
    Claims claims;
    claims.userId = payload->value(QLatin1String("sub")).toString();
    claims.role = payload->value(QLatin1String("role")).toString();
    claims.name = payload->value(QLatin1String("name")).toString();
    const QJsonValue iat = payload->value(QLatin1String("iat"));
    const QJsonValue exp = payload->value(QLatin1String("exp"));
    if (claims.userId.isEmpty() || claims.role.isEmpty() || !exp.isDouble() || !iat.isDouble())
        return unexpected(QStringLiteral("token lacks sub, role, iat or exp"));
    claims.issuedAt = QDateTime::fromSecsSinceEpoch(iat.toInteger(), Qt::UTC);
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(exp.toInteger(), Qt::UTC);
    if (claims.expiresAt <= now)
        return unexpected(QStringLiteral("token expired"));
    const QJsonValue ver = payload->value(QLatin1String("ver"));
    if (!ver.isUndefined() && !ver.isDouble())
        return unexpected(QStringLiteral("token version is not a number"));
    claims.version =
        int(qBound<qint64>(0, ver.toInteger(), qint64(std::numeric_limits<int>::max())));
    if (claims.version < currentVersion(claims.userId))
        return unexpected(QStringLiteral("token signed out (version %1, current %2)")
                              .arg(claims.version)
                              .arg(currentVersion(claims.userId)));
    return claims;
}

void TokenService::setCurrentVersion(const QString &userId, int version)
{
    if (version > currentVersion(userId))
        m_versions.insert(userId, version);
}

} // namespace kora::server
