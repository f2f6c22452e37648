#pragma once

#include "CacheTypes.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kora::models {

class Cache;

namespace detail {

// One step of turning a model's rows into new ones, in the order a model
// announces it: Remove rows [first, last]; Insert new rows [first, last]
// taken from the new list at `source`; Move row `first` to before
// `destination` (beginMoveRows numbering).
struct ListEdit
{
    enum class Kind { Remove, Insert, Move };
    Kind kind;
    int first = 0;
    int last = 0;
    int destination = 0;
    int source = 0;
};

// Plans the edits from `oldCount` rows to a new list given, for each new row,
// its old index or -1 when it is new. Removals come first (bottom-up), then
// rows are moved or inserted in new order; the longest run of rows already in
// order stays put, so the number of moves is the smallest possible.
// (Shared by the item models; a candidate for its own ListDiff.h.)
QList<ListEdit> planListEdits(int oldCount, const QList<int> &oldIndexOfNew);

} // namespace detail

// The conversation list, newest activity first, straight from the cache. On
// every Cache::conversationsChanged the list is re-read and only the
// difference is announced (moves, inserts, removals, dataChanged with the
// roles that changed); a full reset only when the difference is large.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
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
