#include "Cache.h"

#include "ModelsLogging.h"

#include "protocol/Json.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <algorithm>

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
};

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant msecs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch())
                       : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime time(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString idsJson(const QStringList &ids)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QStringList idsFromJson(const QString &json)
{
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        ids.append(v.toString());
    return ids;
}

const QString messageColumns = QStringLiteral(
    "m.local_id, m.id, m.client_id, m.sender_id, m.conversation_id, m.seq, m.updated_seq, m.kind,"
    " m.body, m.attachments, m.reply_to_id, m.created_at, m.edited_at, m.deleted,"
    " o.client_id IS NOT NULL, COALESCE(o.failed, 0), o.error_code, o.error_message");
const QString messageFrom = QStringLiteral(
    " FROM messages m LEFT JOIN outbox o ON o.client_id = m.client_id AND m.id IS NULL");

} // namespace

Cache::Cache(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("kora-cache-") + QUuid::createUuid().toString(QUuid::Id128))
{}

Cache::~Cache()
{
    m_statements.clear();
    m_oneOff.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString Cache::defaultPath(const QUrl &server, const QString &userId)
{
    const QByteArray account =
        server.toString(QUrl::RemovePath | QUrl::StripTrailingSlash).toUtf8() + '|' +
        userId.toUtf8();
    const QByteArray key =
        QCryptographicHash::hash(account, QCryptographicHash::Sha256).toHex().left(24);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("accounts/%1/cache.sqlite3").arg(QString::fromLatin1(key)));
}

Expected<std::unique_ptr<Cache>, QString> Cache::open(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return unexpected(QStringLiteral("cannot create the folder for %1").arg(path));
    std::unique_ptr<Cache> cache(new Cache(path));
    cache->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), cache->m_connection);
    cache->m_db.setDatabaseName(path);
    cache->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!cache->m_db.open())
        return unexpected(QStringLiteral("cannot open the cache %1: %2")
                              .arg(path, cache->m_db.lastError().text()));
    const QStringList pragmas{QStringLiteral("PRAGMA journal_mode=WAL"),
                              QStringLiteral("PRAGMA synchronous=NORMAL")};
    for (const QString &pragma : pragmas) {
        if (const auto done = cache->exec(pragma); !done)
            return unexpected(
                QStringLiteral("%1 is not a usable Kora cache (%2)").arg(path, done.error()));
    }
    if (const auto migrated = cache->migrate(); !migrated)
        return unexpected(migrated.error());
    return cache;
}

Expected<bool, QString> Cache::migrate()
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

Expected<SqlRows, QString> Cache::exec(const QString &sql, const QVariantList &binds) const
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

template<typename F> Expected<bool, QString> Cache::write(F &&work)
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

// ---------------------------------------------------------------- conversations

Expected<bool, QString> Cache::upsertConversations(const QList<proto::Conversation> &list)
{
    QList<proto::Message> lastMessages;
    // Users are shared between conversations: a name or presence written
    // here may change other rows of the list too.
    QStringList changedIds;
    QStringList changedUsers;
    for (const proto::Conversation &c : list) {
        changedIds.append(c.id);
        for (const proto::Participant &p : c.participants)
            changedUsers.append(p.user.id);
    }
    const auto done = write([&]() -> Expected<bool, QString> {
        for (const proto::Conversation &c : list) {
            auto q = exec(
                QStringLiteral(
                    "INSERT INTO conversations (id, type, title, job_id, job_title, last_seq, "
                    "unread_count,"
                    " archived, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (id) DO UPDATE SET type = excluded.type, title = excluded.title,"
                    " job_id = excluded.job_id, job_title = excluded.job_title,"
                    " last_seq = MAX(last_seq, excluded.last_seq), unread_count = "
                    "excluded.unread_count,"
                    " archived = excluded.archived, created_at = COALESCE(excluded.created_at, "
                    "created_at),"
                    " updated_at = MAX(COALESCE(updated_at, 0), COALESCE(excluded.updated_at, 0))"),
                {c.id, c.type, nullable(c.title), nullable(c.jobId), nullable(c.jobTitle),
                 c.lastSeq, c.unreadCount, c.archived ? 1 : 0, msecs(c.createdAt),
                 msecs(c.updatedAt)});
            if (!q)
                return unexpected(q.error());
            for (const proto::Participant &p : c.participants) {
                auto u =
                    exec(QStringLiteral(
                             "INSERT INTO users (id, name, role, avatar_url, online, last_seen_at)"
                             " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                             " name = excluded.name, role = excluded.role, avatar_url = "
                             "excluded.avatar_url,"
                             " online = excluded.online, last_seen_at = excluded.last_seen_at"),
                         {p.user.id, p.user.name, p.user.role, nullable(p.user.avatarUrl),
                          p.user.online ? 1 : 0, msecs(p.user.lastSeenAt)});
                if (!u)
                    return unexpected(u.error());
                auto r =
                    exec(QStringLiteral(
                             "INSERT INTO participants (conversation_id, user_id, last_read_seq,"
                             " last_delivered_seq) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET"
                             " last_read_seq = MAX(last_read_seq, excluded.last_read_seq),"
                             " last_delivered_seq = MAX(last_delivered_seq, "
                             "excluded.last_delivered_seq)"),
                         {c.id, p.user.id, p.lastReadSeq, p.lastDeliveredSeq});
                if (!r)
                    return unexpected(r.error());
            }
            if (c.lastMessage)
                lastMessages.append(*c.lastMessage);
        }
        return true;
    });
    if (!done)
        return done;
    Q_EMIT conversationsChanged(conversationsOf(changedUsers, changedIds));
    // The last message of each conversation is part of the newest history.
    if (!lastMessages.isEmpty())
        return storeMessages(lastMessages);
    return done;
}

