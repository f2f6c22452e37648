#include "User.h"

#include "Json.h"

namespace kora::proto {

QJsonObject User::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("role"), role},
                  {QStringLiteral("online"), online}};
    insertOptional(o, QLatin1String("avatarUrl"), avatarUrl);
    insertOptional(o, QLatin1String("lastSeenAt"), lastSeenAt);
    return o;
}

User User::fromJson(const QJsonObject &o)
{
    User u;
    u.id = o.value(QLatin1String("id")).toString();
    u.name = o.value(QLatin1String("name")).toString();
    u.role = o.value(QLatin1String("role")).toString();
    u.avatarUrl = o.value(QLatin1String("avatarUrl")).toString();
    u.online = o.value(QLatin1String("online")).toBool();
    u.lastSeenAt = parseTime(o.value(QLatin1String("lastSeenAt")));
    return u;
}

bool User::isValidRole(const QString &role)
{
    return role == QLatin1String("worker") || role == QLatin1String("hirer") ||
           role == QLatin1String("support");
}

} // namespace kora::proto
