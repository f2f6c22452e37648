#include "MessageListModel.h"

#include "SystemLines.h"

#include "Cache.h"
#include "ListDiff.h"
#include "Outbox.h"

#include <QDate>
#include <QVariantMap>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace kora::models {
namespace {

constexpr int newBelowCap = 100;

const QList<int> &customRoles()
{
    static const QList<int> roles =
        detail::roleRange(MessageListModel::LocalIdRole, MessageListModel::UnreadMarkerRole);
    return roles;
}

bool sameParticipants(const QList<proto::Participant> &a, const QList<proto::Participant> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].user.id != b[i].user.id || a[i].user.name != b[i].user.name ||
            a[i].lastReadSeq != b[i].lastReadSeq || a[i].lastDeliveredSeq != b[i].lastDeliveredSeq)
            return false;
    }
    return true;
}

} // namespace

MessageListModel::MessageListModel(Cache &cache, QString conversationId, QString myUserId,
                                   QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
    , m_conversationId(std::move(conversationId))
    , m_myUserId(std::move(myUserId))
{
    readParticipants();
    for (const proto::Participant &p : std::as_const(m_participants)) {
        if (p.user.id == m_myUserId)
            m_openReadSeq = p.lastReadSeq;
    }
    if (const auto conversation = m_cache.conversation(m_conversationId))
        m_openLastSeq = conversation->conversation.lastSeq;
    m_cacheOldest = m_cache.oldestSeq(m_conversationId);
    m_pendingReactions = m_cache.pendingReactions(m_conversationId);
    m_pendingDeletes = m_cache.pendingDeletes(m_conversationId);
    m_rows = decorate(m_cache.messages(m_conversationId, m_pageSize));
    connect(&m_cache, &Cache::messagesChanged, this, &MessageListModel::applyChanges);
    connect(&m_cache, &Cache::outboxChanged, this, &MessageListModel::onOutboxChanged);
    connect(&m_cache, &Cache::conversationsChanged, this,
            &MessageListModel::onConversationsChanged);
}

void MessageListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
    m_maxRows = qMax(m_maxRows, m_pageSize);
}

void MessageListModel::setMaxRows(int rows)
{
    m_maxRows = qMax(rows, m_pageSize);
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == UploadProgressRole)
        return uploadProgress(m_rows.at(index.row()));
    return m_rows.at(index.row()).value(role);
}

double MessageListModel::uploadProgress(const Row &row) const
{
    const CachedMessage &m = row.message;
    if (!m.pending || m.failed || m.localFiles.isEmpty())
        return -1.0;
    return m_uploadProgress.value(m.message.clientId, 0.0);
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{LocalIdRole, "localId"},
                  {IdRole, "messageId"},
                  {ClientIdRole, "clientId"},
                  {SeqRole, "seq"},
                  {SenderIdRole, "senderId"},
                  {SenderNameRole, "senderName"},
                  {IsOwnRole, "isOwn"},
                  {KindRole, "kind"},
                  {BodyRole, "body"},
                  {CreatedAtRole, "createdAt"},
                  {EditedRole, "edited"},
                  {DeletedRole, "deleted"},
                  {StatusRole, "status"},
                  {FailureRole, "failure"},
                  {AttachmentsRole, "attachments"},
                  {ReplyToIdRole, "replyToId"},
                  {ReplyPreviewRole, "replyPreview"},
                  {ReactionsRole, "reactions"},
                  {DateBoundaryRole, "dateBoundary"},
                  {UnreadMarkerRole, "unreadMarker"},
                  {UploadProgressRole, "uploadProgress"},
                  {FlagsRole, "flags"},
                  {MetaRole, "meta"},
                  {ShownTextRole, "shownText"}});
    return names;
}

int MessageListModel::rowOfLocalId(qint64 localId) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows.at(i).message.localId == localId)
            return i;
    }
    return -1;
}

// ---------------------------------------------------------------- window

qint64 MessageListModel::startSeq() const
{
    // Rows with a seq come first; outbox rows (seq 0) only at the end.
    return m_rows.isEmpty() ? 0 : m_rows.first().message.message.seq;
}

qint64 MessageListModel::endSeq() const
{
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if (it->message.message.seq > 0)
            return it->message.message.seq;
    }
    return 0;
}

QList<CachedMessage> MessageListModel::windowMessages() const
{
    QList<CachedMessage> list;
    list.reserve(m_rows.size());
    for (const Row &row : m_rows)
        list.append(row.message);
    return list;
}