Expected<bool, QString> Cache::setCursor(const QString &conversationId, const QString &userId,
                                         qint64 seq, bool read)
{
    const auto done = write([&]() -> Expected<bool, QString> {
        auto q =
            read
                ? exec(QStringLiteral(
                           "UPDATE participants SET last_read_seq = MAX(last_read_seq, ?),"
                           " last_delivered_seq = MAX(last_delivered_seq, ?)"
                           " WHERE conversation_id = ? AND user_id = ?"),
                       {seq, seq, conversationId, userId})
                : exec(QStringLiteral(
                           "UPDATE participants SET last_delivered_seq = MAX(last_delivered_seq, ?)"
                           " WHERE conversation_id = ? AND user_id = ?"),
                       {seq, conversationId, userId});
        if (!q)
            return unexpected(q.error());
        if (read && value(QStringLiteral("userId")) == userId) {
            auto unread = exec(
                QStringLiteral(
                    "UPDATE conversations SET unread_count = (SELECT COUNT(*) FROM messages"
                    " WHERE conversation_id = ? AND seq > ? AND sender_id <> ? AND deleted = 0)"
                    " WHERE id = ?"),
                {conversationId, seq, userId, conversationId});
            if (!unread)
                return unexpected(unread.error());
        }
        return true;
    });
    if (done) {
        Q_EMIT conversationsChanged({conversationId});
        CacheChange receipt{CacheChange::Kind::Receipt, conversationId, seq, seq, {}, userId};
        Q_EMIT messagesChanged({receipt});
    }
    return done;
}

Expected<bool, QString> Cache::setPresence(const QString &userId, bool online,
                                           const QDateTime &lastSeen)
{
    auto q = exec(
        QStringLiteral(
            "UPDATE users SET online = ?, last_seen_at = COALESCE(?, last_seen_at) WHERE id = ?"),
        {online ? 1 : 0, msecs(lastSeen), userId});
    if (!q)
        return unexpected(q.error());
    Q_EMIT conversationsChanged(conversationsOf({userId}, {}));
    return true;
}

Expected<bool, QString> Cache::setArchived(const QString &conversationId, bool archived)
{
    auto q = exec(QStringLiteral("UPDATE conversations SET archived = ? WHERE id = ?"),
                  {archived ? 1 : 0, conversationId});
    if (!q)
        return unexpected(q.error());
    Q_EMIT conversationsChanged({conversationId});
    return true;
}

Expected<bool, QString> Cache::addUnread(const QString &conversationId, int count)
{
    auto q = exec(
        QStringLiteral("UPDATE conversations SET unread_count = unread_count + ? WHERE id = ?"),
        {count, conversationId});
    if (!q)
        return unexpected(q.error());
    Q_EMIT conversationsChanged({conversationId});
    return true;
}

namespace {

const QString participantColumns = QStringLiteral(
    "p.conversation_id, u.id, u.name, u.role, u.avatar_url, u.online, u.last_seen_at,"
    " p.last_read_seq, p.last_delivered_seq FROM participants p"
    " JOIN users u ON u.id = p.user_id");

proto::Participant participantFromRow(const SqlRows &q)
{
    proto::Participant p;
    p.user.id = q.value(1).toString();
    p.user.name = q.value(2).toString();
    p.user.role = q.value(3).toString();
    p.user.avatarUrl = q.value(4).toString();
    p.user.online = q.value(5).toInt() != 0;
    p.user.lastSeenAt = time(q.value(6));
    p.lastReadSeq = q.value(7).toLongLong();
    p.lastDeliveredSeq = q.value(8).toLongLong();
    return p;
}

} // namespace

