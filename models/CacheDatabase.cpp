#include "CacheDatabase.h"

#include "ModelsLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

namespace kora::models {
namespace {

// Append-only list of schema steps; PRAGMA user_version is the step reached.
const QStringList migrations[] = {
    {
        QStringLiteral(
            "CREATE TABLE users (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,"
            " avatar_url TEXT, online INTEGER NOT NULL DEFAULT 0, last_seen_at INTEGER)"),
        QStringLiteral(
            "CREATE TABLE conversations (id TEXT PRIMARY KEY, type TEXT NOT NULL, title TEXT,"
            " job_id TEXT, job_title TEXT, last_seq INTEGER NOT NULL DEFAULT 0,"
            " unread_count INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0,"
            " created_at INTEGER, updated_at INTEGER, synced_seq INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE participants (conversation_id TEXT NOT NULL, user_id TEXT NOT NULL,"
            " last_read_seq INTEGER NOT NULL DEFAULT 0, last_delivered_seq INTEGER NOT NULL "
            "DEFAULT 0,"
            " PRIMARY KEY (conversation_id, user_id))"),
        QStringLiteral(
            "CREATE TABLE messages (local_id INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE,"
            " client_id TEXT NOT NULL, sender_id TEXT NOT NULL, conversation_id TEXT NOT NULL,"
            " seq INTEGER, updated_seq INTEGER NOT NULL DEFAULT 0, kind TEXT NOT NULL,"
            " body TEXT NOT NULL, attachments TEXT NOT NULL DEFAULT '[]', reply_to_id TEXT,"
            " created_at INTEGER NOT NULL, edited_at INTEGER, deleted INTEGER NOT NULL DEFAULT 0,"
            " UNIQUE (sender_id, client_id))"),
        QStringLiteral("CREATE INDEX messages_by_seq ON messages (conversation_id, seq)"),
        QStringLiteral(
            "CREATE TABLE outbox (position INTEGER PRIMARY KEY AUTOINCREMENT,"
            " client_id TEXT NOT NULL UNIQUE, conversation_id TEXT NOT NULL, kind TEXT NOT NULL,"
            " body TEXT NOT NULL, attachment_ids TEXT NOT NULL DEFAULT '[]', reply_to_id TEXT,"
            " queued_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
            " failed INTEGER NOT NULL DEFAULT 0, error_code TEXT, error_message TEXT)"),
        QStringLiteral("CREATE INDEX outbox_by_conversation ON outbox (conversation_id, position)"),
        QStringLiteral("CREATE TABLE drafts (conversation_id TEXT PRIMARY KEY, body TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    },
    // 2: the files of outbox entries (the outbox copies, and their upload ids once uploaded)
    {
        QStringLiteral(
            "CREATE TABLE outbox_files (client_id TEXT NOT NULL, idx INTEGER NOT NULL,"
            " path TEXT NOT NULL, name TEXT NOT NULL, mime TEXT NOT NULL, size INTEGER NOT NULL,"
            " width INTEGER NOT NULL DEFAULT 0, height INTEGER NOT NULL DEFAULT 0,"
            " attachment_id TEXT, PRIMARY KEY (client_id, idx))"),
    },
    // 3: the list's order as an index, so a page of it is read without sorting them all
    {
        QStringLiteral("CREATE INDEX IF NOT EXISTS conversations_by_activity ON conversations"
                       " (updated_at DESC, id)"),
    },
    // 4: the server's preview of the message a reply answers (protocol 7.1), as JSON
    {
        QStringLiteral("ALTER TABLE messages ADD COLUMN reply_preview TEXT"),
    },
    // 5: reactions (protocol 7.2): the server's list on messages as JSON (NULL when none),
    // and the outbox's react operations (kind 'react', body = the emoji): the message
    // reacted to and whether the reaction is put or taken back
    {
        QStringLiteral("ALTER TABLE messages ADD COLUMN reactions TEXT"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN target_id TEXT"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN react_on INTEGER NOT NULL DEFAULT 0"),
    },
    // 6: the outbox's reports to support (protocol 7.4; kind 'report', body = the note,
    // target_id = the message reported, if one): the reason
    {
        QStringLiteral("ALTER TABLE outbox ADD COLUMN reason TEXT"),
    },
    // 7: the contact guard (protocol 7.5): a message's flags, comma-separated ('' when
    // none), and whether a conversation may share contact details; a system message's
    // meta as JSON (NULL when none)
    {
        QStringLiteral("ALTER TABLE messages ADD COLUMN flags TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN meta TEXT"),
        QStringLiteral("CREATE INDEX messages_system ON messages (conversation_id, seq)"
                       " WHERE kind = 'system'"),
        QStringLiteral(
            "ALTER TABLE conversations ADD COLUMN contact_allowed INTEGER NOT NULL DEFAULT 0"),
    },
    // 8: the outbox's deletes (kind 'delete', target_id = the message) and the time
    // (ms since the epoch) before which an entry is held: a delete waits while
    // it can be undone
    {
        QStringLiteral("ALTER TABLE outbox ADD COLUMN not_before INTEGER NOT NULL DEFAULT 0"),
    },
    // 9: a group's owner (who may remove others; NULL for a direct conversation)
    {
        QStringLiteral("ALTER TABLE conversations ADD COLUMN owner_id TEXT"),
    },
    // 10: full-text search over the cached messages (Cache::searchMessages): an
    // FTS5 index of messages.body (case and accent folding), kept by triggers
    // in the same transaction as every write, filled from what is here
    {
        QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages',"
                       " content_rowid='local_id', tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
                       " INSERT INTO messages_fts (rowid, body) VALUES (new.local_id, new.body);"
                       " END"),
        QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
                       " INSERT INTO messages_fts (messages_fts, rowid, body)"
                       " VALUES ('delete', old.local_id, old.body); END"),
        QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN"
                       " INSERT INTO messages_fts (messages_fts, rowid, body)"
                       " VALUES ('delete', old.local_id, old.body);"
                       " INSERT INTO messages_fts (rowid, body) VALUES (new.local_id, new.body);"
                       " END"),
        QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')"),
    },
};

} // namespace

