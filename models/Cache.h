#pragma once

#include "CacheChange.h"
#include "CacheTypes.h"
#include "SqlRows.h"

#include "Expected.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <optional>

namespace kora::models {

class CacheDatabase;
class ConversationStore;
class MessageStore;
class OutboxTables;

// The client's one source of truth: an SQLite file per account (WAL), with
// users, conversations, participants and their cursors, messages, the outbox
// and drafts. Network data is written here first; item models read from here
// and are told what changed. Every write is one transaction; errors are values.
// A facade over the connection (CacheDatabase) and the stores that each own
// some tables: MessageStore, ConversationStore, OutboxTables; they say what
// changed through this object's signals.
class Cache : public QObject
{
    Q_OBJECT
public:
    // Opens (creating if needed) and migrates. A file that is not a Kora cache
    // is reported, not overwritten.
    static Expected<std::unique_ptr<Cache>, QString> open(const QString &path);
    // <AppDataLocation>/accounts/<hash of server + user>/cache.sqlite3
    static QString defaultPath(const QUrl &server, const QString &userId);
    ~Cache() override;

    QString path() const;

    // --- conversations, users, cursors
    Expected<bool, QString> upsertConversations(const QList<proto::Conversation> &conversations);
    Expected<bool, QString> setCursor(const QString &conversationId, const QString &userId,
                                      qint64 seq, bool read);
    Expected<bool, QString> setPresence(const QString &userId, bool online,
                                        const QDateTime &lastSeen);
    Expected<bool, QString> setArchived(const QString &conversationId, bool archived);
    Expected<bool, QString> addUnread(const QString &conversationId, int count);
    QList<CachedConversation> conversations() const;
    // One page of that list, in its order (newest activity first).
    QList<CachedConversation> conversations(int limit, int offset) const;
    std::optional<CachedConversation> conversation(const QString &id) const;
    bool hasConversation(const QString &id) const;
    QList<proto::Participant> participants(const QString &conversationId) const;

    // --- messages
    // Stores messages from the server, deduplicated by id and by
    // (sender, clientId) so an acknowledged outbox entry becomes the same row.
    // Messages older than the cached suffix of a conversation are skipped
    // unless `extendsHistory` (an older page fetched on purpose), so the cache
    // always holds a contiguous run of each conversation's newest history.
    // `inserted`, when given, receives the ids of the messages that were new here.
    Expected<bool, QString> storeMessages(const QList<proto::Message> &messages,
                                          bool extendsHistory = false,
                                          QSet<QString> *inserted = nullptr);
    // Up to `limit` rows in display order (by seq, then outbox rows in the
    // order written): the newest ones, or the newest before `beforeSeq`, or
    // the oldest after `afterSeq` (outbox rows included).
    QList<CachedMessage> messages(const QString &conversationId, int limit, qint64 beforeSeq = -1,
                                  qint64 afterSeq = -1) const;
    std::optional<CachedMessage> message(qint64 localId) const;
    // These rows of one conversation (those still here), in localId order.
    QList<CachedMessage> messagesByLocalId(const QString &conversationId,
                                           QList<qint64> localIds) const;
    bool hasMessage(const QString &id) const;
    qint64 oldestSeq(const QString &conversationId) const; // 0 when none cached
    // The newest `limit` system messages (job and booking news) cached, newest first.
    QList<CachedMessage> systemMessages(const QString &conversationId, int limit) const;
    qint64 messageCount(const QString &conversationId) const;
    // Messages here (not deleted) holding every word of `query` as a word or
    // a word's start, case and accents aside, newest first; at most `limit`.
    // `conversationId`: only in that one.
    QList<CachedMessage> searchMessages(const QString &query, int limit,
                                        const QString &conversationId = {}) const;
    // The words a search looks for: runs of letters and digits.
    static QStringList searchWords(const QString &query);

    // The highest seq up to which every change of the conversation is here.
    qint64 syncedSeq(const QString &conversationId) const;
    Expected<bool, QString> setSyncedSeq(const QString &conversationId, qint64 seq);

    // --- outbox: the row shown as "sending" and the queue entry, one transaction
    Expected<CachedMessage, QString> enqueue(const OutboxEntry &entry, const QString &senderId);
    // A reaction toggled (OutboxEntry kind "react", body = emoji, targetId,
    // reactOn): only the queue entry; the model shows it over the server's list.
    Expected<bool, QString> enqueueReaction(const OutboxEntry &entry);
    // A report to support (kind "report"): an outbox row only, nothing shown.
    Expected<bool, QString> enqueueReport(const OutboxEntry &entry);
    // A delete of one of my messages (kind "delete", targetId, notBefore: held
    // until then, so it can be undone): an outbox row; the model shows the
    // message deleted at once (pendingDeletes).
    Expected<bool, QString> enqueueDelete(const OutboxEntry &entry);
    // A conversation's react operations not acknowledged yet, in the order written.
    QList<PendingReaction> pendingReactions(const QString &conversationId) const;
    // The ids of a conversation's messages with a delete waiting in the outbox.
    QSet<QString> pendingDeletes(const QString &conversationId) const;
    // Drops an operation (react, delete) and stores the server's message (one transaction).
    Expected<bool, QString> acknowledgeReaction(const QString &clientId,
                                                const proto::Message &stored);
    QList<OutboxEntry> outbox() const; // in the order written
    // The first entry of each conversation's queue that is not failed, nor held
    // (notBefore) now.
    QList<OutboxEntry> outboxHeads() const;
    // When the next held entry may go (ms since the epoch; 0: none is held).
    qint64 nextRelease() const;
    Expected<bool, QString> acknowledge(const QString &clientId, const proto::Message &stored);
    Expected<bool, QString> recordAttempt(const QString &clientId);
    // File `index` of an outbox entry is on the server as `attachmentId`.
    Expected<bool, QString> setUploaded(const QString &clientId, int index,
                                        const QString &attachmentId);
    Expected<bool, QString> markFailed(const QString &clientId, const proto::ApiError &error);
    Expected<bool, QString> retry(const QString &clientId);
    Expected<bool, QString> discard(const QString &clientId);
    int pendingCount() const;

    // --- drafts
    Expected<bool, QString> setDraft(const QString &conversationId, const QString &text);
    QString draft(const QString &conversationId) const;

    // --- key/value state (the signed-in user, sync marks)
    Expected<bool, QString> setValue(const QString &key, const QString &value);
    QString value(const QString &key) const;

Q_SIGNALS:
    // The conversations whose list row may have changed; empty: any of them.
    void conversationsChanged(const QStringList &ids);
    // What one write changed in messages: which rows of which conversations,
    // their seqs and the kind of change (see CacheChange); once per write.
    void messagesChanged(const kora::models::CacheChanges &changes);
    void outboxChanged();

private:
    Cache() = default;

    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<ConversationStore> m_conversations;
    std::unique_ptr<OutboxTables> m_outbox;
};

} // namespace kora::models