QStringList Cache::conversationsOf(const QStringList &userIds, QStringList ids) const
{
    if (ids.size() + userIds.size() > maxChangedIds)
        return {}; // "any": cheaper for listeners to re-read everything
    for (const QString &userId : userIds) {
        auto q = exec(QStringLiteral("SELECT conversation_id FROM participants WHERE user_id = ?"),
                      {userId});
        while (q && q->next())
            ids.append(q->value(0).toString());
        if (!q)
            return {};
    }
    ids.removeDuplicates();
    return ids.size() > maxChangedIds ? QStringList() : ids;
}

QList<proto::Participant> Cache::participants(const QString &conversationId) const
{
    QList<proto::Participant> list;
    auto q = exec(QStringLiteral("SELECT ") + participantColumns +
                      QStringLiteral(" WHERE p.conversation_id = ? ORDER BY u.name"),
                  {conversationId});
    while (q && q->next())
        list.append(participantFromRow(*q));
    return list;
}

QList<CachedConversation> Cache::readConversations(const QString &onlyId, int limit,
                                                   int offset) const
{
    QList<CachedConversation> list;
    auto q =
        exec(QStringLiteral("SELECT c.id, c.type, c.title, c.job_id, c.job_title, c.last_seq, "
                            "c.unread_count, c.archived,"
                            " c.created_at, c.updated_at, d.body, (SELECT COUNT(*) FROM outbox o "
                            "WHERE o.conversation_id = c.id)"
                            " FROM conversations c LEFT JOIN drafts d ON d.conversation_id = c.id"
                            " %1 ORDER BY c.updated_at DESC, c.id LIMIT ? OFFSET ?")
                 .arg(onlyId.isEmpty() ? QString() : QStringLiteral("WHERE c.id = ?")),
             onlyId.isEmpty() ? QVariantList{limit, offset} : QVariantList{onlyId, -1, 0});
    QHash<QString, qsizetype> at;
    while (q && q->next()) {
        CachedConversation cc;
        proto::Conversation &c = cc.conversation;
        c.id = q->value(0).toString();
        c.type = q->value(1).toString();
        c.title = q->value(2).toString();
        c.jobId = q->value(3).toString();
        c.jobTitle = q->value(4).toString();
        c.lastSeq = q->value(5).toLongLong();
        c.unreadCount = q->value(6).toLongLong();
        c.archived = q->value(7).toInt() != 0;
        c.createdAt = time(q->value(8));
        c.updatedAt = time(q->value(9));
        cc.draft = q->value(10).toString();
        cc.pendingCount = q->value(11).toInt();
        at.insert(c.id, list.size());
        list.append(cc);
    }
    if (!onlyId.isEmpty()) {
        for (CachedConversation &cc : list) {
            cc.conversation.participants = participants(cc.conversation.id);
            const QList<CachedMessage> last = messages(cc.conversation.id, 1);
            if (!last.isEmpty())
                cc.conversation.lastMessage = last.first().message;
        }
        return list;
    }
    // The whole list (or one page of it): participants and last messages in
    // three queries, not three per conversation.
    const QString page = QStringLiteral("WITH page AS (SELECT id FROM conversations"
                                        " ORDER BY updated_at DESC, id LIMIT ? OFFSET ?) ");
    const QVariantList pageBinds{limit, offset};
    auto people = exec(page + QStringLiteral("SELECT ") + participantColumns +
                           QStringLiteral(" WHERE p.conversation_id IN (SELECT id FROM page)"
                                          " ORDER BY u.name"),
                       pageBinds);
    while (people && people->next()) {
        if (const auto it = at.constFind(people->value(0).toString()); it != at.constEnd())
            list[*it].conversation.participants.append(participantFromRow(*people));
    }
    const auto takeLast = [&](Expected<SqlRows, QString> rows) {
        while (rows && rows->next()) {
            const CachedMessage m = messageFromRow(*rows);
            if (const auto it = at.constFind(m.message.conversationId); it != at.constEnd())
                list[*it].conversation.lastMessage = m.message;
        }
    };
    // One index seek per conversation for its newest message with a seq.
    takeLast(exec(page + QStringLiteral("SELECT ") + messageColumns + messageFrom +
                      QStringLiteral(" WHERE m.local_id IN (SELECT (SELECT local_id FROM messages"
                                     " WHERE conversation_id = c.id AND seq IS NOT NULL"
                                     " ORDER BY seq DESC LIMIT 1) FROM page c)"),
                  pageBinds));
    // Outbox rows come after everything with a seq, the newest last. Sought per
    // conversation through (conversation_id, seq): "seq IS NULL" alone would
    // scan every message (CROSS JOIN keeps SQLite from choosing that).
    takeLast(exec(page + QStringLiteral("SELECT ") + messageColumns +
                      QStringLiteral(" FROM page c CROSS JOIN messages m"
                                     " ON m.conversation_id = c.id AND m.seq IS NULL"
                                     " LEFT JOIN outbox o ON o.client_id = m.client_id"
                                     " AND m.id IS NULL ORDER BY m.local_id"),
                  pageBinds));
    return list;
}

