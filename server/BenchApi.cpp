#include "BenchApi.h"

#include "ServerLogging.h"
#include "TokenService.h"

#include "protocol/Json.h"

#include <QJsonArray>

namespace kora::server {

namespace code = proto::code;

BenchApi::BenchApi(const TokenService &tokens, QList<Account> accounts, int tokenTtlHours)
    : m_tokens(tokens)
    , m_accounts(std::move(accounts))
    , m_tokenTtlHours(tokenTtlHours)
{}

void BenchApi::registerRoutes(HttpRouter &router)
{
    router.add(QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/bench/tokens"),
               Access::Public, [this](HttpContext &c) { return tokens(c); });
}

HttpOutcome BenchApi::tokens(HttpContext &c) const
{
    if (!c.request.remoteAddress().isLoopback())
        return HttpReply::error(
            {code::Forbidden, QStringLiteral("bench tokens are minted for loopback clients only")});
    qint64 count = m_accounts.size();
    const QJsonValue wanted = c.body.value(QLatin1String("count"));
    if (!wanted.isUndefined()) {
        const double n = wanted.toDouble(-1);
        if (!wanted.isDouble() || n < 1 || n > double(m_accounts.size()) || n != qint64(n))
            return HttpReply::error(
                {code::Invalid,
                 QStringLiteral("count must be a whole number from 1 to %1 (the bench accounts)")
                     .arg(m_accounts.size())});
        count = qint64(n);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addSecs(qint64(m_tokenTtlHours) * 3600);
    QJsonArray list;
    for (qsizetype i = 0; i < count; ++i) {
        const Account &a = m_accounts[i];
        const Claims claims{a.user.id, a.user.role, a.user.name, now, expires};
        list.append(QJsonObject{{QStringLiteral("email"), a.email},
                                {QStringLiteral("token"), m_tokens.issue(claims)},
                                {QStringLiteral("user"), a.user.toJson()}});
    }
    qCInfo(lcServer).noquote() << "bench: minted" << count << "bench tokens";
    return HttpReply::json({{QStringLiteral("tokens"), list},
                            {QStringLiteral("expiresAt"), proto::formatTime(expires)}});
}

} // namespace kora::server
