#include "MessageStore.h"

#include "Cache.h"
#include "CacheDatabase.h"
#include "CacheSql.h"

#include <QJsonObject>

#include <algorithm>

namespace kora::models {

using namespace sql;

MessageStore::MessageStore(CacheDatabase &db, Cache &notifier)
    : m_db(db)
    , m_signals(notifier)
{}

CachedMessage MessageStore::fromRow(const SqlRows &q)
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
    if (!m.replyToId.isEmpty()) {
        if (!q.value(19).isNull()) { // the original is cached: its preview as it is now
            proto::ReplyPreview p;
            p.id = m.replyToId;
            p.senderId = q.value(19).toString();
            p.kind = q.value(20).toString();
            p.deleted = q.value(22).toInt() != 0;
            p.body = p.deleted ? QString() : proto::ReplyPreview::cut(q.value(21).toString());
            m.replyPreview = p;
        } else if (const QString json = q.value(18).toString(); !json.isEmpty()) {
            m.replyPreview =
                proto::ReplyPreview::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        }
    }
    m.reactions = reactionsFromJson(q.value(23));
    if (const QString flags = q.value(24).toString(); !flags.isEmpty())
        m.flags = flags.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (const QVariant meta = q.value(25); !meta.isNull())
        m.meta = QJsonDocument::fromJson(meta.toString().toUtf8()).object();
    return cm;
}

void MessageStore::noteChange(CacheChanges &changes, CacheChange::Kind kind,
                              const QString &conversationId, qint64 localId, qint64 seq)
{
    for (CacheChange &c : changes) {
        if (c.kind == kind && c.conversationId == conversationId) {
            c.add(localId, seq);
            return;
        }
    }
    CacheChange c{kind, conversationId, 0, 0, {}, {}, {}};
    c.add(localId, seq);
    changes.append(std::move(c));
}

Expected<MessageStore::WriteBatch, QString> MessageStore::beginBatch() const
{
    // AUTOINCREMENT never reuses a local_id: rows above the highest now are new.
    auto q = m_db.exec(
        QStringLiteral("SELECT COALESCE(MAX(local_id), 0), last_insert_rowid() FROM messages"));
    if (!q)
        return unexpected(q.error());
    if (!q->next())
        return unexpected(QStringLiteral("cannot read the messages table"));
    WriteBatch batch;
    batch.newAbove = q->value(0).toLongLong();
    batch.lastRowid = q->value(1).toLongLong();
    return batch;
}

void MessageStore::WriteBatch::carryRows()
{
    for (CacheChange &c : changes) {
        c.rows.clear();
        c.rows.reserve(c.localIds.size());
        for (const qint64 localId : std::as_const(c.localIds))
            c.rows.append(written.value(localId));
    }
}

