#include "Sessions.h"

#include "ClusterBus.h"
#include "Database.h"
#include "RealtimeHub.h"
#include "ServerLogging.h"
#include "TokenService.h"

#include <QDateTime>

namespace kora::server {

using Method = QHttpServerRequest::Method;
namespace code = proto::code;

Sessions::Sessions(Database &db, TokenService &tokens, RealtimeHub &hub, ClusterBus &bus,
                   KeyCheck serviceKey, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_tokens(tokens)
    , m_hub(hub)
    , m_bus(bus)
    , m_serviceKey(std::move(serviceKey))
    , m_audit(db)
{
    connect(&m_bus, &ClusterBus::remoteTokenVersion, this, &Sessions::apply);
    connect(&m_bus, &ClusterBus::resync, this, [this] {
        if (const auto loaded = load(); !loaded)
            qCWarning(lcServerDb) << "token versions not reloaded:" << loaded.error();
    });
}

Expected<bool, QString> Sessions::load()
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, token_version FROM users WHERE token_version > 0"));
    if (!q)
        return unexpected(q.error().message);
    while (q->next())
        apply(q->value(0).toString(), q->value(1).toInt());
    return true;
}

Expected<std::optional<int>, DbError> Sessions::bumpVersion(const QString &userId)
{
    auto bumped =
        m_db.exec(QStringLiteral("UPDATE users SET token_version = token_version + 1 WHERE id = ?"),
                  {userId});
    if (!bumped)
        return unexpected(bumped.error());
    if (bumped->numRowsAffected() == 0)
        return std::optional<int>();
    auto q = m_db.exec(QStringLiteral("SELECT token_version FROM users WHERE id = ?"), {userId});
    if (!q)
        return unexpected(q.error());
    if (!q->next())
        return std::optional<int>();
    return std::optional<int>(q->value(0).toInt());
}

void Sessions::announce(const QString &userId, int version)
{
    apply(userId, version);
    // The other processes close their sockets too; if the notification is
    // lost they reload every version on their next resync.
    if (const auto told = m_bus.tokenVersion(userId, version); !told)
        qCWarning(lcServerDb) << "sign-out not announced to the cluster:" << told.error().message;
    qCInfo(lcServer) << "signed out everywhere:" << userId << "token version" << version;
}

Expected<std::optional<int>, DbError> Sessions::signOutEverywhere(const QString &userId)
{
    auto version = bumpVersion(userId);
    if (version && *version)
        announce(userId, **version);
    return version;
}

void Sessions::apply(const QString &userId, int version)
{
    if (version <= m_tokens.currentVersion(userId))
        return;
    m_tokens.setCurrentVersion(userId, version);
    m_hub.closeUser(userId, QStringLiteral("signed out"));
}

HttpOutcome Sessions::signOut(const QString &userId)
{
    const auto done = signOutEverywhere(userId);
    if (!done)
        return HttpReply::error(
            {code::Internal, QStringLiteral("could not sign out; nothing changed, try again")});
    if (!*done)
        return HttpReply::error({code::NotFound, QStringLiteral("no such user")});
    return HttpReply::empty(204);
}

HttpOutcome Sessions::changeAccount(const QString &userId, const QJsonObject &body)
{
    const QJsonValue role = body.value(QLatin1String("role"));
    const QJsonValue disabled = body.value(QLatin1String("disabled"));
    static const QStringList roles{QStringLiteral("worker"), QStringLiteral("hirer"),
                                   QStringLiteral("support")};
    if (role.isUndefined() && disabled.isUndefined())
        return HttpReply::error({code::Invalid, QStringLiteral("give role, disabled or both")});
    if (!role.isUndefined() && !roles.contains(role.toString()))
        return HttpReply::error(
            {code::Invalid, QStringLiteral("role must be worker, hirer or support")});
    if (!disabled.isUndefined() && !disabled.isBool())
        return HttpReply::error({code::Invalid, QStringLiteral("disabled must be true or false")});
    auto found = m_db.exec(
        QStringLiteral("SELECT role, disabled_at FROM users WHERE id = ? AND role <> 'system'"),
        {userId});
    if (!found)
        return HttpReply::error({code::Internal, QStringLiteral("could not read the account")});
    if (!found->next())
        return HttpReply::error({code::NotFound, QStringLiteral("no such user")});
    const QString newRole = role.isUndefined() ? found->value(0).toString() : role.toString();
    const bool newDisabled = disabled.isUndefined() ? !found->value(1).isNull() : disabled.toBool();
    // One transaction: the change and the version bump that ends every token
    // issued under the old role (the role travels in the token).
    int version = 0;
    auto changed = m_db.transaction<bool, DbError>(
        [&]() -> Expected<bool, DbError> {
            if (!role.isUndefined()) {
                if (auto q = m_db.exec(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"),
                                       {role.toString(), userId});
                    !q)
                    return unexpected(q.error());
            }
            if (!disabled.isUndefined()) {
                const QVariant at = disabled.toBool()
                                        ? QVariant(QDateTime::currentMSecsSinceEpoch())
                                        : QVariant(QMetaType::fromType<qlonglong>());
                if (auto q =
                        m_db.exec(QStringLiteral("UPDATE users SET disabled_at = ? WHERE id = ?"),
                                  {at, userId});
                    !q)
                    return unexpected(q.error());
            }
            auto bumped = bumpVersion(userId);
            if (!bumped)
                return unexpected(bumped.error());
            if (!*bumped)
                return unexpected(DbError{QStringLiteral("the account vanished")});
            version = **bumped;
            return true;
        },
        +[](const DbError &e) { return e; });
    if (!changed)
        return HttpReply::error(
            {code::Internal, QStringLiteral("could not change the account; nothing changed")});
    announce(userId, version);
    qCInfo(lcServer) << "account changed:" << userId << "role" << newRole
                     << (newDisabled ? "removed" : "active");
    return HttpReply::json({{QStringLiteral("id"), userId},
                            {QStringLiteral("role"), newRole},
                            {QStringLiteral("disabled"), newDisabled}});
}

std::optional<HttpOutcome> Sessions::overBudget(const QString &caller)
{
    const auto wait = m_limiter.tryAcquire(caller, QDateTime::currentMSecsSinceEpoch());
    if (!wait)
        return std::nullopt;
    return HttpReply::error(proto::ApiError::rateLimited(
        QStringLiteral("more than %1 sign-outs a minute; wait %2 s").arg(perMinute).arg(*wait),
        *wait));
}

void Sessions::registerRoutes(HttpRouter &router)
{
    router.add(Method::Post, QStringLiteral("/api/v1/auth/sign-out-everywhere"), Access::Bearer,
               [this](HttpContext &c) -> HttpOutcome {
                   if (auto refused = overBudget(QStringLiteral("user:") + c.actor.userId))
                       return std::move(*refused);
                   return signOut(c.actor.userId);
               });
    router.add(
        Method::Post, QStringLiteral("/api/v1/admin/users/:id/sign-out"), Access::Bearer,
        [this](HttpContext &c) -> HttpOutcome {
            if (!c.actor.isSupport())
                return HttpReply::error({code::Forbidden, QStringLiteral("support accounts only")});
            if (auto refused = overBudget(QStringLiteral("user:") + c.actor.userId))
                return std::move(*refused); // neither audited nor done
            AuditEntry entry;
            entry.actorId = c.actor.userId;
            entry.action = QStringLiteral("sign_out");
            entry.clientAddress = c.request.remoteAddress().toString();
            entry.detail = QStringLiteral("user=") + c.params[0];
            // Audited before it acts; without the entry, nothing happens.
            if (const auto stored = m_audit.record(entry); !stored) {
                qCWarning(lcServerDb)
                    << "audit entry not stored, sign-out refused:" << stored.error().message;
                return HttpReply::error(
                    {code::Internal, QStringLiteral("could not record the audit entry")});
            }
            return signOut(c.params[0]);
        });
    router.add(
        Method::Post, QStringLiteral("/api/v1/system/users/:id/sign-out"), Access::Public,
        [this](HttpContext &c) -> HttpOutcome {
            if (!m_serviceKey(c.request.value("x-service-key")))
                return HttpReply::error(
                    {code::Unauthorized, QStringLiteral("a valid X-Service-Key is required")});
            if (auto refused =
                    overBudget(QStringLiteral("service:") + c.request.remoteAddress().toString()))
                return std::move(*refused);
            return signOut(c.params[0]);
        });
    // The marketplace changes a role or removes an account: it takes effect
    // at once (every token ends, every socket closes; the next sign-in gets
    // the new role, or is refused).
    router.add(
        Method::Patch, QStringLiteral("/api/v1/system/users/:id"), Access::Public,
        [this](HttpContext &c) -> HttpOutcome {
            if (!m_serviceKey(c.request.value("x-service-key")))
                return HttpReply::error(
                    {code::Unauthorized, QStringLiteral("a valid X-Service-Key is required")});
            if (auto refused =
                    overBudget(QStringLiteral("service:") + c.request.remoteAddress().toString()))
                return std::move(*refused);
            return changeAccount(c.params[0], c.body);
        });
}

} // namespace kora::server
