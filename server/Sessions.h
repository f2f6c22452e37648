#pragma once

#include "AuditRepository.h"
#include "HttpRouter.h"
#include "RateLimiter.h"

#include <QObject>

#include <functional>

namespace kora::server {

class ClusterBus;
class Database;
class RealtimeHub;
class TokenService;

// Ending a user's sessions: "sign out everywhere". Each user has a token
// version (users.token_version); a token carries the version it was issued
// under and is refused once its user's version has moved past it. The
// versions are checked from memory (TokenService), loaded at start, changed
// here and announced to the other processes through the ClusterBus; the
// user's open sockets, on every process, are closed at once (1008, "signed
// out"), so their clients sign in again.
//
// Routes: POST /api/v1/auth/sign-out-everywhere (the user, for themselves);
// POST /api/v1/admin/users/:id/sign-out (support, audited before it acts);
// POST /api/v1/system/users/:id/sign-out (the service key: the operator's
// scripts/sign-out-user and the marketplace's own account tools);
// PATCH /api/v1/system/users/:id {role?, disabled?} (the service key: a role
// change or an account removed, at once: every session ends with it). Each
// sign-out is a write and a notifying commit for the whole cluster, so the
// routes have their own budget: `perMinute` per caller (the user, or for the
// service key its address), then 429 with Retry-After, before anything is
// audited or changed.
class Sessions : public QObject
{
    Q_OBJECT
public:
    using KeyCheck = std::function<bool(const QByteArray &serviceKey)>;
    static constexpr int perMinute = 30;
    Sessions(Database &db, TokenService &tokens, RealtimeHub &hub, ClusterBus &bus,
             KeyCheck serviceKey, QObject *parent = nullptr);

    // Reads every version above 0 into memory (at start, and after the
    // cluster's notifications may have been missed).
    Expected<bool, QString> load();
    // Ends every token of the user issued so far; std::nullopt for no such user.
    Expected<std::optional<int>, DbError> signOutEverywhere(const QString &userId);

    void registerRoutes(HttpRouter &router);

private:
    void apply(const QString &userId, int version);
    // The user's token version moved on (in the caller's transaction, if
    // any); std::nullopt for no such user.
    Expected<std::optional<int>, DbError> bumpVersion(const QString &userId);
    // After the commit: this process, then the others, end the older tokens.
    void announce(const QString &userId, int version);
    HttpOutcome signOut(const QString &userId);
    HttpOutcome changeAccount(const QString &userId, const QJsonObject &body);
    // A 429 when `caller` is past the routes' budget.
    std::optional<HttpOutcome> overBudget(const QString &caller);

    Database &m_db;
    TokenService &m_tokens;
    RealtimeHub &m_hub;
    ClusterBus &m_bus;
    KeyCheck m_serviceKey;
    AuditRepository m_audit;
    RateLimiter m_limiter{perMinute, 60 * 1000};
};

} // namespace kora::server