Expected<bool, QString> MessageStore::storeOne(const proto::Message &m, qint64 oldestKept,
                                               WriteBatch &batch)
{
    if (oldestKept > 0 && m.seq < oldestKept) {
        // Outside the cached run of newest history: leave it for when the user
        // pages back, unless it is a change to a row that is here already.
        auto known = m_db.exec(
            QStringLiteral(
                "SELECT 1 FROM messages WHERE id = ? OR (sender_id = ? AND client_id = ?)"),
            {m.id, m.senderId, m.clientId});
        if (!known)
            return unexpected(known.error());
        if (!known->next())
            return true;
    }
    // Most live messages are plain text: no files, no reply, never edited or
    // deleted. Their statement writes those columns' defaults as literals, so
    // it binds 9 values, not 15 (each bind through QtSql costs more than
    // SQLite's whole insert of a short row). No reactions is NULL.
    const bool plain = m.attachments.isEmpty() && m.replyToId.isEmpty() && !m.editedAt.isValid() &&
                       !m.deleted && m.reactions.isEmpty() && m.flags.isEmpty() && m.meta.isEmpty();
    QVariantList binds{m.id,         m.clientId, m.senderId,   m.conversationId,  m.seq,
                       m.updatedSeq, m.kind,     text(m.body), msecs(m.createdAt)};
    if (!plain) {
        QJsonArray files;
        for (const proto::Attachment &a : m.attachments)
            files.append(a.toJson());
        binds << QString::fromUtf8(QJsonDocument(files).toJson(QJsonDocument::Compact))
              << nullable(m.replyToId) << msecs(m.editedAt) << (m.deleted ? 1 : 0)
              << (m.replyPreview
                      ? QVariant(QString::fromUtf8(
                            QJsonDocument(m.replyPreview->toJson()).toJson(QJsonDocument::Compact)))
                      : QVariant(QMetaType::fromType<QString>()))
              << reactionsJson(m.reactions) << text(m.flags.join(QLatin1Char(',')))
              << (m.meta.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                   : QVariant(QString::fromUtf8(
                                         QJsonDocument(m.meta).toJson(QJsonDocument::Compact))));
    }
    static const QString upsert = QStringLiteral(
        "INSERT INTO messages (id, client_id, sender_id, conversation_id, seq, updated_seq, kind,"
        " body, created_at, attachments, reply_to_id, edited_at, deleted, reply_preview,"
        " reactions, flags, meta)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, %1)"
        " ON CONFLICT (sender_id, client_id) DO UPDATE SET id = excluded.id,"
        " seq = excluded.seq, updated_seq = excluded.updated_seq, kind = excluded.kind,"
        " body = excluded.body, attachments = excluded.attachments,"
        " reply_to_id = excluded.reply_to_id, reply_preview = excluded.reply_preview,"
        " created_at = excluded.created_at,"
        " edited_at = excluded.edited_at, deleted = excluded.deleted,"
        " reactions = excluded.reactions, flags = excluded.flags, meta = excluded.meta"
        " WHERE excluded.updated_seq >= messages.updated_seq");
    static const QString upsertFull = upsert.arg(QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?"));
    static const QString upsertPlain =
        upsert.arg(QStringLiteral("'[]', NULL, NULL, 0, NULL, NULL, '', NULL"));
    auto q = m_db.exec(plain ? upsertPlain : upsertFull, binds);
    if (!q)
        return unexpected(q.error());
    if (q->numRowsAffected() <= 0)
        return true; // an older version of a row that is here: nothing changed
    // An insert moves the connection's last insert rowid to the new row; an
    // update leaves it, so the updated row is looked up (edits and
    // redeliveries are few). Nothing else inserts while a batch is written.
    qint64 localId = q->lastInsertId().toLongLong();
    if (localId != batch.lastRowid) {
        batch.lastRowid = localId; // a row was inserted
    } else {
        auto row = m_db.exec(
            QStringLiteral("SELECT local_id FROM messages WHERE sender_id = ? AND client_id = ?"),
            {m.senderId, m.clientId});
        if (!row)
            return unexpected(row.error());
        if (!row->next())
            return unexpected(QStringLiteral("a message row vanished while it was written"));
        localId = row->value(0).toLongLong();
    }
    const bool isNew = localId > batch.newAbove;
    noteChange(batch.changes, isNew ? CacheChange::Kind::Insert : CacheChange::Kind::Update,
               m.conversationId, localId, m.seq);
    if (isNew && batch.inserted)
        batch.inserted->insert(m.id);
    // A message from the server is the whole row: it has an id, so it is not
    // in the outbox, and its files have no local copies.
    CachedMessage &row = batch.written[localId];
    row = CachedMessage{};
    row.localId = localId;
    row.message = m;
    Touch &touch = batch.touched[m.conversationId];
    touch.lastSeq = qMax(touch.lastSeq, m.updatedSeq);
    touch.updatedAt = qMax(touch.updatedAt, m.createdAt.toMSecsSinceEpoch());
    return true;
}

Expected<bool, QString> MessageStore::touchConversations(const QHash<QString, Touch> &touched)
{
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        auto q =
            m_db.exec(QStringLiteral("UPDATE conversations SET last_seq = MAX(last_seq, ?),"
                                     " updated_at = MAX(COALESCE(updated_at, 0), ?) WHERE id = ?"),
                      {it->lastSeq, it->updatedAt, it.key()});
        if (!q)
            return unexpected(q.error());
    }
    return true;
}

Expected<bool, QString> MessageStore::store(const QList<proto::Message> &list, bool extendsHistory,
                                            QSet<QString> *inserted)
{
    QHash<QString, qint64> oldest; // per conversation, before this batch
    std::optional<WriteBatch> batch;
    const auto done = m_db.write([&]() -> Expected<bool, QString> {
        auto begun = beginBatch();
        if (!begun)
            return unexpected(begun.error());
        batch = std::move(*begun);
        batch->inserted = inserted;
        for (const proto::Message &m : list) {
            if (!extendsHistory && !oldest.contains(m.conversationId))
                oldest.insert(m.conversationId, oldestSeq(m.conversationId));
            if (auto stored =
                    storeOne(m, extendsHistory ? 0 : oldest.value(m.conversationId), *batch);
                !stored)
                return stored;
        }
        return touchConversations(batch->touched);
    });
    if (!done)
        return done;
    // The changes carry the rows, so the models need not read back what was just written.
    batch->carryRows();
    if (!batch->touched.isEmpty())
        Q_EMIT m_signals.conversationsChanged(batch->touched.keys());
    if (!batch->changes.isEmpty())
        Q_EMIT m_signals.messagesChanged(batch->changes);
    return done;
}