CacheDatabase::CacheDatabase(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("kora-cache-") + QUuid::createUuid().toString(QUuid::Id128))
{}

CacheDatabase::~CacheDatabase()
{
    m_statements.clear();
    m_oneOff.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Expected<std::unique_ptr<CacheDatabase>, QString> CacheDatabase::open(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return unexpected(QStringLiteral("cannot create the folder for %1").arg(path));
    std::unique_ptr<CacheDatabase> db(new CacheDatabase(path));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connection);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return unexpected(
            QStringLiteral("cannot open the cache %1: %2").arg(path, db->m_db.lastError().text()));
    const QStringList pragmas{QStringLiteral("PRAGMA journal_mode=WAL"),
                              QStringLiteral("PRAGMA synchronous=NORMAL")};
    for (const QString &pragma : pragmas) {
        if (const auto done = db->exec(pragma); !done)
            return unexpected(
                QStringLiteral("%1 is not a usable Kora cache (%2)").arg(path, done.error()));
    }
    if (const auto migrated = db->migrate(); !migrated)
        return unexpected(migrated.error());
    return db;
}

Expected<bool, QString> CacheDatabase::migrate()
{
    auto version = exec(QStringLiteral("PRAGMA user_version"));
    if (!version || !version->next())
        return unexpected(QStringLiteral("%1 is not a usable Kora cache").arg(m_path));
    const int current = version->value(0).toInt();
    const int latest = int(std::size(migrations));
    if (current > latest)
        return unexpected(
            QStringLiteral("the cache %1 was written by a newer Kora (schema %2 > %3)")
                .arg(m_path)
                .arg(current)
                .arg(latest));
    for (int step = current; step < latest; ++step) {
        const auto done = write([&]() -> Expected<bool, QString> {
            for (const QString &sql : migrations[step]) {
                if (auto q = exec(sql); !q)
                    return unexpected(q.error());
            }
            if (auto q = exec(QStringLiteral("PRAGMA user_version = %1").arg(step + 1)); !q)
                return unexpected(q.error());
            return true;
        });
        if (!done)
            return unexpected(QStringLiteral("cannot migrate the cache %1 to step %2: %3")
                                  .arg(m_path)
                                  .arg(step + 1)
                                  .arg(done.error()));
    }
    return true;
}

Expected<SqlRows, QString> CacheDatabase::exec(const QString &sql, const QVariantList &binds) const
{
    // Statements are prepared once and kept: preparing costs more than running
    // most of them. Rows must be read before the same SQL runs again (every
    // caller here reads its rows at once).
    const bool keep =
        !sql.startsWith(QLatin1String("PRAGMA")) && !sql.startsWith(QLatin1String("CREATE"));
    std::shared_ptr<QSqlQuery> q = keep ? m_statements.value(sql) : nullptr;
    if (!q) {
        q = std::make_shared<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return unexpected(q->lastError().text());
        if (keep)
            m_statements.insert(sql, q);
        else
            m_oneOff = q;
    }
    for (qsizetype i = 0; i < binds.size(); ++i)
        q->bindValue(int(i), binds[i]);
    if (!q->exec()) {
        qCWarning(lcDb) << "cache query failed:" << q->lastError().text() << sql;
        return unexpected(q->lastError().text());
    }
    return SqlRows(q.get());
}

Expected<bool, QString> CacheDatabase::setValue(const QString &key, const QString &value)
{
    auto q = exec(QStringLiteral("INSERT INTO state (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  {key, value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value)});
    if (!q)
        return unexpected(q.error());
    return true;
}

QString CacheDatabase::value(const QString &key) const
{
    auto q = exec(QStringLiteral("SELECT value FROM state WHERE key = ?"), {key});
    return q && q->next() ? q->value(0).toString() : QString();
}

} // namespace kora::models
