#pragma once

#include "CacheTypes.h"

#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace kora::models {

// What one cache write changed in one conversation's messages, so a model
// can touch just those rows: the rows (by localId, the stable row key), the
// range of seqs they carry (0 to 0 when only outbox rows, which have no seq
// yet) and the kind of change. A Receipt names no rows: userId's read or
// delivery cursor moved to lastSeq, so own messages up to it may show a new
// status. Cache::messagesChanged carries every change of one write at once.
struct CacheChange
{
    enum class Kind { Insert, Update, Delete, Receipt };
    Kind kind = Kind::Update;
    QString conversationId;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QList<qint64> localIds; // in the order written; empty for a Receipt
    QString userId;         // a Receipt's reader
    // The rows as the write left them, one per localId, when the writer knew
    // them all (a server message stored as it came); else empty, and a
    // reader that needs them reads them.
    QList<CachedMessage> rows;

    // Adds one row, widening the seq range (seq <= 0: an outbox row).
    void add(qint64 localId, qint64 seq)
    {
        localIds.append(localId);
        if (seq > 0) {
            firstSeq = firstSeq > 0 ? qMin(firstSeq, seq) : seq;
            lastSeq = qMax(lastSeq, seq);
        }
    }
};

using CacheChanges = QList<CacheChange>;

// What one signal's changes mean for the rows of one conversation.
struct ConversationChanges
{
    QList<qint64> written;        // rows inserted or updated
    QList<CachedMessage> carried; // those the changes carry, as written, in write order
    QList<qint64> toRead;         // the others, to be read
    QSet<qint64> removed;         // rows deleted
    bool receipt = false;         // a cursor moved
    bool isEmpty() const { return written.isEmpty() && removed.isEmpty() && !receipt; }

    static ConversationChanges of(const CacheChanges &changes, const QString &conversationId);
    // The written rows: `read` (the rows of toRead, newer than anything
    // carried) plus the carried rows not among them.
    QList<CachedMessage> withCarried(QList<CachedMessage> read) const;
};

} // namespace kora::models

Q_DECLARE_METATYPE(kora::models::CacheChange)