QList<CachedConversation> Cache::conversations() const
{
    return readConversations(QString(), -1, 0);
}

QList<CachedConversation> Cache::conversations(int limit, int offset) const
{
    return readConversations(QString(), limit, offset);
}

bool Cache::hasConversation(const QString &id) const
{
    auto q = exec(QStringLiteral("SELECT 1 FROM conversations WHERE id = ?"), {id});
    return q && q->next();
}

std::optional<CachedConversation> Cache::conversation(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    const QList<CachedConversation> one = readConversations(id, -1, 0);
    return one.isEmpty() ? std::nullopt : std::optional<CachedConversation>(one.first());
}

// ---------------------------------------------------------------- messages

CachedMessage Cache::messageFromRow(const SqlRows &q) const
{
    CachedMessage cm;
    cm.localId = q.value(0).toLongLong();
    proto::Message &m = cm.message;
    m.id = q.value(1).toString();
    m.clientId = q.value(2).toString();
    m.senderId = q.value(3).toString();
    m.conversationId = q.value(4).toString();
    m.seq = q.value(5).toLongLong();
    m.updatedSeq = q.value(6).toLongLong();
    m.kind = q.value(7).toString();
    m.body = q.value(8).toString();
    const QString files = q.value(9).toString();
    if (files != QLatin1String("[]")) { // most messages carry none: skip the parse
        for (const QJsonValue &a : QJsonDocument::fromJson(files.toUtf8()).array()) {
            const QJsonObject o = a.toObject();
            m.attachments.append(proto::Attachment::fromJson(o));
            // An outbox row's files: where the copy is (see enqueue).
            const QString localPath = o.value(QLatin1String("localPath")).toString();
            if (!localPath.isEmpty()) {
                const proto::Attachment &p = m.attachments.constLast();
                cm.localFiles.append(
                    {localPath, p.name, p.mime, p.size, p.width.value_or(0), p.height.value_or(0)});
            }
        }
    }
    m.replyToId = q.value(10).toString();
    m.createdAt = time(q.value(11));
    m.editedAt = time(q.value(12));
    m.deleted = q.value(13).toInt() != 0;
    cm.pending = q.value(14).toBool();
    cm.failed = q.value(15).toInt() != 0;
    cm.failure = {q.value(16).toString(), q.value(17).toString()};
    return cm;
}

