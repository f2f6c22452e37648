#pragma once

#include "Database.h"

#include "protocol/Reaction.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace kora::server {

// The reactions table: one row per (message, emoji, user), with the
// conversation seq the change took and the seq its emoji first came onto the
// message (protocol 7.2: in order of first use; an emoji keeps its place
// while anyone still has it, and one removed by all comes back last).
class ReactionRepository
{
public:
    explicit ReactionRepository(Database &db)
        : m_db(db)
    {}

    // false when the row was there already (nothing changed).
    Expected<bool, DbError> add(const QString &messageId, const QString &emoji,
                                const QString &userId, qint64 seq);
    // false when there was no such row (nothing changed).
    Expected<bool, DbError> remove(const QString &messageId, const QString &emoji,
                                   const QString &userId);
    Expected<bool, DbError> has(const QString &messageId, const QString &emoji,
                                const QString &userId);
    // The distinct emoji on a message.
    Expected<QStringList, DbError> emojiOf(const QString &messageId);
    // A deleted message carries no reactions.
    Expected<bool, DbError> removeAll(const QString &messageId);
    // Per message: its reactions, emoji in order of first use, people in the
    // order they reacted. One query for the lot.
    Expected<QHash<QString, QList<proto::Reaction>>, DbError>
    forMessages(const QStringList &messageIds);

private:
    Database &m_db;
};

} // namespace kora::server
