#pragma once

#include "CacheChange.h"
#include "CacheTypes.h"
#include "ListDiff.h"
#include "MessageRow.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace kora::models {

class Cache;
class Outbox;

// One conversation's messages as a window of at most maxRows() rows over the
// cache, in display order (seq, then outbox rows). It opens on the newest
// page; fetchMore() prepends older pages (asking for server history with
// olderHistoryWanted() when the cache runs out), dropping the newest rows
// beyond maxRows(), which leaves the live end (atLatest() false) until
// fetchNewer() or jumpToLatest() bring it back. Cache::messagesChanged says
// which rows changed; only those are read and applied as a diff keyed by
// localId (an acknowledged outbox row stays the same row), not the window.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
    friend struct detail::ListEditor;
    Q_PROPERTY(bool atLatest READ atLatest NOTIFY atLatestChanged)
    Q_PROPERTY(int newMessagesBelow READ newMessagesBelow NOTIFY newMessagesBelowChanged)
    Q_PROPERTY(bool loadingOlder READ isLoadingOlder NOTIFY loadingOlderChanged)
    Q_PROPERTY(bool historyComplete READ isHistoryComplete WRITE setHistoryComplete NOTIFY
                   historyCompleteChanged)
public:
    enum Role : int {
        LocalIdRole = Qt::UserRole + 1,
        IdRole,
        ClientIdRole,
        SeqRole,
        SenderIdRole,
        SenderNameRole,
        IsOwnRole,
        KindRole,
        BodyRole,
        CreatedAtRole,
        EditedRole,
        DeletedRole,
        StatusRole,
        FailureRole,
        AttachmentsRole,
        ReplyToIdRole,
        // QVariantMap {id, senderId, senderName, isOwn, kind, body, deleted, known} of the message
        // a reply answers (known false while neither the server nor the cache said what it is);
        // invalid for a message that is no reply. From the original when the window holds it.
        ReplyPreviewRole,
        // QVariantList of QVariantMap {emoji, count, mine, userIds, names (the others', "" when not
        // known)} (protocol 7.2), in order of first use: the server's reactions with my toggles
        // still in the outbox applied.
        ReactionsRole,
        // QStringList: what the server's contact guard found (protocol 7.5), e.g.
        // "contact_masked" when the body's [hidden] marks stand for removed contact details.
        FlagsRole,
        // QVariantMap: a system message's meta (e.g. {type:"booking", status:"confirmed"}),
        // empty for other messages.
        MetaRole,
        DateBoundaryRole,
        UnreadMarkerRole,
        // double 0..1 while an own pending message's files upload, -1 otherwise.
        UploadProgressRole,
        // What the bubble says: the body, or a group's system line in the
        // user's language (SystemLines).
        ShownTextRole,
    };
    Q_ENUM(Role)

    // DeliveryState for delegates and QML (StatusRole holds these values).
    enum class Status {
        Sending = int(DeliveryState::Sending),
        Failed = int(DeliveryState::Failed),
        Sent = int(DeliveryState::Sent),
        Delivered = int(DeliveryState::Delivered),
        Read = int(DeliveryState::Read),
        Received = int(DeliveryState::Received),
    };
    Q_ENUM(Status)

    MessageListModel(Cache &cache, QString conversationId, QString myUserId,
                     QObject *parent = nullptr);

    QString conversationId() const { return m_conversationId; }
    // Sizes apply from the next page loaded (set them before data arrives,
    // or call jumpToLatest()). maxRows is at least pageSize.
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    int maxRows() const { return m_maxRows; }
    void setMaxRows(int rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Older rows (chat views fetch while scrolling up). Calls made while the
    // model is announcing a change of its own are ignored.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool atLatest() const { return m_atLatest; }
    int newMessagesBelow() const { return m_newBelow; } // others' messages, capped at 100
    bool isLoadingOlder() const { return m_loadingOlder; }
    bool isHistoryComplete() const { return m_historyComplete; }
    int rowOfLocalId(qint64 localId) const; // -1 when not in the window

    static DeliveryState deliveryState(const CachedMessage &message, const QString &myUserId,
                                       const QList<proto::Participant> &participants)
    {
        return MessageRow::deliveryState(message, myUserId, participants);
    }

public Q_SLOTS:
    void fetchNewer();   // appends the next newer page while !atLatest()
    void jumpToLatest(); // the newest page, at the live end
    // The server said there is nothing older (or, with false, that it may be).
    void setHistoryComplete(bool complete);
    void reload(); // re-reads the whole window
    // Asked when messages arrive: is the reader looking at the live end right
    // now (the chat in front, scrolled to the bottom)? While they are, what
    // arrives is read as it comes and gets no "unread messages" band; a band
    // shown when the conversation was opened (or for messages that came while
    // they looked away) stays where it is. Without a probe nobody is reading.
    void setReadingProbe(std::function<bool()> probe) { m_reading = std::move(probe); }
    // Applies what the cache says changed (connected to Cache::messagesChanged).
    void applyChanges(const kora::models::CacheChanges &changes);
    // Follows an outbox's uploadProgress for UploadProgressRole (not owned).
    void setOutbox(const Outbox *outbox);
    void setUploadProgress(const QString &clientId, int index, qint64 sent, qint64 total);

Q_SIGNALS:
    void olderHistoryWanted();
    void loadingOlderChanged(bool loading);
    void atLatestChanged(bool atLatest);
    void newMessagesBelowChanged(int count);
    void historyCompleteChanged(bool complete);

private:
    using Row = MessageRow;

    qint64 startSeq() const; // seq of the first row, 0 when it has none
    qint64 endSeq() const;   // highest seq in the window, 0 when none
    QList<CachedMessage> readWindow() const;
    QList<CachedMessage> windowMessages() const;
    QList<Row> decorate(const QList<CachedMessage> &messages) const;
    static QDate localDay(const QDateTime &time, QHash<qint64, QDate> &days);
    bool coversFirstUnread(qint64 windowStart) const;
    // `touched`: when set, only these rows' own data can differ from what is
    // held (the others may change only in what is derived from neighbours).
    void apply(const QList<CachedMessage> &messages, const QSet<qint64> *touched = nullptr);
    void applyOnce(const QList<CachedMessage> &messages, const QSet<qint64> *touched);
    // The window after these rows changed; false when only a re-read can tell.
    bool spliced(const QList<CachedMessage> &changed, const QSet<qint64> &removed,
                 QList<CachedMessage> &window) const;
    void onConversationsChanged(const QStringList &ids);
    void onOutboxChanged(); // my reactions toggled, acknowledged or refused
    void readParticipants();
    void setLoadingOlder(bool loading);
    void updateNewBelow();
    double uploadProgress(const Row &row) const;

    Cache &m_cache;
    QString m_conversationId;
    QString m_myUserId;
    int m_pageSize = 50;
    int m_maxRows = 300;
    QList<Row> m_rows;
    QList<proto::Participant> m_participants;
    QList<PendingReaction> m_pendingReactions; // this conversation's, in the outbox
    QSet<QString> m_pendingDeletes;            // ids of messages with a delete in the outbox
    // The band is above the first message after this (my lastReadSeq at open).
    qint64 m_openReadSeq = 0;
    qint64 m_openLastSeq = 0; // the conversation's lastSeq at open (then: the newest seen arriving)
    mutable bool m_bandActive = false; // a message of others after m_openReadSeq is in the window
    std::function<bool()> m_reading;
    qint64 m_cacheOldest = 0; // Cache::oldestSeq, kept for canFetchMore()
    qint64 m_liveMark = 0;    // newest seq when the window left the live end
    bool m_atLatest = true;
    bool m_loadingOlder = false;
    bool m_historyComplete = false;
    int m_newBelow = 0;
    bool m_applying = false;
    bool m_dirty = false;
    QHash<QString, double> m_uploadProgress; // client id → 0..1
    mutable QHash<qint64, QDate> m_days;     // createdAt (ms) → local day, for the rows held
    QMetaObject::Connection m_outboxConnection;
};

} // namespace kora::models
