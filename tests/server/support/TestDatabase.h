#pragma once

#include <QString>

namespace kora::test {

// Where a server test keeps its data: SQLite (a file in the server's data
// dir) or, when the ctest variant `<name>_pg` runs it (KORA_TEST_ENGINE=
// postgres), a fresh PostgreSQL database of its own in the private test
// cluster, dropped again when this object goes.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static bool postgresRun();
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool isPostgres() const { return !m_url.isEmpty(); }
    // postgres://… of this test's own database; empty on SQLite.
    QString url() const { return m_url; }
    // The cluster's admin URL (postgres://…/postgres), or empty when none is running.
    static QString adminUrl();

    // Runs statements on the database from a connection of the test's own
    // (as an operator or a failure would); `sqlitePath` names the file on SQLite.
    bool run(const QStringList &statements, const QString &sqlitePath, QString *error = nullptr);

    static bool runPostgres(const QString &url, const QStringList &statements,
                            QString *error = nullptr);

private:
    QString m_name;
    QString m_url;
    QString m_error;
};

} // namespace kora::test
