#include "OutboxTables.h"

#include "Cache.h"
#include "CacheDatabase.h"
#include "CacheSql.h"
#include "MessageStore.h"

#include <QJsonObject>

namespace kora::models {

using namespace sql;

OutboxTables::OutboxTables(CacheDatabase &db, MessageStore &messages, Cache &notifier)
    : m_db(db)
    , m_messages(messages)
    , m_signals(notifier)
{}

Expected<CachedMessage, QString> OutboxTables::enqueue(const OutboxEntry &e,
                                                       const QString &senderId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 localId = 0;
    const auto done = m_db.write([&]() -> Expected<bool, QString> {
        auto o = m_db.exec(
            QStringLiteral(
                "INSERT INTO outbox (client_id, conversation_id, kind, body, attachment_ids,"
                " reply_to_id, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {e.clientId, e.conversationId, e.kind, text(e.body), idsJson(e.attachmentIds),
             nullable(e.replyToId), now});
        if (!o)
            return unexpected(o.error());
        QJsonArray files;
        for (qsizetype i = 0; i < e.files.size(); ++i) {
            const LocalAttachment &f = e.files[i].file;
            auto row =
                m_db.exec(QStringLiteral("INSERT INTO outbox_files (client_id, idx, path, name,"
                                         " mime, size, width, height, attachment_id)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {e.clientId, int(i), f.path, text(f.name), text(f.mime), f.size, f.width,
                           f.height, nullable(e.files[i].attachmentId)});
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
        auto m =
            m_db.exec(QStringLiteral("INSERT INTO messages (client_id, sender_id, conversation_id,"
                                     " kind, body, attachments, reply_to_id, created_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {e.clientId, senderId, e.conversationId, e.kind, text(e.body),
                       QString::fromUtf8(QJsonDocument(files).toJson(QJsonDocument::Compact)),
                       nullable(e.replyToId), now});
        if (!m)
            return unexpected(m.error());
        localId = m->lastInsertId().toLongLong();
        // Writing moves the conversation to the top, as sending will.
        auto c = m_db.exec(QStringLiteral("UPDATE conversations SET updated_at = "
                                          "MAX(COALESCE(updated_at, 0), ?) WHERE id = ?"),
                           {now, e.conversationId});
        if (!c)
            return unexpected(c.error());
        return true;
    });
    if (!done)
        return unexpected(done.error());
    Q_EMIT m_signals.outboxChanged();
    CacheChange inserted{CacheChange::Kind::Insert, e.conversationId, 0, 0, {localId}, {}};
    Q_EMIT m_signals.messagesChanged({inserted});
    Q_EMIT m_signals.conversationsChanged({e.conversationId});
    return *m_messages.message(localId);
}

QList<OutboxEntry> OutboxTables::read(const QString &where) const
{
    QList<OutboxEntry> list;
    auto q = m_db.exec(
        QStringLiteral("SELECT client_id, conversation_id, kind, body, attachment_ids, reply_to_id,"
                       " attempts, queued_at, failed, target_id, react_on, reason, not_before"
                       " FROM outbox ") +
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
                     {},
                     q->value(9).toString(),
                     q->value(10).toInt() != 0,
                     q->value(11).toString(),
                     q->value(12).toLongLong()});
    }
    for (OutboxEntry &e : list) {
        if (e.kind == QLatin1String("text") || e.kind == QLatin1String("react") ||
            e.kind == QLatin1String("report") || e.kind == QLatin1String("delete"))
            continue;
        auto f =
            m_db.exec(QStringLiteral("SELECT path, name, mime, size, width, height, attachment_id"
                                     " FROM outbox_files WHERE client_id = ? ORDER BY idx"),
                      {e.clientId});
        while (f && f->next())
            e.files.append({{f->value(0).toString(), f->value(1).toString(), f->value(2).toString(),
                             f->value(3).toLongLong(), f->value(4).toInt(), f->value(5).toInt()},
                            f->value(6).toString()});
    }
    return list;
}

Expected<bool, QString> OutboxTables::insertOperation(const OutboxEntry &e)
{
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO outbox (client_id, conversation_id, kind, body, target_id,"
            " react_on, reason, not_before, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.clientId, e.conversationId, e.kind, text(e.body), nullable(e.targetId),
         e.reactOn ? 1 : 0, nullable(e.reason), e.notBefore, QDateTime::currentMSecsSinceEpoch()});
    if (!q)
        return unexpected(q.error());
    Q_EMIT m_signals.outboxChanged();
    return true;
}

