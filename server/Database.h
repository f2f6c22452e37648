#pragma once

#include "../net/Expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace kora::server {

struct DbError
{
    QString message;
    bool uniqueViolation = false;
};

// One QtSql connection (SQLite file in WAL mode, or PostgreSQL) with helpers
// that return errors as values. Queries are portable SQL: positional `?`
// bindings, BIGINT millisecond times, SMALLINT booleans, RETURNING.
class Database
{
public:
    struct Options
    {
        QString sqlitePath;   // used when url is empty
        QString url;          // postgres://user:pass@host:port/dbname
        bool fullSync = true; // SQLite synchronous=FULL (durable on power loss)
    };

    static Expected<std::unique_ptr<Database>, QString> open(const Options &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isPostgres() const { return m_postgres; }

    // Prepares, binds and runs one statement.
    Expected<QSqlQuery, DbError> exec(const QString &sql, const QVariantList &binds = {});

    // Runs `work` in a transaction: committed when it returns a value, rolled
    // back when it returns an error (or the commit fails).
    template<typename T, typename E, typename F>
    Expected<T, E> transaction(F &&work, E (*toError)(const DbError &));

    bool begin();
    bool commit();
    void rollback();

private:
    Database(const QString &connectionName, bool postgres);
    QString m_connectionName;
    bool m_postgres = false;
    QSqlDatabase m_db;
};

template<typename T, typename E, typename F>
Expected<T, E> Database::transaction(F &&work, E (*toError)(const DbError &))
{
    if (!begin())
        return unexpected(toError(DbError{QStringLiteral("could not begin a transaction")}));
    Expected<T, E> result = work();
    if (!result) {
        rollback();
        return result;
    }
    if (!commit()) {
        rollback();
        return unexpected(toError(DbError{QStringLiteral("could not commit")}));
    }
    return result;
}

} // namespace kora::server