QList<CachedMessage> MessageListModel::readWindow() const
{
    const qint64 start = startSeq();
    if (start <= 0) // nothing with a seq yet: the newest page
        return m_cache.messages(m_conversationId, qMax(m_pageSize, int(m_rows.size())));
    if (m_atLatest) {
        // From the first row to the live end, outbox rows included; when that
        // is more than fits, the newest maxRows (the oldest rows drop off).
        const QList<CachedMessage> list =
            m_cache.messages(m_conversationId, m_maxRows, -1, start - 1);
        if (list.size() >= m_maxRows)
            return m_cache.messages(m_conversationId, m_maxRows);
        if (list.size() < m_pageSize) // older rows arrived under a short window
            return m_cache.messages(m_conversationId, m_pageSize);
        return list;
    }
    // Away from the live end the window keeps its range; newer rows wait below.
    const qint64 end = endSeq();
    QList<CachedMessage> list = m_cache.messages(m_conversationId, m_maxRows, -1, start - 1);
    list.removeIf(
        [end](const CachedMessage &c) { return c.message.seq <= 0 || c.message.seq > end; });
    return list;
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_rows.isEmpty())
        return false;
    const qint64 start = startSeq();
    if (m_cacheOldest > 0 && (start <= 0 || m_cacheOldest < start))
        return true; // the cache holds older rows
    return !m_historyComplete && !m_loadingOlder && start != 1;
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (m_applying || !canFetchMore(parent))
        return;
    const qint64 start = startSeq();
    const QList<CachedMessage> older = m_cache.messages(
        m_conversationId, m_pageSize, start > 0 ? start : std::numeric_limits<qint64>::max());
    if (!older.isEmpty()) {
        QList<CachedMessage> combined = older + windowMessages();
        const bool leavesLatest = combined.size() > m_maxRows && m_atLatest;
        if (leavesLatest) {
            m_liveMark = endSeq();
            m_atLatest = false; // before apply(): a catch-up re-read keeps this range
        }
        if (combined.size() > m_maxRows)
            combined.resize(m_maxRows); // the newest rows drop off
        apply(combined);
        if (leavesLatest) {
            Q_EMIT atLatestChanged(false);
            updateNewBelow();
        }
    }
    if (older.size() < m_pageSize) {
        if (startSeq() == 1) {
            setHistoryComplete(true);
        } else {
            setLoadingOlder(true);
            Q_EMIT olderHistoryWanted();
        }
    }
}

void MessageListModel::fetchNewer()
{
    if (m_applying || m_atLatest)
        return;
    QList<CachedMessage> newer = m_cache.messages(m_conversationId, m_pageSize, -1, endSeq());
    newer.removeIf([](const CachedMessage &c) { return c.message.seq <= 0; });
    if (newer.size() < m_pageSize) {
        // The live end is reached: the window runs to it, outbox rows included.
        m_atLatest = true;
        m_liveMark = 0;
        apply(readWindow());
        Q_EMIT atLatestChanged(true);
        updateNewBelow();
        return;
    }
    QList<CachedMessage> combined = windowMessages() + newer;
    if (combined.size() > m_maxRows)
        combined.remove(0, combined.size() - m_maxRows); // the oldest rows drop off
    apply(combined);
    updateNewBelow();
}

void MessageListModel::jumpToLatest()
{
    if (m_applying)
        return;
    const bool wasAtLatest = m_atLatest;
    m_atLatest = true;
    m_liveMark = 0;
    apply(m_cache.messages(m_conversationId, m_pageSize));
    if (!wasAtLatest)
        Q_EMIT atLatestChanged(true);
    updateNewBelow();
}

void MessageListModel::setHistoryComplete(bool complete)
{
    if (complete)
        setLoadingOlder(false);
    if (m_historyComplete == complete)
        return;
    m_historyComplete = complete;
    Q_EMIT historyCompleteChanged(complete);
}

void MessageListModel::reload()
{
    if (m_applying) {
        m_dirty = true;
        setLoadingOlder(false);
        return;
    }
    m_cacheOldest = m_cache.oldestSeq(m_conversationId);
    apply(readWindow());
    updateNewBelow();
    setLoadingOlder(false);
}

