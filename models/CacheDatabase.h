#pragma once

#include "SqlRows.h"

#include "Expected.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariantList>

#include <memory>

namespace kora::models {

// The cache's SQLite connection (WAL): opening, the schema migrations
// (PRAGMA user_version, one transaction per step), statements prepared once
// and kept, transactions, and the key/value state table. The stores run
// their SQL through it.
class CacheDatabase
{
public:
    // Opens (creating if needed) and migrates. A file that is not a Kora cache
    // is reported, not overwritten.
    static Expected<std::unique_ptr<CacheDatabase>, QString> open(const QString &path);
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    QString path() const { return m_path; }

    // Runs one statement (prepared once per SQL text); read its rows before
    // the same SQL runs again.
    Expected<SqlRows, QString> exec(const QString &sql, const QVariantList &binds = {}) const;
    // Runs `work` in one transaction: committed when it succeeds, rolled back otherwise.
    template<typename F> Expected<bool, QString> write(F &&work);

    Expected<bool, QString> setValue(const QString &key, const QString &value);
    QString value(const QString &key) const;

private:
    explicit CacheDatabase(QString path);
    Expected<bool, QString> migrate();

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // prepared once, by SQL text
    mutable std::shared_ptr<QSqlQuery> m_oneOff;                     // PRAGMA and schema statements
};

template<typename F> Expected<bool, QString> CacheDatabase::write(F &&work)
{
    if (!m_db.transaction())
        return unexpected(
            QStringLiteral("cannot begin a transaction: %1").arg(m_db.lastError().text()));
    Expected<bool, QString> result = work();
    if (!result) {
        m_db.rollback();
        return result;
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        return unexpected(QStringLiteral("cannot commit: %1").arg(error));
    }
    return result;
}

} // namespace kora::models
