#include "ChatService.h"

#include "ServerLogging.h"

#include "protocol/ContactGuard.h"
#include "protocol/Json.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QTimer>

#include <algorithm>

#include <utility>

namespace kora::server {

using proto::ApiError;
namespace code = proto::code;

namespace {

ApiError storageError(const DbError &error)
{
    qCWarning(lcServerDb) << "storage error:" << error.message;
    return {code::Internal, QStringLiteral("the server could not store or read that; try again")};
}

ApiError err(const QString &c, const QString &message)
{
    return {c, message};
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ChatService::ChatService(Database &db, ClusterBus &bus, const Presence &presence,
                         proto::BodyLimits limits, int messagesPer10s, int conversationsPerHour,
                         QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_bus(bus)
    , m_presence(presence)
    , m_limits(limits)
    , m_users(db)
    , m_conversations(db)
    , m_messages(db)
    , m_attachments(db)
    , m_members(db)
    , m_blocks(db)
    , m_sendLimiter(messagesPer10s, 10'000)
    , m_createLimiter(conversationsPerHour, 3'600'000)
{
    connect(&bus, &ClusterBus::remoteMessages, this, &ChatService::onRemoteMessages);
    connect(&bus, &ClusterBus::remoteConversationChanged, this,
            [this](const QString &conversationId, const QStringList &userIds, bool created) {
                if (created && !m_announced.contains(conversationId))
                    noteDelivered(conversationId, 0);
                // Whatever changed (its participants perhaps), it is read again.
                m_members.forget(conversationId);
                if (!userIds.isEmpty()) {
                    Q_EMIT conversationChanged(conversationId, userIds);
                } else if (auto all = m_members.members(conversationId); all && *all) {
                    Q_EMIT conversationChanged(conversationId, (*all)->userIds);
                }
            });
    connect(
        &bus, &ClusterBus::remoteCursorMoved, this,
        [this](const QString &conversationId, const QString &userId, qint64 seq, Cursor cursor) {
            if (auto recipients = m_members.members(conversationId); recipients && *recipients)
                Q_EMIT cursorMoved(conversationId, userId, seq, cursor, (*recipients)->userIds);
        });
}

QStringList ChatService::recipientsOf(const QString &conversationId)
{
    auto found = m_members.members(conversationId);
    if (!found) {
        qCWarning(lcServerDb) << "could not read the participants of" << conversationId;
        return {};
    }
    return *found ? (*found)->userIds : QStringList();
}

void ChatService::membersChanged(const QString &conversationId, const QStringList &userIds)
{
    m_members.forget(conversationId);
    publishChange(conversationId, userIds);
}

void ChatService::membersCommitted(const QString &conversationId, const QStringList &userIds)
{
    m_members.forget(conversationId);
    Q_EMIT conversationChanged(conversationId, userIds);
}

void ChatService::noteDelivered(const QString &conversationId, qint64 seq)
{
    auto it = m_announced.find(conversationId);
    if (it != m_announced.end()) {
        it.value() = qMax(it.value(), seq);
        return;
    }
    if (m_announced.size() >= maxTracked)
        m_announced.erase(m_announced.begin()); // forgotten: no gap check for that one
    m_announced.insert(conversationId, seq);
}

void ChatService::announceCommitted(const QString &conversationId, qint64 fromSeq, qint64 toSeq)
{
    if (toSeq <= fromSeq)
        return;
    auto changed = m_messages.changedBetween(conversationId, fromSeq, toSeq);
    if (!changed) {
        qCWarning(lcServerDb) << "could not read changes of" << conversationId
                              << "to announce them";
        return;
    }
    const QStringList people = recipientsOf(conversationId);
    for (const proto::Message &m : std::as_const(*changed)) {
        if (m.seq > fromSeq)
            Q_EMIT messageCreated(m, people);
        else
            Q_EMIT messageUpdated(m, people);
    }
    noteDelivered(conversationId, toSeq);
}

void ChatService::onRemoteMessages(const QString &conversationId, qint64 from, qint64 to)
{
    const auto known = m_announced.constFind(conversationId);
    if (known != m_announced.constEnd() && *known >= to)
        return;
    // Whatever came before `from` and was not announced here yet comes first.
    const qint64 lo = known != m_announced.constEnd() ? *known : from - 1;
    announceCommitted(conversationId, lo, to);
}

void ChatService::resync(const QStringList &userIds)
{
    m_members.clear(); // membership changes may be among what was missed
    for (const QString &userId : userIds) {
        auto list = m_conversations.seqsForUser(userId);
        if (!list)
            continue;
        for (const auto &[conversationId, lastSeq] : std::as_const(*list)) {
            const auto known = m_announced.constFind(conversationId);
            if (known == m_announced.constEnd()) {
                // Never heard of here: tell its people it exists as it is now.
                noteDelivered(conversationId, lastSeq);
                Q_EMIT conversationChanged(conversationId, {userId});
            } else if (*known < lastSeq) {
                announceCommitted(conversationId, *known, lastSeq);
            }
        }
    }
}

void ChatService::track(const QString &userId)
{
    auto list = m_conversations.seqsForUser(userId);
    if (!list) {
        qCWarning(lcServerDb) << "could not read the conversations of a connecting user";
        return;
    }
    for (const auto &[conversationId, lastSeq] : std::as_const(*list)) {
        if (!m_announced.contains(conversationId))
            noteDelivered(conversationId, lastSeq);
    }
}

void ChatService::announceCreated(const proto::Message &m)
{
    announce(m, true);
}

void ChatService::announceUpdated(const proto::Message &m)
{
    announce(m, false);
}

Result<proto::User> ChatService::me(const Actor &actor)
{
    auto user = m_users.find(actor.userId);
    if (!user)
        return unexpected(storageError(user.error()));
    if (!*user)
        return unexpected(err(code::Unauthorized, QStringLiteral("this account no longer exists")));
    proto::User u = **user;
    u.online = m_presence.isOnline(u.id);
    return u;
}

Result<QList<proto::User>> ChatService::users(const Actor &actor, const QString &query, int limit)
{
    auto found = m_users.search(query, actor.userId, limit);
    if (!found)
        return unexpected(storageError(found.error()));
    const auto contacts = m_users.contactsOf(actor.userId);
    if (!contacts)
        return unexpected(storageError(contacts.error()));
    for (proto::User &u : *found) {
        // Presence only for people the viewer already talks to (as user_status).
        const bool contact = contacts->contains(u.id);
        u.online = contact && m_presence.isOnline(u.id);
        if (!contact)
            u.lastSeenAt = {};
    }
    return *found;
}

Result<proto::Conversation> ChatService::enrich(proto::Conversation c, const QString &viewerId)
{
    auto people = m_conversations.participants(c.id);
    if (!people)
        return unexpected(storageError(people.error()));
    qint64 lastRead = 0;
    for (proto::Participant &p : *people) {
        p.user.online = m_presence.isOnline(p.user.id);
        if (p.user.id == viewerId)
            lastRead = p.lastReadSeq;
    }
    c.participants = *people;
    // A group's owner: its maker while still in it, else whoever has been in
    // it longest (participants come in the order they joined).
    const bool makerIn =
        std::any_of(c.participants.cbegin(), c.participants.cend(),
                    [&](const proto::Participant &p) { return p.user.id == c.ownerId; });
    if (c.type == QLatin1String("group") && !makerIn)
        c.ownerId = c.participants.isEmpty() ? QString() : c.participants.first().user.id;
    auto last = m_messages.last(c.id);
    if (!last)
        return unexpected(storageError(last.error()));
    c.lastMessage = *last;
    auto unread = m_conversations.unreadCount(c.id, viewerId, lastRead);
    if (!unread)
        return unexpected(storageError(unread.error()));
    c.unreadCount = *unread;
    return c;
}

Result<proto::Conversation> ChatService::viewFor(const QString &conversationId,
                                                 const QString &viewerId)
{
    auto found = m_conversations.find(conversationId, viewerId);
    if (!found)
        return unexpected(storageError(found.error()));
    if (!*found)
        return unexpected(err(code::NotFound, QStringLiteral("no such conversation")));
    return enrich(**found, viewerId);
}

Result<ConversationPage> ChatService::conversations(const Actor &actor, bool archived,
                                                    qint64 beforeMs, int limit)
{
    auto list = m_conversations.listForUser(actor.userId, archived, beforeMs, limit + 1);
    if (!list)
        return unexpected(storageError(list.error()));
    ConversationPage page;
    page.hasMore = list->size() > limit;
    if (page.hasMore)
        list->removeLast();
    for (const proto::Conversation &c : *list) {
        auto full = enrich(c, actor.userId);
        if (!full)
            return unexpected(full.error());
        page.conversations.append(*full);
    }
    return page;
}

Result<bool> ChatService::requireParticipant(const Actor &actor, const QString &conversationId)
{
    auto found = m_members.members(conversationId);
    if (!found)
        return unexpected(storageError(found.error()));
    if (!*found)
        return unexpected(err(code::NotFound, QStringLiteral("no such conversation")));
    if (!(*found)->contains(actor.userId))
        return unexpected(err(code::Forbidden, QStringLiteral("you are not in this conversation")));
    return true;
}

Result<bool> ChatService::checkAccess(const Actor &actor, const QString &conversationId)
{
    return requireParticipant(actor, conversationId);
}

Result<bool> ChatService::refuseBlocked(const Actor &actor, const QString &conversationId)
{
    auto blocked = m_blocks.blockedIn(conversationId, actor.userId);
    if (!blocked)
        return unexpected(storageError(blocked.error()));
    if (*blocked) // the code says it all: who blocks whom is not told
        return unexpected(err(code::Blocked, QStringLiteral("you cannot write here")));
    return true;
}

void ChatService::screen(proto::Message &m)
{
    m.flags.clear();
    if (m_contactGuard == ContactGuardMode::Off || m.kind == QLatin1String("system") ||
        m.body.isEmpty())
        return;
    const QList<proto::ContactSpan> spans = proto::detectContacts(m.body);
    if (spans.isEmpty())
        return;
    if (m_contactGuard == ContactGuardMode::Mask) {
        // When it cannot be read, the guard holds (masks).
        const auto allowed = m_conversations.contactAllowed(m.conversationId);
        if (!allowed || !*allowed) {
            m.body = proto::maskContacts(m.body, spans);
            m.flags = {proto::flag::ContactMasked};
            return;
        }
    }
    m.flags = {proto::flag::ContactInfo};
}

Result<proto::Conversation> ChatService::setContactAllowed(const QString &conversationId,
                                                           bool allowed)
{
    auto set = m_conversations.setContactAllowed(conversationId, allowed);
    if (!set)
        return unexpected(storageError(set.error()));
    if (!*set)
        return unexpected(err(code::NotFound, QStringLiteral("no such conversation")));
    auto people = m_members.members(conversationId);
    if (!people)
        return unexpected(storageError(people.error()));
    publishChange(conversationId, *people ? (*people)->userIds : QStringList());
    auto view = viewFor(conversationId, QString());
    if (view) {
        view->unreadCount = 0; // as no participant sees it
        view->archived = false;
    }
    return view;
}

Result<proto::Conversation> ChatService::conversation(const Actor &actor, const QString &id)
{
    auto access = requireParticipant(actor, id);
    if (!access)
        return unexpected(access.error());
    return viewFor(id, actor.userId);
}

Result<Opened> ChatService::openConversation(const Actor &actor,
                                             const proto::CreateConversationRequest &r)
{
    if (actor.isSupport())
        return unexpected(err(code::ReadOnly, QStringLiteral("support accounts are read-only")));
    const QStringList others = r.isGroup() ? r.participantIds : QStringList{r.participantId};
    for (const QString &id : others) {
        if (id == actor.userId)
            return unexpected(err(code::Invalid,
                                  QStringLiteral("you cannot start a conversation with yourself")));
        auto user = m_users.find(id);
        if (!user)
            return unexpected(storageError(user.error()));
        if (!*user || (*user)->role == QLatin1String("support") ||
            (*user)->role == QLatin1String("system"))
            return unexpected(err(code::NotFound, QStringLiteral("no such user: %1").arg(id)));
    }
    if (!r.isGroup()) { // a block either way closes the pair's direct conversation (7.4)
        auto blocked = m_blocks.between(actor.userId, r.participantId);
        if (!blocked)
            return unexpected(storageError(blocked.error()));
        if (*blocked)
            return unexpected(
                err(code::Blocked, QStringLiteral("you cannot start a conversation here")));
    }

    const qint64 now = nowMs();
    NewConversation created;
    created.id = proto::newUuid();
    created.type = r.isGroup() ? QStringLiteral("group") : QStringLiteral("direct");
    created.title = r.isGroup() ? r.title : QString();
    created.jobId = r.jobId;
    created.jobTitle = r.jobTitle;
    created.participantIds = QStringList{actor.userId} + others;
    if (!r.isGroup()) {
        created.directKey = ConversationRepository::directKey(actor.userId, r.participantId);
        auto existing = m_conversations.findDirect(created.directKey);
        if (!existing)
            return unexpected(storageError(existing.error()));
        if (*existing) {
            const QString id = **existing;
            auto current = m_conversations.find(id, actor.userId);
            if (!current || !*current)
                return unexpected(
                    storageError(current ? DbError{QStringLiteral("vanished")} : current.error()));
            const bool newJob = !r.jobId.isEmpty() && (r.jobId != (*current)->jobId ||
                                                       r.jobTitle != (*current)->jobTitle);
            if (newJob) {
                if (auto set = m_conversations.setJobContext(id, r.jobId, r.jobTitle, now); !set)
                    return unexpected(storageError(set.error()));
                publishChange(id, created.participantIds);
            }
            auto view = viewFor(id, actor.userId);
            if (!view)
                return unexpected(view.error());
            return Opened{*view, false};
        }
    }

    // Only a conversation that is made counts (opening one that exists is free).
    if (const auto wait = m_createLimiter.tryAcquire(actor.userId, now))
        return unexpected(ApiError::rateLimited(
            QStringLiteral("too many new conversations; wait %1 s").arg(*wait), *wait));
    auto stored = m_db.transaction<bool, DbError>(
        [&]() -> Expected<bool, DbError> {
            if (auto made = m_conversations.create(created, now); !made)
                return made;
            return m_bus.conversationChanged(created.id, created.participantIds, true);
        },
        +[](const DbError &e) { return e; });
    if (!stored) {
        if (stored.error().uniqueViolation && !r.isGroup())
            return openConversation(actor, r); // another request created the pair's conversation
        return unexpected(storageError(stored.error()));
    }
    noteDelivered(created.id, 0);
    Q_EMIT conversationChanged(created.id, created.participantIds);
    auto view = viewFor(created.id, actor.userId);
    if (!view)
        return unexpected(view.error());
    return Opened{*view, true};
}

void ChatService::publishChange(const QString &conversationId, const QStringList &userIds)
{
    if (!m_bus.conversationChanged(conversationId, userIds))
        qCWarning(lcServerDb) << "could not tell the other processes of a conversation change";
    Q_EMIT conversationChanged(conversationId, userIds);
}

Result<proto::Conversation> ChatService::setArchived(const Actor &actor, const QString &id,
                                                     bool archived)
{
    auto access = requireParticipant(actor, id);
    if (!access)
        return unexpected(access.error());
    if (auto set = m_conversations.setArchived(id, actor.userId, archived); !set)
        return unexpected(storageError(set.error()));
    publishChange(id, {actor.userId});
    return viewFor(id, actor.userId);
}

Result<MessagePage> ChatService::messages(const Actor &actor, const QString &conversationId,
                                          qint64 beforeSeq, qint64 afterSeq, int limit)
{
    auto access = requireParticipant(actor, conversationId);
    if (!access)
        return unexpected(access.error());
    auto page = afterSeq >= 0 ? m_messages.after(conversationId, afterSeq, limit)
                              : m_messages.before(conversationId, beforeSeq, limit);
    if (!page)
        return unexpected(storageError(page.error()));
    return *page;
}

Result<std::optional<Stored>> ChatService::precheckSend(const Actor &actor,
                                                        const QString &conversationId,
                                                        const proto::SendMessageRequest &r,
                                                        qint64 now)
{
    if (actor.isSupport())
        return unexpected(err(code::ReadOnly, QStringLiteral("support accounts are read-only")));
    auto access = requireParticipant(actor, conversationId);
    if (!access)
        return unexpected(access.error());

    // A retry of a stored send answers with what was stored, before any limit.
    auto earlier = m_messages.findByClientId(actor.userId, r.clientId);
    if (!earlier)
        return unexpected(storageError(earlier.error()));
    if (*earlier) {
        if ((*earlier)->conversationId != conversationId)
            return unexpected(err(
                code::Conflict, QStringLiteral("this clientId was used in another conversation")));
        return std::optional<Stored>(Stored{**earlier, false});
    }
    if (auto open = refuseBlocked(actor, conversationId); !open)
        return unexpected(open.error());

    if (const auto wait = m_sendLimiter.tryAcquire(actor.userId, now))
        return unexpected(ApiError::rateLimited(
            QStringLiteral("too many messages; wait %1 s").arg(*wait), *wait));
    if (!r.replyToId.isEmpty()) {
        auto target = m_messages.find(r.replyToId);
        if (!target)
            return unexpected(storageError(target.error()));
        if (!*target || (*target)->conversationId != conversationId)
            return unexpected(err(
                code::Invalid, QStringLiteral("replyToId is not a message of this conversation")));
    }
    if (!r.attachmentIds.isEmpty()) {
        if (auto usable = checkAttachments(actor, r); !usable)
            return unexpected(usable.error());
    }
    return std::optional<Stored>();
}

Result<bool> ChatService::checkAttachments(const Actor &actor, const proto::SendMessageRequest &r)
{
    auto found = m_attachments.findMany(r.attachmentIds);
    if (!found)
        return unexpected(storageError(found.error()));
    for (const QString &id : r.attachmentIds) {
        const auto it = std::find_if(found->cbegin(), found->cend(),
                                     [&id](const AttachmentRecord &a) { return a.id == id; });
        if (it == found->cend())
            return unexpected(err(code::Invalid, QStringLiteral("no such attachment: %1").arg(id)));
        if (it->uploaderId != actor.userId)
            return unexpected(
                err(code::Forbidden, QStringLiteral("attachment %1 is not your upload").arg(id)));
        if (!it->messageId.isEmpty())
            return unexpected(err(code::Conflict,
                                  QStringLiteral("attachment %1 is already in a message").arg(id)));
        if (r.kind == QLatin1String("image") && !it->thumb)
            return unexpected(
                err(code::Invalid,
                    QStringLiteral("attachment %1 is not an image; send it as a file").arg(id)));
    }
    return true;
}

proto::Message ChatService::newMessage(const Actor &actor, const QString &conversationId,
                                       const proto::SendMessageRequest &r, qint64 now)
{
    proto::Message m;
    m.id = proto::newOrderedUuid();
    m.clientId = r.clientId;
    m.conversationId = conversationId;
    m.senderId = actor.userId;
    m.kind = r.kind;
    m.body = r.body;
    m.replyToId = r.replyToId;
    m.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    screen(m);
    return m;
}

Expected<bool, DbError> ChatService::writeMessage(proto::Message &m,
                                                  const QStringList &attachmentIds)
{
    auto seq = m_conversations.nextSeq(m.conversationId, m.createdAt.toMSecsSinceEpoch(), true);
    if (!seq)
        return unexpected(seq.error());
    m.seq = m.updatedSeq = *seq;
    if (auto inserted = m_messages.insert(m); !inserted)
        return unexpected(inserted.error());
    // The replied message as this transaction sees it (it may have changed since the check).
    if (!m.replyToId.isEmpty()) {
        if (auto preview = m_messages.fillReplyPreview(m); !preview)
            return unexpected(preview.error());
    }
    if (!attachmentIds.isEmpty()) {
        if (auto linked = m_messages.linkAttachments(m, attachmentIds); !linked)
            return unexpected(linked.error());
    }
    // The sender has read what they wrote.
    if (auto cursor =
            m_conversations.advanceCursor(m.conversationId, m.senderId, Cursor::Read, m.seq);
        !cursor)
        return unexpected(cursor.error());
    return true;
}

void ChatService::announce(const proto::Message &m, bool created)
{
    const qint64 seq = created ? m.seq : m.updatedSeq;
    const auto known = m_announced.constFind(m.conversationId);
    // Another process committed seqs before this one (its notification may
    // still be on the way): those are announced first, read from the tables.
    if (known != m_announced.constEnd() && *known < seq - 1)
        announceCommitted(m.conversationId, *known, seq - 1);
    const QStringList recipients = recipientsOf(m.conversationId);
    if (created)
        Q_EMIT messageCreated(m, recipients);
    else
        Q_EMIT messageUpdated(m, recipients);
    noteDelivered(m.conversationId, seq);
}

Result<Stored> ChatService::send(const Actor &actor, const QString &conversationId,
                                 const proto::SendMessageRequest &r)
{
    const qint64 now = nowMs();
    auto checked = precheckSend(actor, conversationId, r, now);
    if (!checked)
        return unexpected(checked.error());
    if (*checked)
        return **checked;
    proto::Message m = newMessage(actor, conversationId, r, now);
    auto stored = m_db.transaction<bool, DbError>(
        [&]() -> Expected<bool, DbError> {
            if (auto written = writeMessage(m, r.attachmentIds); !written)
                return written;
            return m_bus.messages({{m.conversationId, m.seq, m.seq}});
        },
        +[](const DbError &e) { return e; });
    if (!stored) {
        if (stored.error().uniqueViolation) // a concurrent retry of the same clientId won
            return send(actor, conversationId, r);
        return unexpected(storageError(stored.error()));
    }
    announce(m, true);
    return Stored{m, true};
}

void ChatService::sendBatched(const Actor &actor, const QString &conversationId,
                              const proto::SendMessageRequest &r, QObject *context,
                              std::function<void(const Result<Stored> &)> done)
{
    // The same clientId twice in one batch: one row, both answered with it,
    // before any other check, as a retry of a stored send is: the first was
    // checked moments ago, and a retry spends no rate budget. (A hash lookup:
    // a scan of the batch made each send cost more the further behind the
    // server was, until it delivered nothing.)
    std::pair<QString, QString> key{actor.userId, r.clientId};
    if (const auto pending = m_batchIndex.constFind(key); pending != m_batchIndex.cend()) {
        PendingSend &first = m_batch[*pending];
        if (first.message.conversationId != conversationId) { // as when the first is stored
            done(unexpected(err(code::Conflict,
                                QStringLiteral("this clientId was used in another conversation"))));
            return;
        }
        first.waiting.append({QPointer<QObject>(context), std::move(done), false});
        return;
    }
    const qint64 now = nowMs();
    auto checked = precheckSend(actor, conversationId, r, now);
    if (!checked || *checked) {
        done(checked ? Result<Stored>(**checked) : Result<Stored>(unexpected(checked.error())));
        return;
    }
    m_batchIndex.insert(std::move(key), m_batch.size());
    m_batch.append({actor,
                    r,
                    newMessage(actor, conversationId, r, now),
                    {{QPointer<QObject>(context), std::move(done), true}}});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &ChatService::flushBatch);
    }
}

void ChatService::flushBatch()
{
    m_flushScheduled = false;
    QList<PendingSend> batch = std::exchange(m_batch, {});
    m_batchIndex.clear();
    if (batch.isEmpty())
        return;
    // Conversation rows are locked in one order by every process (no
    // deadlock between two batches); arrival order is kept within each.
    std::stable_sort(batch.begin(), batch.end(), [](const PendingSend &a, const PendingSend &b) {
        return a.message.conversationId < b.message.conversationId;
    });
    // One transaction, one sync to disk and one notification, for every send
    // that arrived meanwhile.
    auto stored = m_db.transaction<bool, DbError>(
        [&]() -> Expected<bool, DbError> {
            QList<SeqRange> ranges;
            m_messages.deferIndex();
            const auto undefer = qScopeGuard([this] { m_messages.stopDeferring(); });
            for (PendingSend &p : batch) {
                if (auto written = writeMessage(p.message, p.request.attachmentIds); !written)
                    return written;
                if (!ranges.isEmpty() && ranges.last().conversationId == p.message.conversationId)
                    ranges.last().to = p.message.seq;
                else
                    ranges.append({p.message.conversationId, p.message.seq, p.message.seq});
            }
            if (auto indexed = m_messages.writeDeferredIndex(); !indexed)
                return indexed;
            return m_bus.messages(ranges);
        },
        +[](const DbError &e) { return e; });
    for (PendingSend &p : batch) {
        Result<Stored> result = stored ? Result<Stored>(Stored{p.message, true})
                                       : send(p.actor, p.message.conversationId, p.request);
        if (stored)
            announce(p.message, true);
        for (Waiting &w : p.waiting) {
            if (!w.context)
                continue; // the socket went away; the message is stored all the same
            Result<Stored> answer = result;
            if (answer && !w.first)
                answer->created = false;
            w.done(answer);
        }
    }
}

Result<proto::Message> ChatService::changeMessage(const Actor &actor, const QString &messageId,
                                                  const QString *newBody)
{
    if (actor.isSupport())
        return unexpected(err(code::ReadOnly, QStringLiteral("support accounts are read-only")));
    auto found = m_messages.find(messageId);
    if (!found)
        return unexpected(storageError(found.error()));
    if (!*found)
        return unexpected(err(code::NotFound, QStringLiteral("no such message")));
    proto::Message m = **found;
    auto access = requireParticipant(actor, m.conversationId);
    if (!access)
        return unexpected(access.error());
    if (m.senderId != actor.userId || m.kind == QLatin1String("system"))
        return unexpected(
            err(code::Forbidden, QStringLiteral("only the sender can change a message")));
    if (m.deleted) {
        if (!newBody)
            return m; // deleting twice changes nothing
        return unexpected(err(code::Conflict, QStringLiteral("the message was deleted")));
    }
    // An edit is new text: the block and the contact guard apply as to a send.
    proto::Message edited = m;
    if (newBody) {
        if (auto open = refuseBlocked(actor, m.conversationId); !open)
            return unexpected(open.error());
        edited.body = *newBody;
        screen(edited);
        if (edited.body == m.body && edited.flags == m.flags)
            return m;
    }

    const qint64 now = nowMs();
    // An edit or a delete is a write to everyone in the conversation: it
    // spends the sender's message budget like a send does.
    if (const auto wait = m_sendLimiter.tryAcquire(actor.userId, now))
        return unexpected(ApiError::rateLimited(
            QStringLiteral("too many messages and changes; wait %1 s").arg(*wait), *wait));
    auto stored = m_db.transaction<proto::Message, DbError>(
        [&]() -> Expected<proto::Message, DbError> {
            auto seq = m_conversations.nextSeq(m.conversationId, now, false);
            if (!seq)
                return unexpected(seq.error());
            m.updatedSeq = *seq;
            if (newBody) {
                m.body = edited.body;
                m.flags = edited.flags;
                m.editedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
            } else {
                m.body.clear();
                m.flags.clear();
                m.deleted = true;
                m.attachments.clear();
                m.reactions.clear(); // update() removes their rows
            }
            if (auto updated = m_messages.update(m); !updated)
                return unexpected(updated.error());
            if (auto sent = m_bus.messages({{m.conversationId, m.updatedSeq, m.updatedSeq}}); !sent)
                return unexpected(sent.error());
            return m;
        },
        +[](const DbError &e) { return e; });
    if (!stored)
        return unexpected(storageError(stored.error()));
    announce(*stored, false);
    return *stored;
}

Result<proto::Message> ChatService::edit(const Actor &actor, const QString &messageId,
                                         const QString &body)
{
    return changeMessage(actor, messageId, &body);
}

Result<proto::Message> ChatService::remove(const Actor &actor, const QString &messageId)
{
    return changeMessage(actor, messageId, nullptr);
}

Result<bool> ChatService::moveCursor(const Actor &actor, const QString &conversationId, qint64 seq,
                                     Cursor cursor)
{
    if (actor.isSupport())
        return unexpected(err(code::ReadOnly, QStringLiteral("support accounts are read-only")));
    auto conversation = m_conversations.find(conversationId, actor.userId);
    if (!conversation)
        return unexpected(storageError(conversation.error()));
    if (!*conversation)
        return unexpected(err(code::NotFound, QStringLiteral("no such conversation")));
    auto access = requireParticipant(actor, conversationId);
    if (!access)
        return unexpected(access.error());
    if (seq > (*conversation)->lastSeq)
        return unexpected(
            err(code::Invalid, QStringLiteral("seq is past the end of the conversation")));
    auto moved = m_conversations.advanceCursor(conversationId, actor.userId, cursor, seq);
    if (!moved)
        return unexpected(storageError(moved.error()));
    if (*moved) {
        if (!m_bus.cursorMoved(conversationId, actor.userId, seq, cursor))
            qCWarning(lcServerDb) << "could not tell the other processes of a cursor move";
        Q_EMIT cursorMoved(conversationId, actor.userId, seq, cursor, recipientsOf(conversationId));
    }
    return *moved;
}

} // namespace kora::server