qint64 Cache::maxLocalId() const
{
    auto q = exec(QStringLiteral("SELECT COALESCE(MAX(local_id), 0) FROM messages"));
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

void Cache::noteChange(CacheChanges &changes, CacheChange::Kind kind, const QString &conversationId,
                       qint64 localId, qint64 seq)
{
    for (CacheChange &c : changes) {
        if (c.kind == kind && c.conversationId == conversationId) {
            c.add(localId, seq);
            return;
        }
    }
    CacheChange c{kind, conversationId, 0, 0, {}, {}};
    c.add(localId, seq);
    changes.append(std::move(c));
}

Expected<bool, QString> Cache::storeMessage(const proto::Message &m, qint64 oldestKept,
                                            qint64 newAbove, QHash<QString, Touch> &touched,
                                            CacheChanges &changes, QSet<QString> *inserted)
{
    if (oldestKept > 0 && m.seq < oldestKept) {
        // Outside the cached run of newest history: leave it for when the user
        // pages back, unless it is a change to a row that is here already.
        auto known =
            exec(QStringLiteral(
                     "SELECT 1 FROM messages WHERE id = ? OR (sender_id = ? AND client_id = ?)"),
                 {m.id, m.senderId, m.clientId});
        if (!known)
            return unexpected(known.error());
        if (!known->next())
            return true;
    }
    QJsonArray files;
    for (const proto::Attachment &a : m.attachments)
        files.append(a.toJson());
    auto q =
        exec(QStringLiteral(
                 "INSERT INTO messages (id, client_id, sender_id, conversation_id, seq, "
                 "updated_seq, kind, body,"
                 " attachments, reply_to_id, created_at, edited_at, deleted)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT (sender_id, client_id) DO UPDATE SET id = excluded.id, seq = "
                 "excluded.seq,"
                 " updated_seq = excluded.updated_seq, kind = excluded.kind, body = excluded.body,"
                 " attachments = excluded.attachments, reply_to_id = excluded.reply_to_id,"
                 " created_at = excluded.created_at, edited_at = excluded.edited_at, deleted = "
                 "excluded.deleted"
                 " WHERE excluded.updated_seq >= messages.updated_seq RETURNING local_id"),
             {m.id, m.clientId, m.senderId, m.conversationId, m.seq, m.updatedSeq, m.kind,
              text(m.body), QString::fromUtf8(QJsonDocument(files).toJson(QJsonDocument::Compact)),
              nullable(m.replyToId), msecs(m.createdAt), msecs(m.editedAt), m.deleted ? 1 : 0});
    if (!q)
        return unexpected(q.error());
    // A row comes back when one was written: a local_id beyond those present
    // before the write is a new row (AUTOINCREMENT never reuses one).
    if (!q->next())
        return true; // an older version of a row that is here: nothing changed
    const qint64 localId = q->value(0).toLongLong();
    while (q->next()) { // step to the end: the statement must not stay open
    }
    const bool isNew = localId > newAbove;
    noteChange(changes, isNew ? CacheChange::Kind::Insert : CacheChange::Kind::Update,
               m.conversationId, localId, m.seq);
    if (isNew && inserted)
        inserted->insert(m.id);
    Touch &touch = touched[m.conversationId];
    touch.lastSeq = qMax(touch.lastSeq, m.updatedSeq);
    touch.updatedAt = qMax(touch.updatedAt, m.createdAt.toMSecsSinceEpoch());
    return true;
}

Expected<bool, QString> Cache::touchConversations(const QHash<QString, Touch> &touched)
{
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        auto q = exec(QStringLiteral("UPDATE conversations SET last_seq = MAX(last_seq, ?),"
                                     " updated_at = MAX(COALESCE(updated_at, 0), ?) WHERE id = ?"),
                      {it->lastSeq, it->updatedAt, it.key()});
        if (!q)
            return unexpected(q.error());
    }
    return true;
}

Expected<bool, QString> Cache::storeMessages(const QList<proto::Message> &list, bool extendsHistory,
                                             QSet<QString> *inserted)
{
    QHash<QString, Touch> touched;
    QHash<QString, qint64> oldest; // per conversation, before this batch
    CacheChanges changes;
    const auto done = write([&]() -> Expected<bool, QString> {
        const qint64 newAbove = maxLocalId();
        for (const proto::Message &m : list) {
            if (!extendsHistory && !oldest.contains(m.conversationId))
                oldest.insert(m.conversationId, oldestSeq(m.conversationId));
            if (auto stored = storeMessage(m, extendsHistory ? 0 : oldest.value(m.conversationId),
                                           newAbove, touched, changes, inserted);
                !stored)
                return stored;
        }
        return touchConversations(touched);
    });
    if (!done)
        return done;
    if (!touched.isEmpty())
        Q_EMIT conversationsChanged(touched.keys());
    if (!changes.isEmpty())
        Q_EMIT messagesChanged(changes);
    return done;
}

QList<CachedMessage> Cache::messages(const QString &conversationId, int limit, qint64 beforeSeq,
                                     qint64 afterSeq) const
{
    // Two queries that each ride the (conversation_id, seq) index: rows with a
    // seq, and the few outbox rows (no seq yet) that are shown after them.
    const auto collect = [this](Expected<SqlRows, QString> q, QList<CachedMessage> &into,
                                bool prepend) {
        while (q && q->next()) {
            if (prepend)
                into.prepend(messageFromRow(*q));
            else
                into.append(messageFromRow(*q));
        }
    };
    const QString select = QStringLiteral("SELECT ") + messageColumns + messageFrom;
    QList<CachedMessage> list;
    if (beforeSeq >= 0) {
        collect(
            exec(select +
                     QStringLiteral(
                         " WHERE m.conversation_id = ? AND m.seq < ? ORDER BY m.seq DESC LIMIT ?"),
                 {conversationId, beforeSeq, limit}),
            list, true);
        return list;
    }
    QList<CachedMessage> pending;
    collect(
        exec(
            select +
                QStringLiteral(
                    " WHERE m.conversation_id = ? AND m.seq IS NULL ORDER BY m.local_id %1 LIMIT ?")
                    .arg(afterSeq >= 0 ? QStringLiteral("ASC") : QStringLiteral("DESC")),
            {conversationId, limit}),
        pending, afterSeq < 0);
    if (afterSeq >= 0) {
        collect(
            exec(select + QStringLiteral(
                              " WHERE m.conversation_id = ? AND m.seq > ? ORDER BY m.seq LIMIT ?"),
                 {conversationId, afterSeq, limit}),
            list, false);
        list += pending;
        return list.mid(0, limit);
    }
    collect(exec(select + QStringLiteral(" WHERE m.conversation_id = ? AND m.seq IS NOT NULL ORDER "
                                         "BY m.seq DESC LIMIT ?"),
                 {conversationId, limit}),
            list, true);
    list += pending;
    return list.mid(qMax<qsizetype>(0, list.size() - limit));
}

