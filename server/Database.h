#pragma once

#include "../net/Expected.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace kora::server {

struct DbError
{
    enum class Kind {
        Other,
        Unique,        // a unique or primary key constraint refused the row
        Serialization, // serialization failure or deadlock: the transaction may be run again
        Connection,    // the connection to the database was lost (it is re-opened)
    };
    QString message;
    bool uniqueViolation = false;
    Kind kind = Kind::Other;

    static DbError connectionLost(const QString &message)
    {
        return {message, false, Kind::Connection};
    }
};

class Database;

// The rows of one statement run by Database::exec. When it was a kept
// (prepared once) statement, it goes back to its connection, reset, when
// this ends: read the rows while you hold it. Move-only.
class Rows : public QSqlQuery
{
public:
    explicit Rows(QSqlQuery query, Database *owner = nullptr, QString sql = {},
                  quint64 generation = 0);
    Rows(Rows &&other) noexcept;
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    Rows &operator=(Rows &&) = delete;
    ~Rows();

private:
    Database *m_owner = nullptr;
    QString m_sql;
    quint64 m_generation = 0;
};

// One QtSql connection (SQLite file in WAL mode, or PostgreSQL) with helpers
// that return errors as values. Queries are portable SQL: positional `?`
// bindings, BIGINT millisecond times, booleans bound as bool (BOOLEAN on
// PostgreSQL, 0/1 on SQLite; compared with TRUE/FALSE), RETURNING.
// A lost PostgreSQL connection is re-opened by the next statement outside a
// transaction; the statement that found it lost fails with Kind::Connection.
class Database
{
public:
    struct Options
    {
        QString sqlitePath;             // used when url is empty
        QString url;                    // postgres://user:pass@host:port/dbname
        bool fullSync = true;           // SQLite synchronous=FULL (durable on power loss)
        int statementTimeoutMs = 15000; // PostgreSQL: no statement waits longer
        QString applicationName = QStringLiteral("kora-server"); // in pg_stat_activity
    };

    static Expected<std::unique_ptr<Database>, QString> open(const Options &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isPostgres() const { return m_postgres; }
    const Options &options() const { return m_options; }
    QSqlDatabase &connection() { return m_db; }

    // Binds and runs one statement, prepared once per SQL text and connection
    // and kept (a statement still being read when the same SQL runs again
    // is not disturbed: another one is prepared beside it).
    Expected<Rows, DbError> exec(const QString &sql, const QVariantList &binds = {});
    // Runs one statement as it is, unprepared (DDL, PRAGMA, SET, LISTEN).
    Expected<QSqlQuery, DbError> execDirect(const QString &sql);

    // Runs `work` in a transaction: committed when it returns a value, rolled
    // back when it returns an error (or the commit fails). A serialization
    // failure or deadlock runs `work` again (a few times); so does a
    // connection lost before the commit was sent. `work` must be safe to run
    // again (it sees nothing of the rolled-back attempt).
    template<typename T, typename E, typename F>
    Expected<T, E> transaction(F &&work, E (*toError)(const DbError &));

    bool begin();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }
    // Re-opens a lost connection now; false while the database stays unreachable.
    bool reopen();

    static constexpr int maxAttempts = 4;

    static constexpr int maxKeptStatements = 256; // SQL texts (IN lists make many)
    static constexpr int maxIdlePerStatement = 4;

private:
    friend class Rows;
    Database(const QString &connectionName, const Options &options);
    Expected<Rows, DbError> execInlined(const QString &sql, const QVariantList &binds);
    bool prepare(QSqlQuery &query, const QString &sql);
    void giveBack(const QString &sql, quint64 generation, QSqlQuery &&query);
    void dropStatements();
    bool configure();
    DbError classify(const class QSqlError &error);
    bool ensureOpen();
    QString inlined(const QString &sql, const QVariantList &binds) const;

    QString m_connectionName;
    Options m_options;
    bool m_postgres = false;
    bool m_lost = false;
    bool m_inTransaction = false;
    DbError m_lastError; // of the last failed statement in the current transaction
    QSqlDatabase m_db;
    // Kept statements by SQL text: the idle ones, ready to run again.
    QHash<QString, QList<QSqlQuery>> m_statements;
    quint64 m_generation = 0;   // a statement of an older one is not taken back
    QSet<QString> m_unprepared; // PostgreSQL could not prepare these: sent inlined
};

template<typename T, typename E, typename F>
Expected<T, E> Database::transaction(F &&work, E (*toError)(const DbError &))
{
    for (int attempt = 1;; ++attempt) {
        m_lastError = {};
        if (!begin()) {
            if (m_lost && attempt < maxAttempts && reopen())
                continue;
            return unexpected(toError(
                m_lost ? DbError::connectionLost(QStringLiteral("the database is unreachable"))
                       : DbError{QStringLiteral("could not begin a transaction")}));
        }
        Expected<T, E> result = work();
        if (!result) {
            const DbError cause = m_lastError;
            rollback();
            const bool again = cause.kind == DbError::Kind::Serialization ||
                               (cause.kind == DbError::Kind::Connection && reopen());
            if (again && attempt < maxAttempts)
                continue;
            return result;
        }
        if (!commit()) {
            const DbError cause = m_lastError;
            rollback();
            // A serialization failure at commit means nothing was stored; a
            // connection lost during the commit leaves the outcome unknown:
            // the caller gets an error (a retry with the same clientId is safe).
            if (cause.kind == DbError::Kind::Serialization && attempt < maxAttempts)
                continue;
            return unexpected(toError(
                cause.message.isEmpty() ? DbError{QStringLiteral("could not commit")} : cause));
        }
        return result;
    }
}

} // namespace kora::server
