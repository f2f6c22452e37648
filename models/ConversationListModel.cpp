#include "ConversationListModel.h"

#include "Cache.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace kora::models {

namespace {

// Beyond this many announced steps a reset is cheaper for the views.
constexpr int maxEdits = 16;

const QList<int> &customRoles()
{
    static const QList<int> roles =
        detail::roleRange(ConversationListModel::IdRole, ConversationListModel::InitialsRole);
    return roles;
}

qint64 sortKey(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

} // namespace

ConversationListModel::ConversationListModel(Cache &cache, QString myUserId, QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
    , m_myUserId(std::move(myUserId))
{
    m_rows = read();
    connect(&m_cache, &Cache::conversationsChanged, this,
            &ConversationListModel::refreshConversations);
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return value(m_rows.at(index.row()), role);
}

QVariant ConversationListModel::value(const Row &row, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case Qt::ToolTipRole:
        return row.jobTitle.isEmpty() ? row.title : row.title + QLatin1Char('\n') + row.jobTitle;
    case IdRole:
        return row.id;
    case PeerRoleRole:
        return row.peerRole;
    case JobIdRole:
        return row.jobId;
    case JobTitleRole:
        return row.jobTitle;
    case LastMessagePreviewRole:
        return row.preview;
    case LastActivityRole:
        return row.lastActivity;
    case UnreadCountRole:
        return row.unreadCount;
    case OnlineRole:
        return row.online;
    case LastSeenRole:
        return row.lastSeen;
    case ArchivedRole:
        return row.archived;
    case DraftRole:
        return row.draft;
    case PendingCountRole:
        return row.pendingCount;
    case AvatarUrlRole:
        return row.avatarUrl;
    case InitialsRole:
        return row.initials;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {TitleRole, "title"},
                  {PeerRoleRole, "peerRole"},
                  {JobIdRole, "jobId"},
                  {JobTitleRole, "jobTitle"},
                  {LastMessagePreviewRole, "lastMessagePreview"},
                  {LastActivityRole, "lastActivity"},
                  {UnreadCountRole, "unreadCount"},
                  {OnlineRole, "online"},
                  {LastSeenRole, "lastSeen"},
                  {ArchivedRole, "archived"},
                  {DraftRole, "draft"},
                  {PendingCountRole, "pendingCount"},
                  {AvatarUrlRole, "avatarUrl"},
                  {InitialsRole, "initials"}});
    return names;
}

int ConversationListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QString ConversationListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows.at(row).id : QString();
}

QString ConversationListModel::previewOf(const proto::Message &message)
{
    if (message.deleted)
        return tr("Message deleted");
    if (message.kind == QLatin1String("image"))
        return tr("Photo");
    if (message.kind == QLatin1String("file"))
        return tr("File");
    return message.body.simplified();
}

QString ConversationListModel::initialsOf(const QString &name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const auto first = [](const QString &word) {
        return word.left(word.at(0).isHighSurrogate() ? 2 : 1).toUpper();
    };
    return words.size() == 1 ? first(words.first()) : first(words.first()) + first(words.last());
}

ConversationListModel::Row ConversationListModel::rowFrom(const CachedConversation &cached) const
{
    const proto::Conversation &c = cached.conversation;
    Row row;
    row.id = c.id;
    row.jobId = c.jobId;
    row.jobTitle = c.jobTitle;
    row.unreadCount =
        int(qBound(qint64(0), c.unreadCount, qint64(std::numeric_limits<int>::max())));
    row.archived = c.archived;
    row.draft = cached.draft;
    row.pendingCount = cached.pendingCount;

    const proto::Participant *peer = nullptr;
    QStringList others;
    bool anyOnline = false;
    for (const proto::Participant &p : c.participants) {
        if (p.user.id == m_myUserId)
            continue;
        if (!peer)
            peer = &p;
        others.append(p.user.name);
        anyOnline = anyOnline || p.user.online;
    }
    if (c.type == QLatin1String("direct")) {
        row.title = peer ? peer->user.name : c.title;
        if (peer) {
            row.peerRole = peer->user.role;
            row.online = peer->user.online;
            row.lastSeen = peer->user.lastSeenAt;
            row.avatarUrl = peer->user.avatarUrl;
        }
    } else {
        row.title = c.title.isEmpty() ? others.join(QStringLiteral(", ")) : c.title;
        row.online = anyOnline;
    }
    if (row.title.isEmpty())
        row.title = tr("Unknown");
    row.initials = initialsOf(row.title);

    // Activity: the conversation's updatedAt, or a newer last message (an
    // outbox row the server has not stamped yet moves the conversation up too).
    row.lastActivity = c.updatedAt;
    if (c.lastMessage) {
        row.preview = previewOf(*c.lastMessage);
        if (sortKey(c.lastMessage->createdAt) > sortKey(row.lastActivity))
            row.lastActivity = c.lastMessage->createdAt;
    }
    return row;
}

