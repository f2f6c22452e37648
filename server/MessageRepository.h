#pragma once

#include "AttachmentRepository.h"
#include "Database.h"
#include "ReactionRepository.h"

#include "protocol/Message.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace kora::server {

struct MessagePage
{
    QList<proto::Message> messages; // ascending by seq
    bool hasMore = false;
};

// The messages table (and the attachments linked to messages).
class MessageRepository
{
public:
    explicit MessageRepository(Database &db)
        : m_db(db)
        , m_attachments(db)
        , m_reactions(db)
    {}

    // Writes the row and its search index entry (protocol 7.3), in the caller's transaction.
    Expected<bool, DbError> insert(const proto::Message &m);
    // Group commit on SQLite: from deferIndex() on, insert() gives each new
    // message the rowid its search entry will have and keeps the entry;
    // writeDeferredIndex() writes them all in one statement, last in the
    // transaction. (SQLite 3.40's FTS5 writes its pending index to disk at
    // every statement savepoint once it was written in a transaction, so an
    // entry between the other statements of a batch cost an index segment of
    // its own per message.) stopDeferring() drops what was kept (a rollback).
    void deferIndex();
    Expected<bool, DbError> writeDeferredIndex();
    void stopDeferring();
    Expected<std::optional<proto::Message>, DbError> find(const QString &id);
    // The messages of `ids` that exist, in the order of `ids`.
    Expected<QList<proto::Message>, DbError> findMany(const QStringList &ids);
    Expected<std::optional<proto::Message>, DbError> findByClientId(const QString &senderId,
                                                                    const QString &clientId);
    Expected<std::optional<proto::Message>, DbError> last(const QString &conversationId);
    // The newest `limit` before `beforeSeq` (or the newest overall when < 0).
    Expected<MessagePage, DbError> before(const QString &conversationId, qint64 beforeSeq,
                                          int limit);
    // Every message with seq or updatedSeq past `afterSeq`, the first `limit`
    // of them in the order they changed; returned ascending by seq.
    Expected<MessagePage, DbError> after(const QString &conversationId, qint64 afterSeq, int limit);
    // The messages whose updatedSeq is in (fromSeq, toSeq], in the order they changed.
    Expected<QList<proto::Message>, DbError> changedBetween(const QString &conversationId,
                                                            qint64 fromSeq, qint64 toSeq);
    // Body, updatedSeq, editedAt, deleted, and the search index to match; a
    // deleted message loses its reactions.
    Expected<bool, DbError> update(const proto::Message &m);
    // Only updatedSeq (a reaction changed).
    Expected<bool, DbError> touch(const QString &id, qint64 updatedSeq);
    // Sets m.replyPreview from the replied message as it is now.
    Expected<bool, DbError> fillReplyPreview(proto::Message &m);
    // Marks the uploads as carried by the message (in order) and puts them
    // in m.attachments; fails with uniqueViolation when one is used already.
    Expected<bool, DbError> linkAttachments(proto::Message &m, const QStringList &ids);

private:
    Expected<QList<proto::Message>, DbError> collect(QSqlQuery &q);
    Expected<bool, DbError> fillAttachments(QList<proto::Message> &messages);
    // One query per page for each: the replied messages, the reactions.
    Expected<bool, DbError> fillReplyPreviews(QList<proto::Message> &messages);
    Expected<bool, DbError> fillReactions(QList<proto::Message> &messages);
    // System messages' meta (system_message_meta), sent to clients with them.
    Expected<bool, DbError> fillMeta(QList<proto::Message> &messages);
    // SQLite: the FTS5 row for a body (its rowid), or NULL when there is nothing to index.
    Expected<QVariant, DbError> addToFts(const proto::Message &m);
    Expected<std::optional<proto::Message>, DbError> one(QSqlQuery &q);
    struct IndexEntry
    {
        qint64 rowid;
        QString body;
        QString messageId;
    };
    bool m_deferring = false;
    qint64 m_nextRowid = 0; // 0: not read yet in this transaction
    QList<IndexEntry> m_deferred;
    Database &m_db;
    AttachmentRepository m_attachments;
    ReactionRepository m_reactions;
};

} // namespace kora::server