QList<CachedMessage> MessageStore::messages(const QString &conversationId, int limit,
                                            qint64 beforeSeq, qint64 afterSeq) const
{
    // Two queries that each ride the (conversation_id, seq) index: rows with a
    // seq, and the few outbox rows (no seq yet) that are shown after them.
    const auto collect = [this](Expected<SqlRows, QString> q, QList<CachedMessage> &into,
                                bool prepend) {
        while (q && q->next()) {
            if (prepend)
                into.prepend(fromRow(*q));
            else
                into.append(fromRow(*q));
        }
    };
    const QString select = QStringLiteral("SELECT ") + messageColumns + messageFrom;
    QList<CachedMessage> list;
    if (beforeSeq >= 0) {
        collect(
            m_db.exec(
                select +
                    QStringLiteral(
                        " WHERE m.conversation_id = ? AND m.seq < ? ORDER BY m.seq DESC LIMIT ?"),
                {conversationId, beforeSeq, limit}),
            list, true);
        return list;
    }
    QList<CachedMessage> pending;
    collect(
        m_db.exec(
            select +
                QStringLiteral(
                    " WHERE m.conversation_id = ? AND m.seq IS NULL ORDER BY m.local_id %1 LIMIT ?")
                    .arg(afterSeq >= 0 ? QStringLiteral("ASC") : QStringLiteral("DESC")),
            {conversationId, limit}),
        pending, afterSeq < 0);
    if (afterSeq >= 0) {
        collect(
            m_db.exec(select +
                          QStringLiteral(
                              " WHERE m.conversation_id = ? AND m.seq > ? ORDER BY m.seq LIMIT ?"),
                      {conversationId, afterSeq, limit}),
            list, false);
        list += pending;
        return list.mid(0, limit);
    }
    collect(m_db.exec(select +
                          QStringLiteral(" WHERE m.conversation_id = ? AND m.seq IS NOT NULL ORDER "
                                         "BY m.seq DESC LIMIT ?"),
                      {conversationId, limit}),
            list, true);
    list += pending;
    return list.mid(qMax<qsizetype>(0, list.size() - limit));
}

QList<CachedMessage> MessageStore::systemMessages(const QString &conversationId, int limit) const
{
    QList<CachedMessage> list;
    auto q = m_db.exec(QStringLiteral("SELECT ") + messageColumns + messageFrom +
                           QStringLiteral(" WHERE m.conversation_id = ? AND m.kind = 'system'"
                                          " AND m.seq IS NOT NULL ORDER BY m.seq DESC LIMIT ?"),
                       {conversationId, limit});
    while (q && q->next())
        list.append(fromRow(*q));
    return list;
}

std::optional<CachedMessage> MessageStore::message(qint64 localId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + messageColumns + messageFrom +
                           QStringLiteral(" WHERE m.local_id = ?"),
                       {localId});
    if (!q || !q->next())
        return std::nullopt;
    return fromRow(*q);
}

QList<CachedMessage> MessageStore::messagesByLocalId(const QString &conversationId,
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
    auto q = m_db.exec(QStringLiteral("SELECT ") + messageColumns + messageFrom +
                           QStringLiteral(" WHERE m.local_id BETWEEN ? AND ? ORDER BY m.local_id"),
                       {first, last}); // (a conversation_id term would tempt SQLite to its index)
    while (q && q->next()) {
        CachedMessage m = fromRow(*q);
        if (m.message.conversationId == conversationId &&
            std::binary_search(localIds.cbegin(), localIds.cend(), m.localId))
            list.append(std::move(m));
    }
    return list;
}

bool MessageStore::hasMessage(const QString &id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM messages WHERE id = ?"), {id});
    return q && q->next();
}

qint64 MessageStore::oldestSeq(const QString &conversationId) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT MIN(seq) FROM messages WHERE conversation_id = ? AND seq IS NOT NULL"),
        {conversationId});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

qint64 MessageStore::messageCount(const QString &conversationId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = ?"),
                       {conversationId});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace kora::models