QList<ConversationListModel::Row> ConversationListModel::read() const
{
    QList<Row> rows;
    for (const CachedConversation &cached : m_cache.conversations())
        rows.append(rowFrom(cached));
    sortRows(rows);
    return rows;
}

void ConversationListModel::sortRows(QList<Row> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const qint64 ka = sortKey(a.lastActivity);
        const qint64 kb = sortKey(b.lastActivity);
        return ka != kb ? ka > kb : a.id < b.id;
    });
}

void ConversationListModel::refreshConversations(const QStringList &ids)
{
    if (ids.isEmpty() || m_applying) {
        refresh();
        return;
    }
    const QSet<QString> changed(ids.cbegin(), ids.cend());
    QList<Row> fresh;
    fresh.reserve(m_rows.size() + changed.size());
    for (const Row &row : std::as_const(m_rows)) {
        if (!changed.contains(row.id))
            fresh.append(row);
    }
    for (const QString &id : changed) {
        if (const auto cached = m_cache.conversation(id))
            fresh.append(rowFrom(*cached));
    }
    sortRows(fresh);
    apply(std::move(fresh), &changed);
    if (m_dirty)
        refresh(); // a slot wrote to the cache while we announced: catch up now
}

void ConversationListModel::refresh()
{
    if (m_applying) {
        // A slot connected to our signals wrote to the cache: catch up afterwards.
        m_dirty = true;
        return;
    }
    do {
        m_dirty = false;
        apply(read());
    } while (m_dirty);
}

void ConversationListModel::apply(QList<Row> fresh, const QSet<QString> *changed)
{
    m_applying = true;
    QHash<QString, int> oldIndex;
    for (int i = 0; i < int(m_rows.size()); ++i)
        oldIndex.insert(m_rows.at(i).id, i);
    QList<int> sources;
    sources.reserve(fresh.size());
    for (const Row &row : std::as_const(fresh))
        sources.append(oldIndex.value(row.id, -1));

    const QList<detail::ListEdit> edits = detail::planListEdits(int(m_rows.size()), sources);
    if (edits.size() > maxEdits) {
        beginResetModel();
        m_rows = std::move(fresh);
        endResetModel();
        m_applying = false;
        return;
    }
    detail::ListEditor::apply(*this, m_rows, fresh, edits);

    // Same ids in the same places now: announce what changed, merging runs of
    // neighbouring rows whose changed roles are the same.
    int runStart = -1;
    QList<int> runRoles;
    const auto flush = [&](int end) {
        if (runStart >= 0)
            Q_EMIT dataChanged(index(runStart), index(end), runRoles);
        runStart = -1;
    };
    for (int i = 0; i < int(fresh.size()); ++i) {
        Q_ASSERT(m_rows.at(i).id == fresh.at(i).id);
        QList<int> roles;
        if (changed && !changed->contains(fresh.at(i).id)) {
            flush(i - 1); // an untouched row: the same values, nothing to compare
            continue;
        }
        for (const int role : customRoles()) {
            if (value(m_rows.at(i), role) != value(fresh.at(i), role))
                roles.append(role);
        }
        if (roles.contains(TitleRole))
            roles.append(Qt::DisplayRole);
        if (roles.contains(TitleRole) || roles.contains(JobTitleRole))
            roles.append(Qt::ToolTipRole);
        if (roles != runRoles || roles.isEmpty())
            flush(i - 1);
        m_rows[i] = fresh.at(i);
        if (!roles.isEmpty() && runStart < 0) {
            runStart = i;
            runRoles = roles;
        }
    }
    flush(int(fresh.size()) - 1);
    m_applying = false;
}

} // namespace kora::models