Expected<bool, QString> OutboxTables::enqueueReaction(const OutboxEntry &e)
{
    OutboxEntry entry = e;
    entry.kind = QStringLiteral("react");
    return insertOperation(entry);
}

Expected<bool, QString> OutboxTables::enqueueReport(const OutboxEntry &e)
{
    OutboxEntry entry = e;
    entry.kind = QStringLiteral("report");
    return insertOperation(entry);
}

Expected<bool, QString> OutboxTables::enqueueDelete(const OutboxEntry &e)
{
    OutboxEntry entry = e;
    entry.kind = QStringLiteral("delete");
    return insertOperation(entry);
}

QSet<QString> OutboxTables::pendingDeletes(const QString &conversationId) const
{
    QSet<QString> ids;
    auto q = m_db.exec(QStringLiteral("SELECT target_id FROM outbox"
                                      " WHERE conversation_id = ? AND kind = 'delete'"),
                       {conversationId});
    while (q && q->next())
        ids.insert(q->value(0).toString());
    return ids;
}

qint64 OutboxTables::nextRelease(qint64 now) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT MIN(not_before) FROM outbox WHERE failed = 0 AND not_before > ?"),
        {now});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

QList<PendingReaction> OutboxTables::pendingReactions(const QString &conversationId) const
{
    QList<PendingReaction> list;
    auto q = m_db.exec(QStringLiteral("SELECT client_id, target_id, body, react_on FROM outbox"
                                      " WHERE conversation_id = ? AND kind = 'react'"
                                      " ORDER BY position"),
                       {conversationId});
    while (q && q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toInt() != 0});
    return list;
}

Expected<bool, QString> OutboxTables::acknowledgeReaction(const QString &clientId,
                                                          const proto::Message &stored)
{
    std::optional<MessageStore::WriteBatch> batch;
    const auto done = m_db.write([&]() -> Expected<bool, QString> {
        if (auto q =
                m_db.exec(QStringLiteral("DELETE FROM outbox WHERE client_id = ?"), {clientId});
            !q)
            return unexpected(q.error());
        if (stored.id.isEmpty())
            return true; // nothing to store (an ack without the message)
        auto begun = m_messages.beginBatch();
        if (!begun)
            return unexpected(begun.error());
        batch = std::move(*begun);
        // Only a message the cache holds (it is in the cached run of history).
        if (auto done =
                m_messages.storeOne(stored, m_messages.oldestSeq(stored.conversationId), *batch);
            !done)
            return done;
        return m_messages.touchConversations(batch->touched);
    });
    if (!done)
        return done;
    // The message first: the model's overlay of the operation gives way to the
    // server's list, which already holds it, so the chips do not flicker.
    if (batch) {
        batch->carryRows();
        if (!batch->touched.isEmpty())
            Q_EMIT m_signals.conversationsChanged(batch->touched.keys());
        if (!batch->changes.isEmpty())
            Q_EMIT m_signals.messagesChanged(batch->changes);
    }
    Q_EMIT m_signals.outboxChanged();
    return done;
}

QList<OutboxEntry> OutboxTables::outbox() const
{
    return read(QString());
}

QList<OutboxEntry> OutboxTables::outboxHeads(qint64 now) const
{
    // A held entry (a delete that can still be undone) holds nothing back behind it.
    return read(
        QStringLiteral("WHERE position IN (SELECT MIN(position) FROM outbox WHERE failed = 0"
                       " AND not_before <= %1 GROUP BY conversation_id)")
            .arg(now));
}

int OutboxTables::pendingCount() const
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    return q && q->next() ? q->value(0).toInt() : 0;
}

Expected<bool, QString> OutboxTables::acknowledge(const QString &clientId,
                                                  const proto::Message &stored)
{
    std::optional<MessageStore::WriteBatch> batch;
    const auto done = m_db.write([&]() -> Expected<bool, QString> {
        if (auto q =
                m_db.exec(QStringLiteral("DELETE FROM outbox WHERE client_id = ?"), {clientId});
            !q)
            return unexpected(q.error());
        if (auto q = m_db.exec(QStringLiteral("DELETE FROM outbox_files WHERE client_id = ?"),
                               {clientId});
            !q)
            return unexpected(q.error());
        auto begun = m_messages.beginBatch();
        if (!begun)
            return unexpected(begun.error());
        batch = std::move(*begun);
        if (auto done = m_messages.storeOne(stored, 0, *batch); !done)
            return done;
        return m_messages.touchConversations(batch->touched);
    });
    if (!done)
        return done;
    batch->carryRows();
    Q_EMIT m_signals.outboxChanged();
    Q_EMIT m_signals.conversationsChanged({stored.conversationId});
    if (!batch->changes.isEmpty())
        Q_EMIT m_signals.messagesChanged(batch->changes);
    return done;
}

