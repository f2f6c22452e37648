#pragma once

#include "Database.h"

#include "protocol/User.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace kora::server {

struct Account
{
    proto::User user;
    QString email;
    QString passwordHash;
    bool disabled = false; // removed by the marketplace: no sign-in
};

// The users table. Presence (online) is not stored here: see Presence.
class UserRepository
{
public:
    explicit UserRepository(Database &db)
        : m_db(db)
    {}

    Expected<std::optional<Account>, DbError> findByEmail(const QString &email);
    Expected<std::optional<proto::User>, DbError> find(const QString &id);
    // People `viewerId` may start a chat with: not themselves, not support staff.
    // People whose name contains `query` (case-insensitive), or the one whose
    // email or id is exactly `query` (a kora://chat link names a user by id):
    // emails and ids are never matched in part.
    Expected<QList<proto::User>, DbError> search(const QString &query, const QString &viewerId,
                                                 int limit);
    // false when the email is taken already.
    Expected<bool, DbError> create(const Account &account, qint64 nowMs);
    Expected<bool, DbError> setLastSeen(const QString &id, const QDateTime &at);
    // Everyone who shares at least one conversation with `userId`.
    Expected<QStringList, DbError> contactsOf(const QString &userId);

private:
    Database &m_db;
};

} // namespace kora::server
