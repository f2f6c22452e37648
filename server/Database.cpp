#include "Database.h"

#include "ServerLogging.h"

#include <QSqlError>
#include <QUrl>
#include <QUuid>

namespace kora::server {
namespace {

bool isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL unique_violation; SQLite SQLITE_CONSTRAINT(_UNIQUE/_PRIMARYKEY).
    return code == QLatin1String("23505") || code == QLatin1String("2067") ||
           code == QLatin1String("1555") ||
           error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

} // namespace

Database::Database(const QString &connectionName, bool postgres)
    : m_connectionName(connectionName)
    , m_postgres(postgres)
{}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::unique_ptr<Database>, QString> Database::open(const Options &options)
{
    const QString name = QStringLiteral("kora-") + QUuid::createUuid().toString(QUuid::Id128);
    const bool postgres = !options.url.isEmpty();
    std::unique_ptr<Database> database(new Database(name, postgres));
    if (postgres) {
        const QUrl url(options.url);
        if (!url.isValid() || (url.scheme() != QLatin1String("postgres") &&
                               url.scheme() != QLatin1String("postgresql")))
            return unexpected(
                QStringLiteral("database URL must look like postgres://user:pass@host:port/db"));
        database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        database->m_db.setHostName(url.host());
        database->m_db.setPort(url.port(5432));
        database->m_db.setUserName(url.userName());
        database->m_db.setPassword(url.password());
        database->m_db.setDatabaseName(url.path().mid(1));
    } else {
        database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database->m_db.setDatabaseName(options.sqlitePath);
        database->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!database->m_db.open())
        return unexpected(
            QStringLiteral("cannot open the database: %1").arg(database->m_db.lastError().text()));
    if (!postgres) {
        const QString sync = options.fullSync ? QStringLiteral("FULL") : QStringLiteral("NORMAL");
        const QStringList pragmas{QStringLiteral("PRAGMA journal_mode=WAL"),
                                  QStringLiteral("PRAGMA synchronous=") + sync,
                                  QStringLiteral("PRAGMA foreign_keys=ON")};
        for (const QString &pragma : pragmas) {
            if (!database->exec(pragma))
                return unexpected(
                    QStringLiteral("cannot set up SQLite (%1); is the file a Kora database?")
                        .arg(pragma));
        }
    }
    return database;
}

Expected<QSqlQuery, DbError> Database::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcServerDb) << "prepare failed:" << query.lastError().text() << sql;
        return unexpected(DbError{query.lastError().text(), false});
    }
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        const bool unique = isUniqueViolation(error);
        if (!unique)
            qCWarning(lcServerDb) << "query failed:" << error.text() << sql;
        return unexpected(DbError{error.text(), unique});
    }
    return query;
}

bool Database::begin()
{
    return m_db.transaction();
}

bool Database::commit()
{
    return m_db.commit();
}

void Database::rollback()
{
    m_db.rollback();
}

} // namespace kora::server