void MessageListModel::applyChanges(const CacheChanges &changes)
{
    const ConversationChanges mine = ConversationChanges::of(changes, m_conversationId);
    if (mine.isEmpty())
        return; // another conversation's rows
    if (m_applying) {
        m_dirty = true;
        return;
    }
    if (mine.receipt)
        readParticipants(); // own messages' status follows the cursors
    const QList<CachedMessage> changed =
        mine.withCarried(m_cache.messagesByLocalId(m_conversationId, mine.toRead));
    for (const CachedMessage &c : changed) {
        if (c.message.seq > 0 && (m_cacheOldest <= 0 || c.message.seq < m_cacheOldest))
            m_cacheOldest = c.message.seq;
    }
    QList<CachedMessage> window;
    if (!spliced(changed, mine.removed, window)) {
        reload();
        return;
    }
    QSet<qint64> touched(mine.written.cbegin(), mine.written.cend());
    apply(window, &touched);
    updateNewBelow();
    setLoadingOlder(false);
}

bool MessageListModel::spliced(const QList<CachedMessage> &changed, const QSet<qint64> &removed,
                               QList<CachedMessage> &window) const
{
    // Display order: rows with a seq by seq, then outbox rows as written.
    const auto before = [](const CachedMessage &a, const CachedMessage &b) {
        const qint64 sa = a.message.seq > 0 ? a.message.seq : std::numeric_limits<qint64>::max();
        const qint64 sb = b.message.seq > 0 ? b.message.seq : std::numeric_limits<qint64>::max();
        return sa != sb ? sa < sb : a.localId < b.localId;
    };
    const qint64 start = startSeq();
    if (m_rows.size() < m_pageSize || start <= 0)
        return false; // a short window may grow at either end: re-read it (it is small)
    QHash<qint64, const CachedMessage *> fresh;
    for (const CachedMessage &c : changed)
        fresh.insert(c.localId, &c);
    window.reserve(m_rows.size() + changed.size());
    bool reordered = false;
    for (const Row &row : m_rows) {
        const qint64 id = row.message.localId;
        if (removed.contains(id))
            continue;
        if (const auto it = fresh.constFind(id); it != fresh.constEnd()) {
            reordered = reordered || (*it)->message.seq != row.message.message.seq;
            window.append(**it);
            fresh.erase(it);
        } else {
            window.append(row.message);
        }
    }
    // New rows (and rows that were not in the window) where they belong: the
    // window runs from its first row to its last one, or to the live end.
    const qint64 end = endSeq();
    for (const CachedMessage &c : changed) {
        if (!fresh.contains(c.localId))
            continue;
        const qint64 seq = c.message.seq;
        if (seq > 0 && seq < start)
            continue; // older than the window: fetchMore() brings it
        if (!m_atLatest && (seq <= 0 || seq > end))
            continue; // waits below, counted in newMessagesBelow
        const auto at = std::upper_bound(window.begin(), window.end(), c, before);
        reordered = reordered || at != window.end();
        window.insert(at, c);
    }
    if (reordered)
        std::stable_sort(window.begin(), window.end(), before);
    if (m_atLatest && window.size() > m_maxRows)
        window.remove(0, window.size() - m_maxRows); // the oldest rows drop off
    return true;
}

void MessageListModel::onConversationsChanged(const QStringList &ids)
{
    if (!ids.isEmpty() && !ids.contains(m_conversationId))
        return; // other conversations' rows
    const QList<proto::Participant> before = m_participants;
    readParticipants();
    if (sameParticipants(before, m_participants))
        return;
    if (m_applying) {
        m_dirty = true;
        return;
    }
    const QSet<qint64> none; // the same messages: new names or cursors, derived roles only
    apply(windowMessages(), &none);
}

void MessageListModel::onOutboxChanged()
{
    QList<PendingReaction> now = m_cache.pendingReactions(m_conversationId);
    QSet<QString> deletes = m_cache.pendingDeletes(m_conversationId);
    const bool deletesChanged = deletes != m_pendingDeletes;
    if (now == m_pendingReactions && !deletesChanged)
        return; // a message's outbox traffic, or another conversation's
    m_pendingReactions = std::move(now);
    m_pendingDeletes = std::move(deletes);
    const QSet<qint64> none; // the same messages: only their chips can differ
    if (m_applying)
        m_dirty = true;
    else
        apply(windowMessages(), deletesChanged ? nullptr : &none);
}

void MessageListModel::readParticipants()
{
    m_participants = m_cache.participants(m_conversationId);
}

