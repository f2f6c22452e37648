#pragma once

#include "Database.h"

#include "protocol/Conversation.h"

#include <QStringList>

#include <optional>

namespace kora::server {

struct NewConversation
{
    QString id;
    QString type;
    QString title;
    QString jobId;
    QString jobTitle;
    QString directKey; // "a|b" with the two user ids sorted; empty for groups
    QStringList participantIds;
};

enum class Cursor { Read, Delivered };

// The conversations and participants tables. Conversations come back as seen
// by one viewer (archived, lastReadSeq), without participants, last message
// or unread count: ChatService fills those in.
class ConversationRepository
{
public:
    explicit ConversationRepository(Database &db)
        : m_db(db)
    {}

    static QString directKey(const QString &a, const QString &b);

    Expected<std::optional<proto::Conversation>, DbError> find(const QString &id,
                                                               const QString &viewerId);
    Expected<std::optional<QString>, DbError> findDirect(const QString &directKey);
    Expected<QList<proto::Participant>, DbError> participants(const QString &conversationId);
    // Newest first; `beforeMs` < 0 means from the newest.
    Expected<QList<proto::Conversation>, DbError> listForUser(const QString &userId, bool archived,
                                                              qint64 beforeMs, int limit);
    // All conversations, or those with a participant / job id / text match (support view).
    Expected<QList<proto::Conversation>, DbError> search(const QString &userId,
                                                         const QString &jobId, const QString &text,
                                                         qint64 beforeMs, int limit);

    Expected<bool, DbError> create(const NewConversation &c, qint64 nowMs);
    Expected<bool, DbError> setJobContext(const QString &id, const QString &jobId,
                                          const QString &jobTitle, qint64 nowMs);
    Expected<bool, DbError> setTitle(const QString &id, const QString &title, qint64 nowMs);
    // A new member has read and received up to `seenSeq` (the history before
    // they came is there, not unread).
    Expected<bool, DbError> addParticipant(const QString &id, const QString &userId, qint64 seenSeq,
                                           qint64 nowMs);
    // False when they were not in it.
    Expected<bool, DbError> removeParticipant(const QString &id, const QString &userId);

    // Whether contact details may be shared here (protocol 7.5); false when
    // no such conversation.
    Expected<bool, DbError> setContactAllowed(const QString &id, bool allowed);
    Expected<bool, DbError> contactAllowed(const QString &id);
    Expected<bool, DbError> setArchived(const QString &id, const QString &userId, bool archived);
    // Moves a cursor forward only; true when it moved. Read moves delivered too.
    Expected<bool, DbError> advanceCursor(const QString &id, const QString &userId, Cursor cursor,
                                          qint64 seq);
    Expected<qint64, DbError> unreadCount(const QString &id, const QString &userId,
                                          qint64 lastReadSeq);
    // Takes the next seq of the conversation (in the caller's transaction);
    // `touch` also moves updatedAt (new messages do, edits and deletes don't).
    // Every conversation of the user with its last seq.
    Expected<QList<std::pair<QString, qint64>>, DbError> seqsForUser(const QString &userId);
    Expected<qint64, DbError> nextSeq(const QString &id, qint64 nowMs, bool touch);

private:
    Expected<QList<proto::Conversation>, DbError> collect(QSqlQuery &q);
    Database &m_db;
};

} // namespace kora::server