Expected<bool, QString> OutboxTables::setUploaded(const QString &clientId, int index,
                                                  const QString &attachmentId)
{
    auto q = m_db.exec(QStringLiteral("UPDATE outbox_files SET attachment_id = ?"
                                      " WHERE client_id = ? AND idx = ?"),
                       {attachmentId, clientId, index});
    if (!q)
        return unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return unexpected(QStringLiteral("no file %1 in outbox entry %2").arg(index).arg(clientId));
    return true;
}

Expected<bool, QString> OutboxTables::recordAttempt(const QString &clientId)
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE client_id = ?"),
                  {clientId});
    if (!q)
        return unexpected(q.error());
    return true;
}

Expected<bool, QString> OutboxTables::updateEntry(const QString &clientId, const QString &set,
                                                  QVariantList binds)
{
    binds.append(clientId);
    auto q = m_db.exec(
        QStringLiteral("UPDATE outbox SET ") + set + QStringLiteral(" WHERE client_id = ?"), binds);
    if (!q)
        return unexpected(q.error());
    Q_EMIT m_signals.outboxChanged();
    auto row = m_db.exec(QStringLiteral("SELECT m.local_id, m.conversation_id FROM messages m"
                                        " WHERE m.client_id = ? AND m.id IS NULL"),
                         {clientId});
    if (row && row->next()) {
        CacheChange updated{CacheChange::Kind::Update,
                            row->value(1).toString(),
                            0,
                            0,
                            {row->value(0).toLongLong()},
                            {}};
        Q_EMIT m_signals.messagesChanged({updated});
    }
    return true;
}

Expected<bool, QString> OutboxTables::markFailed(const QString &clientId,
                                                 const proto::ApiError &error)
{
    return updateEntry(clientId, QStringLiteral("failed = 1, error_code = ?, error_message = ?"),
                       {error.code, error.message});
}

Expected<bool, QString> OutboxTables::retry(const QString &clientId)
{
    return updateEntry(
        clientId,
        QStringLiteral("failed = 0, attempts = 0, error_code = NULL, error_message = NULL"), {});
}

Expected<bool, QString> OutboxTables::discard(const QString &clientId)
{
    QString conversationId;
    QList<qint64> removed;
    const auto done = m_db.write([&]() -> Expected<bool, QString> {
        auto c = m_db.exec(QStringLiteral("SELECT conversation_id FROM outbox WHERE client_id = ?"),
                           {clientId});
        if (!c)
            return unexpected(c.error());
        if (!c->next())
            return false;
        conversationId = c->value(0).toString();
        auto rows = m_db.exec(QStringLiteral("SELECT local_id FROM messages"
                                             " WHERE client_id = ? AND id IS NULL"),
                              {clientId});
        if (!rows)
            return unexpected(rows.error());
        while (rows->next())
            removed.append(rows->value(0).toLongLong());
        if (auto q =
                m_db.exec(QStringLiteral("DELETE FROM messages WHERE client_id = ? AND id IS NULL"),
                          {clientId});
            !q)
            return unexpected(q.error());
        if (auto q =
                m_db.exec(QStringLiteral("DELETE FROM outbox WHERE client_id = ?"), {clientId});
            !q)
            return unexpected(q.error());
        if (auto q = m_db.exec(QStringLiteral("DELETE FROM outbox_files WHERE client_id = ?"),
                               {clientId});
            !q)
            return unexpected(q.error());
        return true;
    });
    if (done && *done) {
        Q_EMIT m_signals.outboxChanged();
        if (!removed.isEmpty())
            Q_EMIT m_signals.messagesChanged(
                {{CacheChange::Kind::Delete, conversationId, 0, 0, removed, {}}});
        Q_EMIT m_signals.conversationsChanged({conversationId});
    }
    return done;
}

} // namespace kora::models
