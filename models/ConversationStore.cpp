#include "ConversationStore.h"

#include "Cache.h"
#include "CacheDatabase.h"
#include "CacheSql.h"
#include "MessageStore.h"

namespace kora::models {

using namespace sql;

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

ConversationStore::ConversationStore(CacheDatabase &db, MessageStore &messages, Cache &notifier)
    : m_db(db)
    , m_messages(messages)
    , m_signals(notifier)
{}

Expected<bool, QString> ConversationStore::upsert(const QList<proto::Conversation> &list)
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
    const auto done = m_db.write([&]() -> Expected<bool, QString> {
        for (const proto::Conversation &c : list) {
            auto q = m_db.exec(
                QStringLiteral(
                    "INSERT INTO conversations (id, type, title, job_id, job_title, last_seq, "
                    "unread_count,"
                    " archived, created_at, updated_at, contact_allowed, owner_id)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (id) DO UPDATE SET type = excluded.type, title = excluded.title,"
                    " job_id = excluded.job_id, job_title = excluded.job_title,"
                    " contact_allowed = excluded.contact_allowed, owner_id = excluded.owner_id,"
                    " last_seq = MAX(last_seq, excluded.last_seq), unread_count = "
                    "excluded.unread_count,"
                    " archived = excluded.archived, created_at = COALESCE(excluded.created_at, "
                    "created_at),"
                    " updated_at = MAX(COALESCE(updated_at, 0), COALESCE(excluded.updated_at, 0))"),
                {c.id, c.type, nullable(c.title), nullable(c.jobId), nullable(c.jobTitle),
                 c.lastSeq, c.unreadCount, c.archived ? 1 : 0, msecs(c.createdAt),
                 msecs(c.updatedAt), c.contactAllowed ? 1 : 0, nullable(c.ownerId)});
            if (!q)
                return unexpected(q.error());
            // People who left a group or were removed from it are no longer in it here either.
            if (!c.participants.isEmpty()) {
                QStringList marks;
                QVariantList binds{c.id};
                for (const proto::Participant &p : c.participants) {
                    marks.append(QStringLiteral("?"));
                    binds.append(p.user.id);
                }
                auto gone = m_db.exec(QStringLiteral("DELETE FROM participants WHERE"
                                                     " conversation_id = ? AND user_id NOT IN (%1)")
                                          .arg(marks.join(u',')),
                                      binds);
                if (!gone)
                    return unexpected(gone.error());
            }
            for (const proto::Participant &p : c.participants) {
                auto u = m_db.exec(
                    QStringLiteral(
                        "INSERT INTO users (id, name, role, avatar_url, online, last_seen_at)"
                        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                        " name = excluded.name, role = excluded.role, avatar_url = "
                        "excluded.avatar_url,"
                        " online = excluded.online, last_seen_at = excluded.last_seen_at"),
                    {p.user.id, p.user.name, p.user.role, nullable(p.user.avatarUrl),
                     p.user.online ? 1 : 0, msecs(p.user.lastSeenAt)});
                if (!u)
                    return unexpected(u.error());
                auto r = m_db.exec(
                    QStringLiteral(
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
    Q_EMIT m_signals.conversationsChanged(conversationsOf(changedUsers, changedIds));
    // The last message of each conversation is part of the newest history.
    if (!lastMessages.isEmpty())
        return m_messages.store(lastMessages);
    return done;
}

Expected<bool, QString> ConversationStore::setCursor(const QString &conversationId,
                                                     const QString &userId, qint64 seq, bool read)
{
    const auto done = m_db.write([&]() -> Expected<bool, QString> {
        auto q =
            read ? m_db.exec(QStringLiteral(
                                 "UPDATE participants SET last_read_seq = MAX(last_read_seq, ?),"
                                 " last_delivered_seq = MAX(last_delivered_seq, ?)"
                                 " WHERE conversation_id = ? AND user_id = ?"),
                             {seq, seq, conversationId, userId})
                 : m_db.exec(
                       QStringLiteral(
                           "UPDATE participants SET last_delivered_seq = MAX(last_delivered_seq, ?)"
                           " WHERE conversation_id = ? AND user_id = ?"),
                       {seq, conversationId, userId});
        if (!q)
            return unexpected(q.error());
        if (read && m_db.value(QStringLiteral("userId")) == userId) {
            auto unread = m_db.exec(
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
        Q_EMIT m_signals.conversationsChanged({conversationId});
        CacheChange receipt{CacheChange::Kind::Receipt, conversationId, seq, seq, {}, userId};
        Q_EMIT m_signals.messagesChanged({receipt});
    }
    return done;
}

Expected<bool, QString> ConversationStore::setPresence(const QString &userId, bool online,
                                                       const QDateTime &lastSeen)
{
    auto q = m_db.exec(
        QStringLiteral(
            "UPDATE users SET online = ?, last_seen_at = COALESCE(?, last_seen_at) WHERE id = ?"),
        {online ? 1 : 0, msecs(lastSeen), userId});
    if (!q)
        return unexpected(q.error());
    Q_EMIT m_signals.conversationsChanged(conversationsOf({userId}, {}));
    return true;
}

Expected<bool, QString> ConversationStore::setArchived(const QString &conversationId, bool archived)
{
    auto q = m_db.exec(QStringLiteral("UPDATE conversations SET archived = ? WHERE id = ?"),
                       {archived ? 1 : 0, conversationId});
    if (!q)
        return unexpected(q.error());
    Q_EMIT m_signals.conversationsChanged({conversationId});
    return true;
}

Expected<bool, QString> ConversationStore::addUnread(const QString &conversationId, int count)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE conversations SET unread_count = unread_count + ? WHERE id = ?"),
        {count, conversationId});
    if (!q)
        return unexpected(q.error());
    Q_EMIT m_signals.conversationsChanged({conversationId});
    return true;
}

QStringList ConversationStore::conversationsOf(const QStringList &userIds, QStringList ids) const
{
    if (ids.size() + userIds.size() > maxChangedIds)
        return {}; // "any": cheaper for listeners to re-read everything
    for (const QString &userId : userIds) {
        auto q = m_db.exec(
            QStringLiteral("SELECT conversation_id FROM participants WHERE user_id = ?"), {userId});
        while (q && q->next())
            ids.append(q->value(0).toString());
        if (!q)
            return {};
    }
    ids.removeDuplicates();
    return ids.size() > maxChangedIds ? QStringList() : ids;
}

QList<proto::Participant> ConversationStore::participants(const QString &conversationId) const
{
    QList<proto::Participant> list;
    auto q = m_db.exec(QStringLiteral("SELECT ") + participantColumns +
                           QStringLiteral(" WHERE p.conversation_id = ? ORDER BY u.name"),
                       {conversationId});
    while (q && q->next())
        list.append(participantFromRow(*q));
    return list;
}

QList<CachedConversation> ConversationStore::read(const QString &onlyId, int limit,
                                                  int offset) const
{
    QList<CachedConversation> list;
    auto q = m_db.exec(
        QStringLiteral("SELECT c.id, c.type, c.title, c.job_id, c.job_title, c.last_seq, "
                       "c.unread_count, c.archived,"
                       " c.created_at, c.updated_at, d.body, (SELECT COUNT(*) FROM outbox o "
                       "WHERE o.conversation_id = c.id AND o.kind IN ('text', 'image', 'file')),"
                       " c.contact_allowed, c.owner_id"
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
        c.contactAllowed = q->value(12).toInt() != 0;
        c.ownerId = q->value(13).toString();
        at.insert(c.id, list.size());
        list.append(cc);
    }
    if (!onlyId.isEmpty()) {
        for (CachedConversation &cc : list) {
            cc.conversation.participants = participants(cc.conversation.id);
            const QList<CachedMessage> last = m_messages.messages(cc.conversation.id, 1);
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
    auto people = m_db.exec(page + QStringLiteral("SELECT ") + participantColumns +
                                QStringLiteral(" WHERE p.conversation_id IN (SELECT id FROM page)"
                                               " ORDER BY u.name"),
                            pageBinds);
    while (people && people->next()) {
        if (const auto it = at.constFind(people->value(0).toString()); it != at.constEnd())
            list[*it].conversation.participants.append(participantFromRow(*people));
    }
    const auto takeLast = [&](Expected<SqlRows, QString> rows) {
        while (rows && rows->next()) {
            const CachedMessage m = MessageStore::fromRow(*rows);
            if (const auto it = at.constFind(m.message.conversationId); it != at.constEnd())
                list[*it].conversation.lastMessage = m.message;
        }
    };
    // One index seek per conversation for its newest message with a seq.
    takeLast(
        m_db.exec(page + QStringLiteral("SELECT ") + messageColumns + messageFrom +
                      QStringLiteral(" WHERE m.local_id IN (SELECT (SELECT local_id FROM messages"
                                     " WHERE conversation_id = c.id AND seq IS NOT NULL"
                                     " ORDER BY seq DESC LIMIT 1) FROM page c)"),
                  pageBinds));
    // Outbox rows come after everything with a seq, the newest last. Sought per
    // conversation through (conversation_id, seq): "seq IS NULL" alone would
    // scan every message (CROSS JOIN keeps SQLite from choosing that).
    takeLast(m_db.exec(page + QStringLiteral("SELECT ") + messageColumns +
                           QStringLiteral(" FROM page c CROSS JOIN messages m"
                                          " ON m.conversation_id = c.id AND m.seq IS NULL"
                                          " LEFT JOIN outbox o ON o.client_id = m.client_id"
                                          " AND m.id IS NULL"
                                          " LEFT JOIN messages r ON m.reply_to_id IS NOT NULL"
                                          " AND r.id = m.reply_to_id ORDER BY m.local_id"),
                       pageBinds));
    return list;
}

bool ConversationStore::hasConversation(const QString &id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM conversations WHERE id = ?"), {id});
    return q && q->next();
}

std::optional<CachedConversation> ConversationStore::conversation(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    const QList<CachedConversation> one = read(id, -1, 0);
    return one.isEmpty() ? std::nullopt : std::optional<CachedConversation>(one.first());
}

qint64 ConversationStore::syncedSeq(const QString &conversationId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT synced_seq FROM conversations WHERE id = ?"),
                       {conversationId});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

Expected<bool, QString> ConversationStore::setSyncedSeq(const QString &conversationId, qint64 seq)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE conversations SET synced_seq = MAX(synced_seq, ?) WHERE id = ?"),
        {seq, conversationId});
    if (!q)
        return unexpected(q.error());
    return true;
}

Expected<bool, QString> ConversationStore::setDraft(const QString &conversationId,
                                                    const QString &body)
{
    auto q = body.isEmpty()
                 ? m_db.exec(QStringLiteral("DELETE FROM drafts WHERE conversation_id = ?"),
                             {conversationId})
                 : m_db.exec(
                       QStringLiteral(
                           "INSERT INTO drafts (conversation_id, body, updated_at) VALUES (?, ?, ?)"
                           " ON CONFLICT (conversation_id) DO UPDATE SET body = excluded.body,"
                           " updated_at = excluded.updated_at"),
                       {conversationId, body, QDateTime::currentMSecsSinceEpoch()});
    if (!q)
        return unexpected(q.error());
    Q_EMIT m_signals.conversationsChanged({conversationId});
    return true;
}

QString ConversationStore::draft(const QString &conversationId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT body FROM drafts WHERE conversation_id = ?"),
                       {conversationId});
    return q && q->next() ? q->value(0).toString() : QString();
}

} // namespace kora::models