void MessageListModel::setLoadingOlder(bool loading)
{
    if (m_loadingOlder == loading)
        return;
    m_loadingOlder = loading;
    Q_EMIT loadingOlderChanged(loading);
}

void MessageListModel::updateNewBelow()
{
    int count = 0;
    if (!m_atLatest) {
        const qint64 mark = qMax(m_liveMark, endSeq());
        for (const CachedMessage &c : m_cache.messages(m_conversationId, newBelowCap, -1, mark)) {
            if (c.message.seq > 0 && c.message.senderId != m_myUserId)
                ++count;
        }
    }
    if (count == m_newBelow)
        return;
    m_newBelow = count;
    Q_EMIT newMessagesBelowChanged(count);
}

// ---------------------------------------------------------------- rows

bool MessageListModel::coversFirstUnread(qint64 windowStart) const
{
    // The first unread message is in the window only if nothing between my
    // read cursor and the window's first row is left out.
    if (windowStart <= m_openReadSeq + 1)
        return true;
    const QList<CachedMessage> before = m_cache.messages(m_conversationId, 1, windowStart);
    if (!before.isEmpty())
        return before.first().message.seq <= m_openReadSeq;
    return windowStart == 1;
}

QDate MessageListModel::localDay(const QDateTime &time, QHash<qint64, QDate> &days)
{
    if (!time.isValid())
        return {};
    const qint64 key = time.toMSecsSinceEpoch();
    auto it = days.find(key);
    if (it == days.end())
        it = days.insert(key, time.toLocalTime().date());
    return *it;
}

QList<MessageListModel::Row> MessageListModel::decorate(const QList<CachedMessage> &messages) const
{
    QHash<QString, QString> names;
    for (const proto::Participant &p : m_participants)
        names.insert(p.user.id, p.user.name);
    const qint64 start = messages.isEmpty() ? 0 : messages.first().message.seq;
    QList<Row> rows;
    rows.reserve(messages.size());
    QDate previousDay;
    // Local days of the rows held now: toLocalTime() asks the C library,
    // which looks at the zone file each time, so each row's day is worked out once.
    QHash<qint64, QDate> days = std::exchange(m_days, {});
    bool markerSeen = false;
    for (const CachedMessage &cached : messages) {
        const proto::Message &m = cached.message;
        Row row;
        row.message = cached;
        row.deletePending =
            !m_pendingDeletes.isEmpty() && !m.id.isEmpty() && m_pendingDeletes.contains(m.id);
        row.senderName = names.value(m.senderId);
        row.own = m.senderId == m_myUserId;
        row.shownText = SystemLines::text(m, m_myUserId);
        row.status = MessageRow::deliveryState(cached, m_myUserId, m_participants);
        const QDate day = localDay(m.createdAt, days);
        row.dateBoundary = rows.isEmpty() || (day.isValid() && day != previousDay);
        if (day.isValid())
            previousDay = day;
        if (!markerSeen && !row.own && m.seq > m_openReadSeq) {
            markerSeen = true;
            row.unreadMarker = coversFirstUnread(start);
        }
        rows.append(row);
    }
    m_bandActive = markerSeen;
    m_days = std::move(days);
    MessageRow::resolveReplies(rows, names, m_myUserId);
    MessageRow::resolveReactions(rows, m_pendingReactions, names, m_myUserId);
    return rows;
}

void MessageListModel::apply(const QList<CachedMessage> &messages, const QSet<qint64> *touched)
{
    m_applying = true;
    applyOnce(messages, touched);
    // A slot connected to our signals changed the cache meanwhile: catch up.
    while (m_dirty) {
        m_dirty = false;
        m_cacheOldest = m_cache.oldestSeq(m_conversationId);
        readParticipants();
        applyOnce(readWindow(), nullptr);
    }
    m_applying = false;
}