std::optional<CachedMessage> Cache::message(qint64 localId) const
{
    auto q = exec(QStringLiteral("SELECT ") + messageColumns + messageFrom +
                      QStringLiteral(" WHERE m.local_id = ?"),
                  {localId});
    if (!q || !q->next())
        return std::nullopt;
    return messageFromRow(*q);
}

QList<CachedMessage> Cache::messagesByLocalId(const QString &conversationId,
                                              QList<qint64> localIds) const
{
    QList<CachedMessage> list;
    if (localIds.isEmpty())
        return list;
    std::sort(localIds.begin(), localIds.end());
    localIds.erase(std::unique(localIds.begin(), localIds.end()), localIds.end());
    const qint64 first = localIds.first();
    const qint64 last = localIds.last();
    if (last - first >= 4 * localIds.size() + 64) { // scattered: one seek each
        for (const qint64 id : std::as_const(localIds)) {
            if (auto m = message(id); m && m->message.conversationId == conversationId)
                list.append(*m);
        }
        return list;
    }
    // Rows written together have neighbouring local_ids: one range of the key.
    auto q = exec(QStringLiteral("SELECT ") + messageColumns + messageFrom +
                      QStringLiteral(" WHERE m.local_id BETWEEN ? AND ? ORDER BY m.local_id"),
                  {first, last}); // (a conversation_id term would tempt SQLite to its index)
    while (q && q->next()) {
        CachedMessage m = messageFromRow(*q);
        if (m.message.conversationId == conversationId &&
            std::binary_search(localIds.cbegin(), localIds.cend(), m.localId))
            list.append(std::move(m));
    }
    return list;
}

bool Cache::hasMessage(const QString &id) const
{
    auto q = exec(QStringLiteral("SELECT 1 FROM messages WHERE id = ?"), {id});
    return q && q->next();
}

