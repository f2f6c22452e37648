#include "Migrations.h"

#include "Database.h"
#include "ServerLogging.h"

#include <QStringList>

namespace kora::server {
namespace {

// Append-only: a released step is never edited, only followed by a new one.
const QStringList steps[] = {
    // 1: users, conversations, participants, messages, attachments
    {
        QStringLiteral("CREATE TABLE users ("
                       " id VARCHAR(36) PRIMARY KEY,"
                       " email VARCHAR(320) NOT NULL UNIQUE,"
                       " name VARCHAR(200) NOT NULL,"
                       " role VARCHAR(16) NOT NULL,"
                       " password_hash VARCHAR(255) NOT NULL,"
                       " avatar_url VARCHAR(1000),"
                       " last_seen_at BIGINT,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE conversations ("
                       " id VARCHAR(36) PRIMARY KEY,"
                       " type VARCHAR(8) NOT NULL,"
                       " title VARCHAR(200),"
                       " job_id VARCHAR(200),"
                       " job_title VARCHAR(200),"
                       " direct_key VARCHAR(80) UNIQUE,"
                       " last_seq BIGINT NOT NULL DEFAULT 0,"
                       " created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX conversations_job ON conversations(job_id)"),
        QStringLiteral("CREATE TABLE participants ("
                       " conversation_id VARCHAR(36) NOT NULL REFERENCES conversations(id),"
                       " user_id VARCHAR(36) NOT NULL REFERENCES users(id),"
                       " last_read_seq BIGINT NOT NULL DEFAULT 0,"
                       " last_delivered_seq BIGINT NOT NULL DEFAULT 0,"
                       " archived {BOOL} NOT NULL DEFAULT {FALSE},"
                       " joined_at BIGINT NOT NULL,"
                       " PRIMARY KEY (conversation_id, user_id))"),
        QStringLiteral("CREATE INDEX participants_user ON participants(user_id)"),
        QStringLiteral("CREATE TABLE messages ("
                       " id VARCHAR(36) PRIMARY KEY,"
                       " conversation_id VARCHAR(36) NOT NULL REFERENCES conversations(id),"
                       " seq BIGINT NOT NULL,"
                       " updated_seq BIGINT NOT NULL,"
                       " sender_id VARCHAR(36) NOT NULL REFERENCES users(id),"
                       " client_id VARCHAR(36) NOT NULL,"
                       " kind VARCHAR(8) NOT NULL,"
                       " body TEXT NOT NULL,"
                       " reply_to_id VARCHAR(36),"
                       " created_at BIGINT NOT NULL,"
                       " edited_at BIGINT,"
                       " deleted {BOOL} NOT NULL DEFAULT {FALSE},"
                       " UNIQUE (conversation_id, seq),"
                       " UNIQUE (sender_id, client_id))"),
        QStringLiteral("CREATE INDEX messages_updated ON messages(conversation_id, updated_seq)"),
        QStringLiteral("CREATE TABLE attachments ("
                       " id VARCHAR(36) PRIMARY KEY,"
                       " uploader_id VARCHAR(36) NOT NULL REFERENCES users(id),"
                       " message_id VARCHAR(36) REFERENCES messages(id),"
                       " name VARCHAR(255) NOT NULL,"
                       " mime VARCHAR(100) NOT NULL,"
                       " size BIGINT NOT NULL,"
                       " width INTEGER,"
                       " height INTEGER,"
                       " sha256 VARCHAR(64) NOT NULL,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX attachments_message ON attachments(message_id)"),
    },
    // 2: support mode: the audit log, system message metadata, and the
    // sender of system messages (a user no one can sign in as or talk to)
    {
        QStringLiteral("CREATE TABLE audit_log ("
                       " id VARCHAR(36) PRIMARY KEY,"
                       " actor_id VARCHAR(36) NOT NULL REFERENCES users(id),"
                       " action VARCHAR(16) NOT NULL,"
                       " conversation_id VARCHAR(36) REFERENCES conversations(id),"
                       " client_address VARCHAR(64),"
                       " detail VARCHAR(1000),"
                       " at BIGINT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE INDEX audit_log_conversation ON audit_log(conversation_id, at)"),
        QStringLiteral("CREATE TABLE system_message_meta ("
                       " message_id VARCHAR(36) PRIMARY KEY REFERENCES messages(id),"
                       " meta TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO users (id, email, name, role, password_hash, created_at)"
                       " VALUES ('00000000-0000-0000-0000-000000000000', 'system@kora.invalid',"
                       " 'Kora', 'system', '!', 0)"),
    },
    // 3: attachments: order within a message, whether a thumbnail was made
    {
        QStringLiteral("ALTER TABLE attachments ADD COLUMN position INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE attachments ADD COLUMN thumb {BOOL} NOT NULL DEFAULT {FALSE}"),
        QStringLiteral("CREATE INDEX attachments_uploader ON attachments(uploader_id)"),
    },
    // 4: several processes: each live process (node) heartbeats its row, and
    // presence counts the users with a socket on any live node
    {
        QStringLiteral("CREATE TABLE server_nodes ("
                       " id VARCHAR(36) PRIMARY KEY,"
                       " started_at BIGINT NOT NULL,"
                       " heartbeat_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE presence ("
                       " node_id VARCHAR(36) NOT NULL,"
                       " user_id VARCHAR(36) NOT NULL,"
                       " PRIMARY KEY (node_id, user_id))"),
        QStringLiteral("CREATE INDEX presence_user ON presence(user_id)"),
    },
    // 5: attachment bytes in the database (the default on PostgreSQL), so that
    // every process serves every upload: one row per blob (an original or a
    // thumbnail, by the original's sha256), its bytes in chunks; `complete`
    // is set last, in the transaction that wrote the chunks
    {
        QStringLiteral("CREATE TABLE blobs ("
                       " sha256 VARCHAR(64) NOT NULL,"
                       " kind VARCHAR(8) NOT NULL,"
                       " size BIGINT NOT NULL,"
                       " chunk_size INTEGER NOT NULL,"
                       " chunk_count BIGINT NOT NULL,"
                       " complete {BOOL} NOT NULL DEFAULT {FALSE},"
                       " created_at BIGINT NOT NULL,"
                       " PRIMARY KEY (sha256, kind))"),
        QStringLiteral("CREATE TABLE blob_chunks ("
                       " sha256 VARCHAR(64) NOT NULL,"
                       " kind VARCHAR(8) NOT NULL,"
                       " seq BIGINT NOT NULL,"
                       " data {BLOB} NOT NULL,"
                       " PRIMARY KEY (sha256, kind, seq))"),
    },
};

constexpr int stepCount = int(sizeof(steps) / sizeof(steps[0]));

} // namespace

int latestSchemaVersion()
{
    return stepCount;
}

QString dialect(QString sql, bool postgres)
{
    // Written once for both engines; SQLite's spelling is the text the first
    // releases ran, so old SQLite files see the very same statements.
    sql.replace(QLatin1String("{BOOL}"),
                postgres ? QLatin1String("BOOLEAN") : QLatin1String("SMALLINT"));
    sql.replace(QLatin1String("{FALSE}"), postgres ? QLatin1String("FALSE") : QLatin1String("0"));
    sql.replace(QLatin1String("{BLOB}"), postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    return sql;
}

namespace {

Expected<int, QString> migrateLocked(Database &db)
{
    // DDL is executed as it is: PostgreSQL cannot prepare it.
    if (!db.execDirect(
            QStringLiteral("CREATE TABLE IF NOT EXISTS kora_schema (version INTEGER NOT NULL)")))
        return unexpected(QStringLiteral("cannot create the schema version table"));
    auto current = db.exec(QStringLiteral("SELECT version FROM kora_schema"));
    if (!current)
        return unexpected(
            QStringLiteral("cannot read the schema version: %1").arg(current.error().message));
    int version = 0;
    if (current->next()) {
        version = current->value(0).toInt();
    } else if (!db.exec(QStringLiteral("INSERT INTO kora_schema (version) VALUES (0)"))) {
        return unexpected(QStringLiteral("cannot initialise the schema version"));
    }
    if (version > stepCount)
        return unexpected(QStringLiteral("the database has schema version %1, newer than this "
                                         "server knows (%2); upgrade the server")
                              .arg(version)
                              .arg(stepCount));

    for (int step = version; step < stepCount; ++step) {
        if (!db.begin())
            return unexpected(QStringLiteral("cannot begin migration %1").arg(step + 1));
        for (const QString &sql : steps[step]) {
            const auto done = db.execDirect(dialect(sql, db.isPostgres()));
            if (!done) {
                db.rollback();
                return unexpected(QStringLiteral("migration %1 failed: %2")
                                      .arg(step + 1)
                                      .arg(done.error().message));
            }
        }
        if (!db.exec(QStringLiteral("UPDATE kora_schema SET version = ?"), {step + 1}) ||
            !db.commit()) {
            db.rollback();
            return unexpected(QStringLiteral("cannot record migration %1").arg(step + 1));
        }
        qCInfo(lcServerDb) << "schema migrated to version" << step + 1;
    }
    return stepCount;
}

} // namespace

Expected<int, QString> migrate(Database &db)
{
    if (!db.isPostgres())
        return migrateLocked(db);
    // Several processes may start at once on one database: one migrates, the
    // others wait for it and then find the schema current.
    constexpr int migrationLock = 0x4b6f7261; // "Kora"
    if (!db.exec(QStringLiteral("SELECT pg_advisory_lock(?)"), {migrationLock}))
        return unexpected(QStringLiteral("cannot take the migration lock"));
    auto result = migrateLocked(db);
    if (!db.exec(QStringLiteral("SELECT pg_advisory_unlock(?)"), {migrationLock}))
        qCWarning(lcServerDb) << "could not release the migration lock";
    return result;
}

} // namespace kora::server
