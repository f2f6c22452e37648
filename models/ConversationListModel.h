#pragma once

#include "CacheTypes.h"
#include "ListDiff.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kora::models {

class Cache;

// The conversation list, newest activity first, straight from the cache. On
// every Cache::conversationsChanged the list is re-read and only the
// difference is announced (moves, inserts, removals, dataChanged with the
// roles that changed); a full reset only when the difference is large.
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
    };
    Q_ENUM(Role)

    ConversationListModel(Cache &cache, QString myUserId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &id) const; // -1 when absent
    QString idAt(int row) const;        // empty when out of range

    // "Photo", "File", "Message deleted" or the body on one line.
    static QString previewOf(const proto::Message &message);
    static QString initialsOf(const QString &name);

public Q_SLOTS:
    // Re-reads the cache and applies the difference (connected to
    // Cache::conversationsChanged; call it for writes that do not signal).
    void refresh();

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
    };

    Row rowFrom(const CachedConversation &cached) const;
    QList<Row> read() const;
    void apply(QList<Row> fresh);
    static QVariant value(const Row &row, int role);

    Cache &m_cache;
    QString m_myUserId;
    QList<Row> m_rows;
    bool m_applying = false;
    bool m_dirty = false;
};

} // namespace kora::models