void MessageListModel::applyOnce(const QList<CachedMessage> &messages, const QSet<qint64> *touched)
{
    // Nothing was unread when the conversation opened, nothing is marked since,
    // and the reader is looking: what arrives now is read as it comes, not
    // "unread" to mark. (History older than the opening keeps its band.)
    if (!m_bandActive && m_openReadSeq >= m_openLastSeq && m_reading && m_reading()) {
        for (const CachedMessage &c : messages) {
            if (c.message.senderId != m_myUserId && c.message.seq > m_openReadSeq)
                m_openReadSeq = c.message.seq;
        }
        m_openLastSeq = qMax(m_openLastSeq, m_openReadSeq);
    }
    const QList<Row> fresh = decorate(messages);
    QHash<qint64, int> oldIndex;
    for (int i = 0; i < int(m_rows.size()); ++i)
        oldIndex.insert(m_rows.at(i).message.localId, i);
    QList<int> sources;
    sources.reserve(fresh.size());
    for (const Row &row : fresh)
        sources.append(oldIndex.value(row.message.localId, -1));

    detail::ListEditor::apply(*this, m_rows, fresh,
                              detail::planListEdits(int(m_rows.size()), sources));

    int runStart = -1;
    QList<int> runRoles;
    const auto flush = [&](int end) {
        if (runStart >= 0)
            Q_EMIT dataChanged(index(runStart), index(end), runRoles);
        runStart = -1;
    };
    for (int i = 0; i < int(fresh.size()); ++i) {
        Q_ASSERT(m_rows.at(i).message.localId == fresh.at(i).message.localId);
        QList<int> roles;
        const Row &was = m_rows.at(i);
        const Row &now = fresh.at(i);
        if (touched && !touched->contains(now.message.localId)) {
            // The same message: only what is derived from names, cursors and
            // neighbours can differ.
            if (was.senderName != now.senderName)
                roles.append(SenderNameRole);
            if (was.status != now.status)
                roles.append(StatusRole);
            if (was.dateBoundary != now.dateBoundary)
                roles.append(DateBoundaryRole);
            if (was.unreadMarker != now.unreadMarker)
                roles.append(UnreadMarkerRole);
            if (!now.message.message.replyToId.isEmpty() &&
                was.value(ReplyPreviewRole) != now.value(ReplyPreviewRole))
                roles.append(ReplyPreviewRole); // its original changed in the window
            if (was.reactionChips != now.reactionChips)
                roles.append(ReactionsRole); // a toggle of mine queued, refused or acknowledged
        } else {
            for (const int role : customRoles()) {
                if (was.value(role) != now.value(role))
                    roles.append(role);
            }
        }
        if (roles.contains(BodyRole))
            roles.append(Qt::DisplayRole);
        if ((roles.contains(StatusRole) || roles.contains(FailureRole)) &&
            (!m_rows.at(i).message.localFiles.isEmpty() ||
             !fresh.at(i).message.localFiles.isEmpty()))
            roles.append(
                UploadProgressRole); // a message with files stopped (or restarted) uploading
        if (roles != runRoles || roles.isEmpty())
            flush(i - 1);
        m_rows[i] = fresh.at(i);
        if (!roles.isEmpty() && runStart < 0) {
            runStart = i;
            runRoles = roles;
        }
    }
    flush(int(fresh.size()) - 1);
}

void MessageListModel::setOutbox(const Outbox *outbox)
{
    if (m_outboxConnection)
        disconnect(m_outboxConnection);
    if (outbox)
        m_outboxConnection =
            connect(outbox, &Outbox::uploadProgress, this, &MessageListModel::setUploadProgress);
}

void MessageListModel::setUploadProgress(const QString &clientId, int index, qint64 sent,
                                         qint64 total)
{
    int rowIndex = -1;
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) { // pending rows are at the end
        if (m_rows.at(i).message.pending && m_rows.at(i).message.message.clientId == clientId) {
            rowIndex = i;
            break;
        }
    }
    if (rowIndex < 0)
        return;
    // The message's share: files before `index` are done, this one is sent/total.
    const QList<LocalAttachment> &files = m_rows.at(rowIndex).message.localFiles;
    qint64 all = 0;
    qint64 done = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const qint64 size = i == index && total > 0 ? total : qMax<qint64>(files[i].size, 0);
        all += size;
        if (i < index)
            done += size;
        else if (i == index)
            done += qBound<qint64>(0, sent, size);
    }
    // In whole percents: a view repaints a bar no more often than that.
    const double fraction = all > 0 ? std::floor(double(done) * 100.0 / double(all)) / 100.0 : 0.0;
    if (qFuzzyCompare(1.0 + m_uploadProgress.value(clientId, -1.0), 1.0 + fraction))
        return;
    m_uploadProgress.insert(clientId, fraction);
    const QModelIndex changed = this->index(rowIndex);
    Q_EMIT dataChanged(changed, changed, {UploadProgressRole});
}

} // namespace kora::models
