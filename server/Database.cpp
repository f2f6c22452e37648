#include "Database.h"

#include "ServerLogging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace kora::server {
namespace {

bool isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL unique_violation; SQLite SQLITE_CONSTRAINT(_UNIQUE/_PRIMARYKEY).
    return code == QLatin1String("23505") || code == QLatin1String("2067") ||
           code == QLatin1String("1555") ||
           error.databaseText().contains(QLatin1String("UNIQUE constraint failed")) ||
           error.databaseText().contains(QLatin1String("duplicate key value"));
}

bool isSerializationFailure(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // serialization_failure, deadlock_detected; SQLITE_BUSY (5) and SQLITE_LOCKED (6).
    return code == QLatin1String("40001") || code == QLatin1String("40P01") ||
           error.databaseText().contains(QLatin1String("deadlock detected")) ||
           error.databaseText().contains(QLatin1String("could not serialize"));
}

bool isConnectionLoss(const QSqlError &error)
{
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString code = error.nativeErrorCode();
    // Class 08 (connection exception), 57P01..03 (the server shut the session down).
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
        code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return true;
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    static const char *const signs[] = {"server closed the connection",
                                        "no connection to the server",
                                        "terminating connection",
                                        "could not send data",
                                        "connection not open",
                                        "Connection refused",
                                        "SSL SYSCALL error",
                                        "could not receive data"};
    for (const char *sign : signs) {
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

Database::Database(const QString &connectionName, const Options &options)
    : m_connectionName(connectionName)
    , m_options(options)
    , m_postgres(!options.url.isEmpty())
{}

Rows::Rows(QSqlQuery query, Database *owner, QString sql, quint64 generation)
    : QSqlQuery(std::move(query))
    , m_owner(owner)
    , m_sql(std::move(sql))
    , m_generation(generation)
{}

Rows::Rows(Rows &&other) noexcept
    : QSqlQuery(std::move(static_cast<QSqlQuery &>(other)))
    , m_owner(std::exchange(other.m_owner, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_generation(other.m_generation)
{}

Rows::~Rows()
{
    if (m_owner)
        m_owner->giveBack(m_sql, m_generation, std::move(static_cast<QSqlQuery &>(*this)));
}

Database::~Database()
{
    dropStatements();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::unique_ptr<Database>, QString> Database::open(const Options &options)
{
    const QString name = QStringLiteral("kora-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<Database> database(new Database(name, options));
    if (database->m_postgres) {
        const QUrl url(options.url);
        if (!url.isValid() || (url.scheme() != QLatin1String("postgres") &&
                               url.scheme() != QLatin1String("postgresql")))
            return unexpected(
                QStringLiteral("database URL must look like postgres://user:pass@host:port/db"));
        database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!database->m_db.isValid())
            return unexpected(QStringLiteral("the PostgreSQL driver of QtSql is missing "
                                             "(Debian: apt-get install libqt6sql6-psql)"));
        database->m_db.setHostName(url.host());
        database->m_db.setPort(url.port(5432));
        database->m_db.setUserName(url.userName());
        database->m_db.setPassword(url.password());
        database->m_db.setDatabaseName(url.path().mid(1));
        // A database that stops answering ends in an error, not a hang.
        QStringList connect{QStringLiteral("connect_timeout=5"),
                            QStringLiteral("application_name=") + options.applicationName};
        const QUrlQuery query(url);
        if (query.hasQueryItem(QStringLiteral("sslmode")))
            connect.append(QStringLiteral("sslmode=") +
                           query.queryItemValue(QStringLiteral("sslmode")));
        database->m_db.setConnectOptions(connect.join(QLatin1Char(';')));
    } else {
        database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database->m_db.setDatabaseName(options.sqlitePath);
        database->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!database->m_db.open())
        return unexpected(
            QStringLiteral("cannot open the database: %1").arg(database->m_db.lastError().text()));
    if (!database->configure())
        return unexpected(
            database->m_postgres
                ? QStringLiteral("cannot set up the PostgreSQL session")
                : QStringLiteral("cannot set up SQLite; is the file a Kora database?"));
    return database;
}

bool Database::configure()
{
    QStringList statements;
    if (m_postgres) {
        statements = {
            QStringLiteral("SET statement_timeout = %1").arg(m_options.statementTimeoutMs),
            QStringLiteral("SET idle_in_transaction_session_timeout = %1")
                .arg(m_options.statementTimeoutMs * 2),
            QStringLiteral("SET TIME ZONE 'UTC'")};
    } else {
        const QString sync = m_options.fullSync ? QStringLiteral("FULL") : QStringLiteral("NORMAL");
        statements = {QStringLiteral("PRAGMA journal_mode=WAL"),
                      QStringLiteral("PRAGMA synchronous=") + sync,
                      QStringLiteral("PRAGMA foreign_keys=ON")};
    }
    for (const QString &statement : statements) {
        if (!execDirect(statement)) {
            qCWarning(lcServerDb) << "cannot set up the connection:" << statement;
            return false;
        }
    }
    return true;
}

bool Database::reopen()
{
    if (m_inTransaction)
        return false;
    qCWarning(lcServerDb) << "re-opening the database connection";
    dropStatements(); // prepared on the old session
    m_db.close();
    if (!m_db.open()) {
        qCWarning(lcServerDb) << "the database is unreachable:" << m_db.lastError().text();
        m_lost = true;
        return false;
    }
    m_lost = false;
    if (!configure()) {
        m_lost = true;
        return false;
    }
    qCInfo(lcServerDb) << "database connection re-opened";
    return true;
}

bool Database::ensureOpen()
{
    return !m_lost || (!m_inTransaction && reopen());
}

DbError Database::classify(const QSqlError &error)
{
    DbError e{error.text()};
    if (isUniqueViolation(error)) {
        e.uniqueViolation = true;
        e.kind = DbError::Kind::Unique;
    } else if (isSerializationFailure(error)) {
        e.kind = DbError::Kind::Serialization;
    } else if (m_postgres && isConnectionLoss(error)) {
        e.kind = DbError::Kind::Connection;
        m_lost = true;
    }
    if (e.kind != DbError::Kind::Unique)
        m_lastError = e;
    else if (m_lastError.message.isEmpty())
        m_lastError = e;
    return e;
}

QString Database::inlined(const QString &sql, const QVariantList &binds) const
{
    // Each `?` outside a quoted literal takes the next value, written by the
    // driver itself (PQescapeStringConn / PQescapeByteaConn, TRUE/FALSE, NULL),
    // exactly as QPSQL writes them into its EXECUTE of a prepared statement.
    QString out;
    out.reserve(sql.size() + binds.size() * 16);
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char('?') && !quoted && next < binds.size()) {
            const QVariant &value = binds.at(next++);
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            out += m_db.driver()->formatValue(field);
            continue;
        }
        out += c;
    }
    return out;
}

Expected<Rows, DbError> Database::execInlined(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString statement = inlined(sql, binds);
    if (!query.exec(statement)) {
        const DbError error = classify(query.lastError());
        if (error.kind != DbError::Kind::Unique)
            qCWarning(lcServerDb) << "query failed:" << error.message << sql;
        return unexpected(error);
    }
    return Rows(std::move(query));
}

bool Database::prepare(QSqlQuery &query, const QString &sql)
{
    if (!m_postgres || !m_inTransaction)
        return query.prepare(sql);
    // A failed PREPARE would abort the transaction: a savepoint keeps it,
    // once per SQL text and session (the statement is kept afterwards).
    if (!execDirect(QStringLiteral("SAVEPOINT kora_prepare")))
        return false;
    const bool prepared = query.prepare(sql);
    if (!prepared)
        static_cast<void>(execDirect(QStringLiteral("ROLLBACK TO SAVEPOINT kora_prepare")));
    static_cast<void>(execDirect(QStringLiteral("RELEASE SAVEPOINT kora_prepare")));
    return prepared;
}

Expected<Rows, DbError> Database::exec(const QString &sql, const QVariantList &binds)
{
    if (!ensureOpen())
        return unexpected(DbError::connectionLost(QStringLiteral("the database is unreachable")));
    // Compiling a statement costs more than running most of them (SQLite's
    // parser was ≥ 6 % of the server's CPU under load): each SQL text is
    // prepared once per connection and kept. On PostgreSQL, QPSQL's
    // PREPARE is then a round trip once, and each run one EXECUTE.
    if (m_postgres && m_unprepared.contains(sql))
        return execInlined(sql, binds);
    auto kept = m_statements.find(sql);
    bool keep = kept != m_statements.end() && !kept->isEmpty();
    QSqlQuery query = keep ? kept->takeLast() : QSqlQuery(m_db);
    if (!keep) {
        query.setForwardOnly(true);
        if (!prepare(query, sql)) {
            const QSqlError failed = query.lastError();
            if (m_postgres && !m_lost && !isConnectionLoss(failed)) {
                // Not every statement can be prepared (a parameter of no
                // inferable type): that one goes inlined, as it always did.
                qCInfo(lcServerDb) << "sending unprepared:" << failed.text() << sql;
                m_unprepared.insert(sql);
                return execInlined(sql, binds);
            }
            const DbError error = classify(failed);
            qCWarning(lcServerDb) << "prepare failed:" << error.message << sql;
            return unexpected(error);
        }
        keep = kept != m_statements.end() || m_statements.size() < maxKeptStatements;
        if (keep && kept == m_statements.end())
            m_statements.insert(sql, {});
    }
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    if (!query.exec()) {
        const DbError error = classify(query.lastError());
        if (error.kind != DbError::Kind::Unique)
            qCWarning(lcServerDb) << "query failed:" << error.message << sql;
        return unexpected(error); // the statement is not kept: prepared again next time
    }
    return Rows(std::move(query), keep ? this : nullptr, keep ? sql : QString(), m_generation);
}

void Database::giveBack(const QString &sql, quint64 generation, QSqlQuery &&query)
{
    if (generation != m_generation)
        return;
    query.finish(); // reset: no statement stays active between uses
    const auto kept = m_statements.find(sql);
    if (kept != m_statements.end() && kept->size() < maxIdlePerStatement)
        kept->append(std::move(query));
}

void Database::dropStatements()
{
    ++m_generation;
    m_statements.clear();
}

Expected<QSqlQuery, DbError> Database::execDirect(const QString &sql)
{
    if (!ensureOpen())
        return unexpected(DbError::connectionLost(QStringLiteral("the database is unreachable")));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        const DbError error = classify(query.lastError());
        qCWarning(lcServerDb) << "statement failed:" << error.message << sql;
        return unexpected(error);
    }
    return query;
}

bool Database::begin()
{
    if (!ensureOpen())
        return false;
    if (!m_db.transaction()) {
        classify(m_db.lastError());
        return false;
    }
    m_inTransaction = true;
    return true;
}

bool Database::commit()
{
    const bool done = m_db.commit();
    if (!done)
        classify(m_db.lastError());
    else
        m_inTransaction = false;
    return done;
}

void Database::rollback()
{
    m_db.rollback();
    m_inTransaction = false;
}

} // namespace kora::server
