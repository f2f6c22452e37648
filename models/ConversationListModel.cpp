#include "ConversationListModel.h"

#include "Markup.h"
#include "SystemLines.h"

#include "Cache.h"
#include "Participants.h"

#include <QHash>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace kora::models {

namespace {

// Beyond this many announced steps a reset is cheaper for the views.
constexpr int maxEdits = 16;
// Up to this many named conversations are moved or updated one by one.
constexpr int maxSingleRows = 8;

const QList<int> &customRoles()
{
    static const QList<int> roles =
        detail::roleRange(ConversationListModel::IdRole, ConversationListModel::MemberCountRole);
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
    for (const CachedConversation &cached : m_cache.conversations(firstPage, 0))
        m_rows.append(rowFrom(cached));
    m_offset = int(m_rows.size());
    m_complete = m_rows.size() < firstPage;
    sortRows(m_rows);
    scheduleLoad();
    connect(&m_cache, &Cache::conversationsChanged, this,
            &ConversationListModel::refreshConversations);
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        loadMore();
}

void ConversationListModel::scheduleLoad()
{
    if (m_complete || m_loadScheduled)
        return;
    m_loadScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_loadScheduled = false;
        loadMore();
    });
}

void ConversationListModel::loadMore()
{
    if (m_complete || m_applying)
        return;
    const QList<CachedConversation> page = m_cache.conversations(laterPage, m_offset);
    m_offset += int(page.size());
    m_complete = page.size() < laterPage;
    // Rows a change brought in already are skipped; the others go where they
    // sort, which is the end unless the cache moved something meanwhile.
    QSet<QString> held;
    held.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows))
        held.insert(row.id);
    QList<Row> fresh;
    for (const CachedConversation &cached : page) {
        if (!held.contains(cached.conversation.id))
            fresh.append(rowFrom(cached));
    }
    sortRows(fresh);
    m_applying = true;
    if (!fresh.isEmpty() && (m_rows.isEmpty() || !before(fresh.first(), m_rows.last()))) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
        m_rows += fresh;
        endInsertRows();
    } else {
        for (Row &row : fresh) {
            const int at = int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), row, before) -
                               m_rows.cbegin());
            beginInsertRows({}, at, at);
            m_rows.insert(at, std::move(row));
            endInsertRows();
        }
    }
    m_applying = false;
    if (m_dirty)
        refresh();
    scheduleLoad();
}

void ConversationListModel::loadRest()
{
    while (!m_complete && !m_applying)
        loadMore();
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
    case MutedRole:
        return row.muted;
    case MemberCountRole:
        return row.memberCount;
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
                  {InitialsRole, "initials"},
                  {MutedRole, "muted"},
                  {MemberCountRole, "memberCount"}});
    return names;
}

int ConversationListModel::indexOf(const QString &id) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int ConversationListModel::rowOf(const QString &id) const
{
    const int row = indexOf(id);
    if (row >= 0 || m_complete)
        return row;
    // Asked for a row not read yet: read the rest now (the rows held only grow).
    const_cast<ConversationListModel *>(this)->loadRest();
    return indexOf(id);
}

QString ConversationListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows.at(row).id : QString();
}

QString ConversationListModel::previewOf(const proto::Message &message, const QString &myUserId)
{
    if (message.deleted)
        return tr("Message deleted");
    // Shown without markup (protocol 7.6); a system line never has any.
    const QString body =
        (message.kind == QLatin1String("system") ? SystemLines::text(message, myUserId)
                                                 : markup::plainText(message.body))
            .simplified();
    if (!body.isEmpty())
        return body; // a caption says more than "Photo"
    if (message.kind == QLatin1String("image"))
        return tr("Photo");
    if (message.kind == QLatin1String("file"))
        return tr("File");
    return body;
}

QString ConversationListModel::lastLineOf(const proto::Conversation &c, const QString &myUserId)
{
    if (!c.lastMessage)
        return tr("No messages yet");
    const proto::Message &m = *c.lastMessage;
    const QString preview = previewOf(m, myUserId);
    if (m.kind == QLatin1String("system") || m.deleted)
        return preview;
    if (m.senderId == myUserId)
        return tr("You: %1").arg(preview);
    if (c.type != QLatin1String("group"))
        return preview;
    for (const proto::Participant &p : c.participants) {
        if (p.user.id == m.senderId && !p.user.name.isEmpty())
            return tr("%1: %2").arg(
                p.user.name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty), preview);
    }
    return preview;
}

