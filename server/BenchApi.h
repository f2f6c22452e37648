#pragma once

#include "HttpRouter.h"
#include "UserRepository.h"

#include <QList>

namespace kora::server {

class TokenService;

// Bench-only: `POST /api/v1/bench/tokens {count?}` answers the tokens of the
// first `count` bench accounts (all of them by default) in one reply, so a
// load test of 10,000 clients needs no 10,000 argon2id logins. Registered only
// under `--bench-users`, answered only to loopback clients, and only for the
// accounts seedBenchUsers() returned (those carrying the bench password's
// hash): it can never mint a token for anyone else.
class BenchApi
{
public:
    BenchApi(const TokenService &tokens, QList<Account> accounts, int tokenTtlHours);
    void registerRoutes(HttpRouter &router);

private:
    HttpOutcome tokens(HttpContext &c) const;

    const TokenService &m_tokens;
    QList<Account> m_accounts;
    int m_tokenTtlHours;
};

} // namespace kora::server
