#include "TestDatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace kora::test {
namespace {

// Runs `statements` on a connection of its own, closed again after.
bool runOn(const QString &driver, const QUrl &url, const QString &sqlitePath,
           const QStringList &statements, QString *error)
{
    const QString name = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (driver == QLatin1String("QPSQL")) {
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(sqlitePath);
        }
        ok = db.open();
        if (!ok && error)
            *error = db.lastError().text();
        for (const QString &sql : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text() + QStringLiteral(" in: ") + sql;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool TestDatabase::postgresRun()
{
    return qgetenv("KORA_TEST_ENGINE") == "postgres";
}

QString TestDatabase::adminUrl()
{
    if (const QByteArray url = qgetenv("KORA_TEST_PG_URL"); !url.isEmpty())
        return QString::fromUtf8(url);
    QString dir = QString::fromLocal8Bit(qgetenv("KORA_TEST_PG_DIR"));
    if (dir.isEmpty())
        dir = QString::fromLocal8Bit(qgetenv("KORA_TEST_PG_DEFAULT_DIR"));
    QFile port(dir + QStringLiteral("/port"));
    if (dir.isEmpty() || !port.open(QIODevice::ReadOnly))
        return {};
    return QStringLiteral("postgres://postgres@127.0.0.1:%1/postgres")
        .arg(QString::fromLatin1(port.readAll().trimmed()));
}

TestDatabase::TestDatabase()
{
    if (!postgresRun())
        return;
    const QString admin = adminUrl();
    if (admin.isEmpty()) {
        m_error = QStringLiteral("a PostgreSQL run needs the test cluster: run it through ctest "
                                 "(the kora_postgres_start fixture) or set KORA_TEST_PG_URL");
        return;
    }
    m_name = QStringLiteral("kora_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (!runOn(QStringLiteral("QPSQL"), QUrl(admin), {},
               {QStringLiteral("CREATE DATABASE ") + m_name}, &m_error)) {
        m_name.clear();
        return;
    }
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (m_name.isEmpty())
        return;
    QString error;
    if (!runOn(QStringLiteral("QPSQL"), QUrl(adminUrl()), {},
               {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)}, &error))
        qWarning("could not drop the test database %s: %s", qPrintable(m_name), qPrintable(error));
}

bool TestDatabase::runPostgres(const QString &url, const QStringList &statements, QString *error)
{
    return runOn(QStringLiteral("QPSQL"), QUrl(url), {}, statements, error);
}

bool TestDatabase::run(const QStringList &statements, const QString &sqlitePath, QString *error)
{
    return isPostgres() ? runOn(QStringLiteral("QPSQL"), QUrl(m_url), {}, statements, error)
                        : runOn(QStringLiteral("QSQLITE"), {}, sqlitePath, statements, error);
}

} // namespace kora::test
