#include "UserRepository.h"

#include "SqlValues.h"

namespace kora::server {
namespace {

const QString columns = QStringLiteral("id, name, role, avatar_url, last_seen_at");

proto::User userFromRow(const QSqlQuery &q, int first = 0)
{
    proto::User u;
    u.id = q.value(first).toString();
    u.name = q.value(first + 1).toString();
    u.role = q.value(first + 2).toString();
    u.avatarUrl = q.value(first + 3).toString();
    u.lastSeenAt = msecsToTime(q.value(first + 4));
    return u;
}

} // namespace

Expected<std::optional<Account>, DbError> UserRepository::findByEmail(const QString &email)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + columns +
                           QStringLiteral(", email, password_hash, disabled_at FROM users"
                                          " WHERE email = ?"),
                       {email});
    if (!q)
        return unexpected(q.error());
    if (!q->next())
        return std::optional<Account>();
    return std::optional<Account>(Account{userFromRow(*q), q->value(5).toString(),
                                          q->value(6).toString(), !q->value(7).isNull()});
}

Expected<std::optional<proto::User>, DbError> UserRepository::find(const QString &id)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM users WHERE id = ?"), {id});
    if (!q)
        return unexpected(q.error());
    if (!q->next())
        return std::optional<proto::User>();
    return std::optional<proto::User>(userFromRow(*q));
}

Expected<QList<proto::User>, DbError> UserRepository::search(const QString &query,
                                                             const QString &viewerId, int limit)
{
    const QString email = query.trimmed().toLower();
    QString pattern = email;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + columns +
            QStringLiteral(" FROM users WHERE id <> ? AND role NOT IN ('support', 'system')"
                           " AND disabled_at IS NULL"
                           " AND (LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(email) = ? OR id = ?)"
                           " ORDER BY name, id LIMIT ?"),
        {viewerId, pattern, email, query.trimmed(), limit});
    if (!q)
        return unexpected(q.error());
    QList<proto::User> users;
    while (q->next())
        users.append(userFromRow(*q));
    return users;
}

Expected<bool, DbError> UserRepository::create(const Account &a, qint64 nowMs)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO users (id, email, name, role, password_hash,"
                                      " avatar_url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {a.user.id, a.email, a.user.name, a.user.role, a.passwordHash,
                        nullableText(a.user.avatarUrl), nowMs});
    if (!q) {
        if (q.error().uniqueViolation)
            return false;
        return unexpected(q.error());
    }
    return true;
}

Expected<bool, DbError> UserRepository::setLastSeen(const QString &id, const QDateTime &at)
{
    auto q = m_db.exec(QStringLiteral("UPDATE users SET last_seen_at = ? WHERE id = ?"),
                       {at.toMSecsSinceEpoch(), id});
    if (!q)
        return unexpected(q.error());
    return true;
}

Expected<QStringList, DbError> UserRepository::contactsOf(const QString &userId)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT DISTINCT b.user_id FROM participants a"
                                 " JOIN participants b ON b.conversation_id = a.conversation_id"
                                 " WHERE a.user_id = ? AND b.user_id <> ?"),
                  {userId, userId});
    if (!q)
        return unexpected(q.error());
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    return ids;
}

} // namespace kora::server