void ConversationListModel::setMuted(const QSet<QString> &ids)
{
    if (ids == m_muted)
        return;
    // Only the rows whose mute changed are read again.
    const QSet<QString> changed = (ids - m_muted) + (m_muted - ids);
    m_muted = ids;
    refreshConversations(QStringList(changed.cbegin(), changed.cend()));
}

void ConversationListModel::setPresenceLive(bool live)
{
    if (live == m_presenceLive)
        return;
    m_presenceLive = live;
    refresh();
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
    row.muted = m_muted.contains(c.id);

    const proto::Participant *peer = otherParticipant(c.participants, m_myUserId);
    bool anyOnline = false;
    for (const proto::Participant &p : c.participants)
        anyOnline = anyOnline || (p.user.id != m_myUserId && p.user.online && m_presenceLive);
    row.title = titleFor(c, m_myUserId);
    if (c.type == QLatin1String("direct")) {
        if (peer) {
            row.peerRole = peer->user.role;
            row.online = peer->user.online && m_presenceLive;
            row.lastSeen = peer->user.lastSeenAt;
            row.avatarUrl = peer->user.avatarUrl;
        }
    } else {
        row.memberCount = int(c.participants.size());
        row.online = anyOnline;
    }
    if (row.title.isEmpty())
        row.title = tr("Unknown");
    row.initials = initialsOf(row.title);

    // Activity: the conversation's updatedAt, or a newer last message (an
    // outbox row the server has not stamped yet moves the conversation up too).
    row.lastActivity = c.updatedAt;
    row.preview = lastLineOf(c, m_myUserId);
    if (c.lastMessage) {
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

bool ConversationListModel::before(const Row &a, const Row &b)
{
    const qint64 ka = sortKey(a.lastActivity);
    const qint64 kb = sortKey(b.lastActivity);
    return ka != kb ? ka > kb : a.id < b.id;
}

void ConversationListModel::sortRows(QList<Row> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), &ConversationListModel::before);
}

void ConversationListModel::refreshOne(const QString &id)
{
    const int old = indexOf(id);
    const auto cached = m_cache.conversation(id);
    if (!cached) {
        if (old >= 0) {
            beginRemoveRows({}, old, old);
            m_rows.remove(old);
            endRemoveRows();
        }
        return;
    }
    Row row = rowFrom(*cached);
    // Where it goes among the other rows (they are in order; this one was too).
    const int bound =
        int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, before) - m_rows.cbegin());
    if (old < 0) {
        beginInsertRows({}, bound, bound);
        m_rows.insert(bound, std::move(row));
        endInsertRows();
        return;
    }
    const int to = old >= 0 && old < bound ? bound - 1 : bound;
    if (to != old) {
        beginMoveRows({}, old, old, {}, to > old ? to + 1 : to);
        m_rows.move(old, to);
        endMoveRows();
    }
    QList<int> roles;
    for (const int role : customRoles()) {
        if (value(m_rows.at(to), role) != value(row, role))
            roles.append(role);
    }
    if (roles.isEmpty())
        return;
    if (roles.contains(TitleRole))
        roles.append(Qt::DisplayRole);
    if (roles.contains(TitleRole) || roles.contains(JobTitleRole))
        roles.append(Qt::ToolTipRole);
    m_rows[to] = std::move(row);
    Q_EMIT dataChanged(index(to), index(to), roles);
}

void ConversationListModel::refreshConversations(const QStringList &ids)
{
    if (ids.isEmpty() || m_applying) {
        refresh();
        return;
    }
    if (ids.size() <= maxSingleRows) {
        // One or a few rows (a new message, a draft): each moves or changes on
        // its own, without touching the 10,000 others.
        m_applying = true;
        const QSet<QString> named(ids.cbegin(), ids.cend());
        for (const QString &id : named)
            refreshOne(id);
        m_applying = false;
        if (m_dirty)
            refresh(); // a slot wrote to the cache while we announced: catch up now
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
        QList<Row> all = read();
        m_offset = int(all.size());
        m_complete = true;
        apply(std::move(all));
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