qint64 Cache::oldestSeq(const QString &conversationId) const
{
    auto q =
        exec(QStringLiteral(
                 "SELECT MIN(seq) FROM messages WHERE conversation_id = ? AND seq IS NOT NULL"),
             {conversationId});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

qint64 Cache::messageCount(const QString &conversationId) const
{
    auto q = exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = ?"),
                  {conversationId});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

qint64 Cache::syncedSeq(const QString &conversationId) const
{
    auto q =
        exec(QStringLiteral("SELECT synced_seq FROM conversations WHERE id = ?"), {conversationId});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

Expected<bool, QString> Cache::setSyncedSeq(const QString &conversationId, qint64 seq)
{
    auto q = exec(
        QStringLiteral("UPDATE conversations SET synced_seq = MAX(synced_seq, ?) WHERE id = ?"),
        {seq, conversationId});
    if (!q)
        return unexpected(q.error());
    return true;
}

// ---------------------------------------------------------------- outbox

Expected<CachedMessage, QString> Cache::enqueue(const OutboxEntry &e, const QString &senderId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 localId = 0;
    const auto done = write([&]() -> Expected<bool, QString> {
        auto o =
            exec(QStringLiteral(
                     "INSERT INTO outbox (client_id, conversation_id, kind, body, attachment_ids,"
                     " reply_to_id, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {e.clientId, e.conversationId, e.kind, text(e.body), idsJson(e.attachmentIds),
                  nullable(e.replyToId), now});
        if (!o)
            return unexpected(o.error());
        QJsonArray files;
        for (qsizetype i = 0; i < e.files.size(); ++i) {
            const LocalAttachment &f = e.files[i].file;
            auto row = exec(QStringLiteral("INSERT INTO outbox_files (client_id, idx, path, name,"
                                           " mime, size, width, height, attachment_id)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {e.clientId, int(i), f.path, text(f.name), text(f.mime), f.size,
                             f.width, f.height, nullable(e.files[i].attachmentId)});
            if (!row)
                return unexpected(row.error());
            proto::Attachment shown;
            shown.name = f.name;
            shown.mime = f.mime;
            shown.size = f.size;
            if (f.width > 0 && f.height > 0) {
                shown.width = f.width;
                shown.height = f.height;
            }
            QJsonObject o = shown.toJson();
            o.insert(QLatin1String("localPath"), f.path);
            files.append(o);
        }
        auto m = exec(QStringLiteral("INSERT INTO messages (client_id, sender_id, conversation_id,"
                                     " kind, body, attachments, reply_to_id, created_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {e.clientId, senderId, e.conversationId, e.kind, text(e.body),
                       QString::fromUtf8(QJsonDocument(files).toJson(QJsonDocument::Compact)),
                       nullable(e.replyToId), now});
        if (!m)
            return unexpected(m.error());
        localId = m->lastInsertId().toLongLong();
        // Writing moves the conversation to the top, as sending will.
        auto c = exec(QStringLiteral("UPDATE conversations SET updated_at = "
                                     "MAX(COALESCE(updated_at, 0), ?) WHERE id = ?"),
                      {now, e.conversationId});
        if (!c)
            return unexpected(c.error());
        return true;
    });
    if (!done)
        return unexpected(done.error());
    Q_EMIT outboxChanged();
    CacheChange inserted{CacheChange::Kind::Insert, e.conversationId, 0, 0, {localId}, {}};
    Q_EMIT messagesChanged({inserted});
    Q_EMIT conversationsChanged({e.conversationId});
    return *message(localId);
}

QList<OutboxEntry> Cache::readOutbox(const QString &where) const
{
    QList<OutboxEntry> list;
    auto q = exec(
        QStringLiteral("SELECT client_id, conversation_id, kind, body, attachment_ids, reply_to_id,"
                       " attempts, queued_at, failed FROM outbox ") +
        where + QStringLiteral(" ORDER BY position"));
    while (q && q->next()) {
        list.append({q->value(0).toString(),
                     q->value(1).toString(),
                     q->value(2).toString(),
                     q->value(3).toString(),
                     idsFromJson(q->value(4).toString()),
                     q->value(5).toString(),
                     q->value(6).toInt(),
                     q->value(7).toLongLong(),
                     q->value(8).toInt() != 0,
                     {}});
    }
    for (OutboxEntry &e : list) {
        if (e.kind == QLatin1String("text"))
            continue;
        auto f = exec(QStringLiteral("SELECT path, name, mime, size, width, height, attachment_id"
                                     " FROM outbox_files WHERE client_id = ? ORDER BY idx"),
                      {e.clientId});
        while (f && f->next())
            e.files.append({{f->value(0).toString(), f->value(1).toString(), f->value(2).toString(),
                             f->value(3).toLongLong(), f->value(4).toInt(), f->value(5).toInt()},
                            f->value(6).toString()});
    }
    return list;
}

QList<OutboxEntry> Cache::outbox() const
{
    return readOutbox(QString());
}

QList<OutboxEntry> Cache::outboxHeads() const
{
    return readOutbox(
        QStringLiteral("WHERE position IN (SELECT MIN(position) FROM outbox WHERE failed = 0"
                       " GROUP BY conversation_id)"));
}

int Cache::pendingCount() const
{
    auto q = exec(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    return q && q->next() ? q->value(0).toInt() : 0;
}

Expected<bool, QString> Cache::acknowledge(const QString &clientId, const proto::Message &stored)
{
    CacheChanges changes;
    const auto done = write([&]() -> Expected<bool, QString> {
        if (auto q = exec(QStringLiteral("DELETE FROM outbox WHERE client_id = ?"), {clientId}); !q)
            return unexpected(q.error());
        if (auto q =
                exec(QStringLiteral("DELETE FROM outbox_files WHERE client_id = ?"), {clientId});
            !q)
            return unexpected(q.error());
        QHash<QString, Touch> touched;
        if (auto done = storeMessage(stored, 0, maxLocalId(), touched, changes); !done)
            return done;
        return touchConversations(touched);
    });
    if (!done)
        return done;
    Q_EMIT outboxChanged();
    Q_EMIT conversationsChanged({stored.conversationId});
    if (!changes.isEmpty())
        Q_EMIT messagesChanged(changes);
    return done;
}

Expected<bool, QString> Cache::setUploaded(const QString &clientId, int index,
                                           const QString &attachmentId)
{
    auto q = exec(QStringLiteral("UPDATE outbox_files SET attachment_id = ?"
                                 " WHERE client_id = ? AND idx = ?"),
                  {attachmentId, clientId, index});
    if (!q)
        return unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return unexpected(QStringLiteral("no file %1 in outbox entry %2").arg(index).arg(clientId));
    return true;
}

Expected<bool, QString> Cache::recordAttempt(const QString &clientId)
{
    auto q = exec(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE client_id = ?"),
                  {clientId});
    if (!q)
        return unexpected(q.error());
    return true;
}

Expected<bool, QString> Cache::updateOutboxEntry(const QString &clientId, const QString &set,
                                                 QVariantList binds)
{
    binds.append(clientId);
    auto q = exec(
        QStringLiteral("UPDATE outbox SET ") + set + QStringLiteral(" WHERE client_id = ?"), binds);
    if (!q)
        return unexpected(q.error());
    Q_EMIT outboxChanged();
    auto row = exec(QStringLiteral("SELECT m.local_id, m.conversation_id FROM messages m"
                                   " WHERE m.client_id = ? AND m.id IS NULL"),
                    {clientId});
    if (row && row->next()) {
        CacheChange updated{CacheChange::Kind::Update,
                            row->value(1).toString(),
                            0,
                            0,
                            {row->value(0).toLongLong()},
                            {}};
        Q_EMIT messagesChanged({updated});
    }
    return true;
}

Expected<bool, QString> Cache::markFailed(const QString &clientId, const proto::ApiError &error)
{
    return updateOutboxEntry(clientId,
                             QStringLiteral("failed = 1, error_code = ?, error_message = ?"),
                             {error.code, error.message});
}

Expected<bool, QString> Cache::retry(const QString &clientId)
{
    return updateOutboxEntry(
        clientId,
        QStringLiteral("failed = 0, attempts = 0, error_code = NULL, error_message = NULL"), {});
}

Expected<bool, QString> Cache::discard(const QString &clientId)
{
    QString conversationId;
    QList<qint64> removed;
    const auto done = write([&]() -> Expected<bool, QString> {
        auto c = exec(QStringLiteral("SELECT conversation_id FROM outbox WHERE client_id = ?"),
                      {clientId});
        if (!c)
            return unexpected(c.error());
        if (!c->next())
            return false;
        conversationId = c->value(0).toString();
        auto rows = exec(QStringLiteral("SELECT local_id FROM messages"
                                        " WHERE client_id = ? AND id IS NULL"),
                         {clientId});
        if (!rows)
            return unexpected(rows.error());
        while (rows->next())
            removed.append(rows->value(0).toLongLong());
        if (auto q = exec(QStringLiteral("DELETE FROM messages WHERE client_id = ? AND id IS NULL"),
                          {clientId});
            !q)
            return unexpected(q.error());
        if (auto q = exec(QStringLiteral("DELETE FROM outbox WHERE client_id = ?"), {clientId}); !q)
            return unexpected(q.error());
        if (auto q =
                exec(QStringLiteral("DELETE FROM outbox_files WHERE client_id = ?"), {clientId});
            !q)
            return unexpected(q.error());
        return true;
    });
    if (done && *done) {
        Q_EMIT outboxChanged();
        if (!removed.isEmpty())
            Q_EMIT messagesChanged(
                {{CacheChange::Kind::Delete, conversationId, 0, 0, removed, {}}});
        Q_EMIT conversationsChanged({conversationId});
    }
    return done;
}

// ---------------------------------------------------------------- drafts, state

Expected<bool, QString> Cache::setDraft(const QString &conversationId, const QString &body)
{
    auto q =
        body.isEmpty()
            ? exec(QStringLiteral("DELETE FROM drafts WHERE conversation_id = ?"), {conversationId})
            : exec(QStringLiteral(
                       "INSERT INTO drafts (conversation_id, body, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (conversation_id) DO UPDATE SET body = excluded.body,"
                       " updated_at = excluded.updated_at"),
                   {conversationId, body, QDateTime::currentMSecsSinceEpoch()});
    if (!q)
        return unexpected(q.error());
    Q_EMIT conversationsChanged({conversationId});
    return true;
}

QString Cache::draft(const QString &conversationId) const
{
    auto q =
        exec(QStringLiteral("SELECT body FROM drafts WHERE conversation_id = ?"), {conversationId});
    return q && q->next() ? q->value(0).toString() : QString();
}

Expected<bool, QString> Cache::setValue(const QString &key, const QString &value)
{
    auto q = exec(QStringLiteral("INSERT INTO state (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  {key, text(value)});
    if (!q)
        return unexpected(q.error());
    return true;
}

QString Cache::value(const QString &key) const
{
    auto q = exec(QStringLiteral("SELECT value FROM state WHERE key = ?"), {key});
    return q && q->next() ? q->value(0).toString() : QString();
}

} // namespace kora::models
