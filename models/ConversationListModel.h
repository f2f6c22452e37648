#pragma once

#include "CacheTypes.h"
#include "ListDiff.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace kora::models {

class Cache;

// The conversation list, newest activity first, straight from the cache. It
// opens on the first screenful (firstPage rows) and reads the rest in pages
// on later event-loop turns (or at once through fetchMore()), so the list is
// painted before 10,000 conversations are read. On every
// Cache::conversationsChanged the conversations it names are re-read (all of
// them when it names none): a few named rows are each moved, inserted or
// updated on their own, more are applied as a difference (moves, inserts,
// removals, dataChanged with the roles that changed); a full reset only when
// the difference is large.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
    friend struct detail::ListEditor;

public:
    enum Role : int {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        PeerRoleRole,
        JobIdRole,
        JobTitleRole,
        LastMessagePreviewRole,
        LastActivityRole,
        UnreadCountRole,
        OnlineRole,
        LastSeenRole,
        ArchivedRole,
        DraftRole,
        PendingCountRole,
        AvatarUrlRole,
        InitialsRole,
        MutedRole,       // notifications muted here (setMuted)
        MemberCountRole, // a group's participants, you included; 0 for a direct chat
    };
    Q_ENUM(Role)

    ConversationListModel(Cache &cache, QString myUserId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    bool isComplete() const { return m_complete; } // every conversation is read

    // -1 when absent; reads the rest of the list first when it is not complete.
    int rowOf(const QString &id) const;
    QString idAt(int row) const; // empty when out of range

    // "Message deleted", the body (an image's or file's caption) on one line
    // without markup, a system line in the user's language (SystemLines,
    // "You" for `myUserId`), or "Photo" / "File" without one.
    static QString previewOf(const proto::Message &message, const QString &myUserId = {});
    // The list's line for a conversation's last message: previewOf() after
    // "You: " for my own, after the sender's first name in groups; "No
    // messages yet" for a new conversation.
    static QString lastLineOf(const proto::Conversation &conversation, const QString &myUserId);

    // The conversations whose notifications are muted (MutedRole).
    void setMuted(const QSet<QString> &ids);
    // Whether the presence in the cache is live (the link is up): while it is
    // not, nobody shows as online (the last state known may be stale).
    void setPresenceLive(bool live);
    bool isPresenceLive() const { return m_presenceLive; }
    static QString initialsOf(const QString &name);

public Q_SLOTS:
    // Re-reads the cache and applies the difference (call it for writes that
    // do not signal).
    void refresh();
    // Re-reads only these conversations (all of them when `ids` is empty or
    // long) and applies the difference; connected to Cache::conversationsChanged,
    // so a new message in one of 10,000 conversations reads one row, not all.
    void refreshConversations(const QStringList &ids);

private:
    struct Row
    {
        QString id;
        QString title;
        QString peerRole;
        QString jobId;
        QString jobTitle;
        QString preview;
        QDateTime lastActivity;
        int unreadCount = 0;
        bool online = false;
        QDateTime lastSeen;
        bool archived = false;
        QString draft;
        int pendingCount = 0;
        QString avatarUrl;
        QString initials;
        bool muted = false;
        int memberCount = 0;
    };

    static constexpr int firstPage = 200; // rows read before the list is shown
    static constexpr int laterPage = 500; // rows read per event-loop turn after that

    Row rowFrom(const CachedConversation &cached) const;
    int indexOf(const QString &id) const; // in the rows held, -1 when absent
    void loadMore();                      // the next page of the rest
    void loadRest();
    void scheduleLoad();
    void refreshOne(const QString &id);
    static bool before(const Row &a, const Row &b); // the list's order
    QList<Row> read() const;
    // `changed`: when set, only these ids can differ from the rows held now.
    void apply(QList<Row> fresh, const QSet<QString> *changed = nullptr);
    static void sortRows(QList<Row> &rows);
    static QVariant value(const Row &row, int role);

    Cache &m_cache;
    QString m_myUserId;
    QList<Row> m_rows;
    bool m_applying = false;
    bool m_dirty = false;
    bool m_complete = false;
    bool m_loadScheduled = false;
    int m_offset = 0; // rows of the cache's list order read so far
    QSet<QString> m_muted;
    bool m_presenceLive = true;
};

} // namespace kora::models
