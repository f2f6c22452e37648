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
    // 6: reactions (protocol 7.2), and the search index (7.3), filled with
    // what is stored already. `seq` of a reaction is the conversation seq its
    // change took (people within an emoji are in that order); `emoji_seq` is
    // the seq at which its emoji came onto the message, shared by the rows
    // of that emoji, so an emoji keeps its place while anyone still has it.
    // SQLite: an FTS5 table (case and accent folding by its tokenizer) whose
    // rowid each message row names (messages' own rowid may change on VACUUM).
    // PostgreSQL: a tsvector of the unaccented body ('simple': no stemming,
    // no stop words, as on SQLite), behind a GIN index.
    {
        QStringLiteral("CREATE TABLE reactions ("
                       " message_id VARCHAR(36) NOT NULL REFERENCES messages(id),"
                       " emoji VARCHAR(64) NOT NULL,"
                       " user_id VARCHAR(36) NOT NULL REFERENCES users(id),"
                       " seq BIGINT NOT NULL,"
                       " emoji_seq BIGINT NOT NULL,"
                       " PRIMARY KEY (message_id, emoji, user_id))"),
        QStringLiteral("{SQLITE}CREATE VIRTUAL TABLE message_search USING fts5(body,"
                       " message_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("{SQLITE}ALTER TABLE messages ADD COLUMN search_rowid INTEGER"),
        QStringLiteral("{SQLITE}INSERT INTO message_search (rowid, body, message_id)"
                       " SELECT rowid, body, id FROM messages WHERE deleted = 0 AND body <> ''"),
        QStringLiteral("{SQLITE}UPDATE messages SET search_rowid = rowid"
                       " WHERE deleted = 0 AND body <> ''"),
        QStringLiteral("{PG}CREATE EXTENSION IF NOT EXISTS unaccent"),
        QStringLiteral("{PG}ALTER TABLE messages ADD COLUMN search_tsv tsvector"),
        QStringLiteral("{PG}UPDATE messages SET search_tsv = to_tsvector('simple', unaccent(body))"
                       " WHERE deleted = FALSE AND body <> ''"),
        QStringLiteral("{PG}CREATE INDEX messages_search ON messages USING GIN (search_tsv)"),
    },
    // 7: trust (protocol 7.4, 7.5): the contact guard's flags on a message
    // (comma-separated, '' for none), whether a conversation may carry contact
    // details, who blocks whom (one row per blocker and blocked: a send looks
    // up its pair by primary key), and reports for support, newest first
    // within a status (created_at is unique: `before` pages without gaps).
    {
        QStringLiteral("ALTER TABLE messages ADD COLUMN flags VARCHAR(200) NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE conversations ADD COLUMN contact_allowed {BOOL} NOT NULL"
                       " DEFAULT {FALSE}"),
        QStringLiteral("CREATE TABLE blocks ("
                       " blocker_id VARCHAR(36) NOT NULL REFERENCES users(id),"
                       " blocked_id VARCHAR(36) NOT NULL REFERENCES users(id),"
                       " created_at BIGINT NOT NULL,"
                       " PRIMARY KEY (blocker_id, blocked_id))"),
        QStringLiteral("CREATE TABLE reports ("
                       " id VARCHAR(36) PRIMARY KEY,"
                       " reporter_id VARCHAR(36) NOT NULL REFERENCES users(id),"
                       " client_id VARCHAR(36),"
                       " conversation_id VARCHAR(36) NOT NULL REFERENCES conversations(id),"
                       " message_id VARCHAR(36) REFERENCES messages(id),"
                       " reason VARCHAR(32) NOT NULL,"
                       " note TEXT,"
                       " status VARCHAR(16) NOT NULL,"
                       " created_at BIGINT NOT NULL UNIQUE,"
                       " resolved_at BIGINT,"
                       " resolved_by VARCHAR(36) REFERENCES users(id),"
                       " resolution TEXT,"
                       " UNIQUE (reporter_id, client_id))"),
        QStringLiteral("CREATE INDEX reports_status ON reports(status, created_at)"),
    },
    // 8: token versions (sign out everywhere): a token carries the version
    // it was issued under; bumping the user's version ends every older one.
    {
        QStringLiteral("ALTER TABLE users ADD COLUMN token_version INTEGER NOT NULL DEFAULT 0"),
    },
    // 9: who made a conversation: a group's owner, who may remove others
    // (NULL for those made before; the longest-standing member is then owner).
    {
        QStringLiteral("ALTER TABLE conversations ADD COLUMN created_by VARCHAR(36)"),
    },
    // 10: accounts the marketplace removed: they sign in no more and are
    // found by nobody; their messages stay (NULL: active).
    {
        QStringLiteral("ALTER TABLE users ADD COLUMN disabled_at BIGINT"),
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
    // A statement for one engine only: the other gets none (an empty string).
    if (sql.startsWith(QLatin1String("{PG}")))
        return postgres ? sql.mid(4) : QString();
    if (sql.startsWith(QLatin1String("{SQLITE}")))
        return postgres ? QString() : sql.mid(8);
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
            const QString statement = dialect(sql, db.isPostgres());
            if (statement.isEmpty())
                continue;
            const auto done = db.execDirect(statement);
            if (!done) {
                db.rollback();
                // unaccent comes with PostgreSQL (Debian: postgresql-15; elsewhere
                // often a -contrib package), and may be created by the database's owner.
                const QString hint =
                    statement.contains(QLatin1String("unaccent"))
                        ? QStringLiteral(" (search needs PostgreSQL's unaccent extension: install "
                                         "PostgreSQL's contrib modules, or run CREATE EXTENSION "
                                         "unaccent as a superuser)")
                        : QString();
                return unexpected(QStringLiteral("migration %1 failed: %2%3")
                                      .arg(step + 1)
                                      .arg(done.error().message, hint));
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
