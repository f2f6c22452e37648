// The client cache on bad ground: a file that is not a cache, a cache from a
// newer Kora, a full disk. Each is a clear error and loses nothing. Plus the
// outbox rules that the sender relies on.
#include "Cache.h"

#include "protocol/Json.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using kora::models::Cache;
using kora::models::CacheChange;
using kora::models::CacheChanges;
using kora::models::CachedConversation;
using kora::models::CachedMessage;
using kora::models::OutboxEntry;

namespace {

kora::proto::Conversation conversation(const QString &id, qint64 updatedMs)
{
    kora::proto::Conversation c;
    c.id = id;
    c.type = QStringLiteral("direct");
    c.updatedAt = QDateTime::fromMSecsSinceEpoch(updatedMs, Qt::UTC);
    return c;
}

kora::proto::Message message(const QString &conversationId, qint64 seq, const QString &sender)
{
    kora::proto::Message m;
    m.id = conversationId + QStringLiteral("-m%1").arg(seq);
    m.clientId = conversationId + QStringLiteral("-c%1").arg(seq);
    m.conversationId = conversationId;
    m.seq = m.updatedSeq = seq;
    m.senderId = sender;
    m.kind = QStringLiteral("text");
    m.body = QStringLiteral("message %1").arg(seq);
    m.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + seq * 1000, Qt::UTC);
    return m;
}

// The same row: every field of the message as the contract carries it, and the outbox state.
bool sameRow(const CachedMessage &a, const CachedMessage &b)
{
    return a.localId == b.localId && a.message.toJson() == b.message.toJson() &&
           a.pending == b.pending && a.failed == b.failed &&
           a.localFiles.size() == b.localFiles.size();
}

OutboxEntry entry(const QString &conversationId, const QString &body)
{
    OutboxEntry e;
    e.clientId = kora::proto::newUuid();
    e.conversationId = conversationId;
    e.kind = QStringLiteral("text");
    e.body = body;
    return e;
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Full-text search over what is cached: word starts, any case or
    // accent, every word; edits and deletes are followed in the same write;
    // FTS syntax typed by the user is only words; newest first.
    void searchFollowsEveryWrite()
    {
        QTemporaryDir dir;
        auto opened = Cache::open(dir.filePath(QStringLiteral("c.sqlite3")));
        QVERIFY(opened);
        Cache &cache = **opened;
        QVERIFY(cache.upsertConversations(
            {conversation(QStringLiteral("a"), 1000), conversation(QStringLiteral("b"), 2000)}));
        QList<kora::proto::Message> batch;
        const QStringList bodies{QStringLiteral("The plumbing at Café Mensah"),
                                 QStringLiteral("Address: 12 Oxford Street, Osu"),
                                 QStringLiteral("PLUMBER arrives Monday"),
                                 QStringLiteral("nothing here")};
        for (int i = 0; i < bodies.size(); ++i) {
            kora::proto::Message m = message(i % 2 ? QStringLiteral("b") : QStringLiteral("a"),
                                             i + 1, QStringLiteral("peer"));
            m.body = bodies[i];
            batch.append(m);
        }
        QVERIFY(cache.storeMessages(batch));
        auto bodiesFor = [&](const QString &query) {
            QStringList found;
            for (const CachedMessage &m : cache.searchMessages(query, 50))
                found.append(m.message.body);
            return found;
        };
        QCOMPARE(bodiesFor(QStringLiteral("plumb")),
                 (QStringList{bodies[2], bodies[0]})); // newest first, any case
        QCOMPARE(bodiesFor(QStringLiteral("cafe")), QStringList{bodies[0]}); // accents folded
        // In one conversation only.
        QCOMPARE(cache.searchMessages(QStringLiteral("plumb"), 50, QStringLiteral("a")).size(), 2);
        QCOMPARE(cache.searchMessages(QStringLiteral("plumb"), 50, QStringLiteral("b")).size(), 0);
        QCOMPARE(bodiesFor(QStringLiteral("oxford osu")), QStringList{bodies[1]});
        QCOMPARE(bodiesFor(QStringLiteral("oxford monday")), QStringList());
        QCOMPARE(bodiesFor(QStringLiteral("lumb")), QStringList()); // word starts only
        // What FTS5 would read as syntax is only words here.
        QCOMPARE(bodiesFor(QStringLiteral("\"plumb*\" ^-:(")), (QStringList{bodies[2], bodies[0]}));
        QCOMPARE(bodiesFor(QStringLiteral("  *** ")), QStringList());
        QCOMPARE(Cache::searchWords(QStringLiteral("Où est-il? 12h")),
                 (QStringList{QStringLiteral("Où"), QStringLiteral("est"), QStringLiteral("il"),
                              QStringLiteral("12h")}));

        // An edit moves the words; a delete takes them away.
        kora::proto::Message edited = batch[1];
        edited.body = QStringLiteral("Address: 4 Ring Road");
        edited.updatedSeq = 10;
        QVERIFY(cache.storeMessages({edited}));
        QCOMPARE(bodiesFor(QStringLiteral("oxford")), QStringList());
        QCOMPARE(bodiesFor(QStringLiteral("ring")), QStringList{edited.body});
        kora::proto::Message deleted = batch[0];
        deleted.deleted = true;
        deleted.body.clear();
        deleted.updatedSeq = 11;
        QVERIFY(cache.storeMessages({deleted}));
        QCOMPARE(bodiesFor(QStringLiteral("plumb")), QStringList{bodies[2]});

        // Reopened (the index is in the file) it finds the same.
        opened->reset();
        auto again = Cache::open(dir.filePath(QStringLiteral("c.sqlite3")));
        QVERIFY(again);
        QCOMPARE((*again)->searchMessages(QStringLiteral("ring"), 50).size(), 1);
        QCOMPARE((*again)->searchMessages(QStringLiteral("ring"), 0).size(), 0);
    }

    // Each write says what it changed in messages, once: which rows (by
    // localId), their seq range and the kind; a batch of one conversation is
    // one change per kind, of several conversations one per conversation.
    void changesSayWhatChanged()
    {
        QTemporaryDir dir;
        auto opened = Cache::open(dir.filePath(QStringLiteral("c.sqlite3")));
        QVERIFY(opened);
        Cache &cache = **opened;
        QVERIFY(cache.setValue(QStringLiteral("userId"), QStringLiteral("me")));
        QVERIFY(cache.upsertConversations(
            {conversation(QStringLiteral("a"), 1000), conversation(QStringLiteral("b"), 2000)}));
        QList<CacheChanges> seen;
        connect(&cache, &Cache::messagesChanged, this,
                [&](const CacheChanges &changes) { seen.append(changes); });
        const auto only = [&]() -> CacheChanges {
            return seen.size() == 1 ? seen.first() : CacheChanges{};
        };

        // Insert: one batch of two conversations, seqs 1-3 and 7.
        QList<kora::proto::Message> batch;
        for (const qint64 seq : {1, 2, 3})
            batch.append(message(QStringLiteral("a"), seq, QStringLiteral("peer")));
        // (one with reactions: carried and read back alike, in their order)
        batch[1].reactions = {{QStringLiteral("👍"), {QStringLiteral("peer"), QStringLiteral("me")}},
                              {QStringLiteral("🎉"), {QStringLiteral("me")}}};
        batch.append(message(QStringLiteral("b"), 7, QStringLiteral("peer")));
        QVERIFY(cache.storeMessages(batch));
        QCOMPARE(seen.size(), 1);
        CacheChanges changes = only();
        QCOMPARE(changes.size(), 2);
        const CacheChange a =
            changes[0].conversationId == QLatin1String("a") ? changes[0] : changes[1];
        const CacheChange b =
            changes[0].conversationId == QLatin1String("b") ? changes[0] : changes[1];
        QCOMPARE(a.kind, CacheChange::Kind::Insert);
        QCOMPARE(a.firstSeq, 1);
        QCOMPARE(a.lastSeq, 3);
        QCOMPARE(a.localIds.size(), 3);
        QCOMPARE(b.kind, CacheChange::Kind::Insert);
        QCOMPARE(b.firstSeq, 7);
        QCOMPARE(b.lastSeq, 7);
        const QList<CachedMessage> rows = cache.messages(QStringLiteral("a"), 10);
        QCOMPARE(a.localIds, (QList<qint64>{rows[0].localId, rows[1].localId, rows[2].localId}));
        QCOMPARE(cache.messagesByLocalId(QStringLiteral("a"), a.localIds).size(), 3);
        QCOMPARE(cache.messagesByLocalId(QStringLiteral("b"), a.localIds).size(), 0);
        // A server message stored as it came is carried whole, as a read gives it.
        QCOMPARE(a.rows.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(sameRow(a.rows[i], rows[i]));
        QCOMPARE(rows[1].message.reactions.size(), 2);
        QCOMPARE(rows[1].message.reactions[0].userIds,
                 (QStringList{QStringLiteral("peer"), QStringLiteral("me")}));
        QVERIFY(rows[0].message.reactions.isEmpty());

        // Update: an edit of seq 2 (a newer updatedSeq) and a redelivery of
        // seq 3 in one batch: both rows named as updated, nothing inserted.
        seen.clear();
        kora::proto::Message edited = message(QStringLiteral("a"), 2, QStringLiteral("peer"));
        edited.body = QStringLiteral("edited");
        edited.updatedSeq = 4;
        QVERIFY(
            cache.storeMessages({edited, message(QStringLiteral("a"), 3, QStringLiteral("peer"))}));
        changes = only();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, CacheChange::Kind::Update);
        QCOMPARE(changes[0].localIds, (QList<qint64>{rows[1].localId, rows[2].localId}));
        QCOMPARE(changes[0].firstSeq, 2);
        QCOMPARE(changes[0].lastSeq, 3);
        QCOMPARE(changes[0].rows.size(), 2);
        QCOMPARE(changes[0].rows[0].message.body, QStringLiteral("edited"));
        QVERIFY(sameRow(changes[0].rows[0], *cache.message(rows[1].localId)));
        // An older version of a row changes nothing and says nothing.
        seen.clear();
        QVERIFY(cache.storeMessages({message(QStringLiteral("a"), 2, QStringLiteral("peer"))}));
        QVERIFY(seen.isEmpty());
        QCOMPARE(cache.message(rows[1].localId)->message.body, QStringLiteral("edited"));

        // Outbox: enqueue inserts a row without a seq, markFailed updates it,
        // discard deletes it; acknowledge turns another into the server's row.
        seen.clear();
        const auto queued =
            cache.enqueue(entry(QStringLiteral("a"), QStringLiteral("hi")), QStringLiteral("me"));
        QVERIFY(queued);
        changes = only();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, CacheChange::Kind::Insert);
        QCOMPARE(changes[0].localIds, QList<qint64>{queued->localId});
        QCOMPARE(changes[0].firstSeq, 0);
        QCOMPARE(changes[0].lastSeq, 0);
        seen.clear();
        QVERIFY(cache.markFailed(queued->message.clientId,
                                 {QStringLiteral("too_big"), QStringLiteral("too big")}));
        changes = only();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, CacheChange::Kind::Update);
        QCOMPARE(changes[0].localIds, QList<qint64>{queued->localId});
        seen.clear();
        QVERIFY(cache.discard(queued->message.clientId));
        changes = only();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, CacheChange::Kind::Delete);
        QCOMPARE(changes[0].localIds, QList<qint64>{queued->localId});
        QVERIFY(!cache.message(queued->localId));

        const auto sent =
            cache.enqueue(entry(QStringLiteral("b"), QStringLiteral("yo")), QStringLiteral("me"));
        QVERIFY(sent);
        seen.clear();
        kora::proto::Message stored = message(QStringLiteral("b"), 8, QStringLiteral("me"));
        stored.clientId = sent->message.clientId;
        QVERIFY(cache.acknowledge(sent->message.clientId, stored));
        changes = only();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, CacheChange::Kind::Update);
        QCOMPARE(changes[0].conversationId, QStringLiteral("b"));
        QCOMPARE(changes[0].localIds, QList<qint64>{sent->localId}); // the same row
        QCOMPARE(changes[0].firstSeq, 8);
        // ...carried as it now reads: the server's, no longer pending.
        QCOMPARE(changes[0].rows.size(), 1);
        QVERIFY(!changes[0].rows[0].pending);
        QVERIFY(sameRow(changes[0].rows[0], *cache.message(sent->localId)));

        // Receipt: a cursor moved; no rows named.
        seen.clear();
        QVERIFY(cache.setCursor(QStringLiteral("b"), QStringLiteral("peer"), 8, true));
        changes = only();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, CacheChange::Kind::Receipt);
        QCOMPARE(changes[0].userId, QStringLiteral("peer"));
        QCOMPARE(changes[0].lastSeq, 8);
        QVERIFY(changes[0].localIds.isEmpty());

        // storeMessages says which messages were new.
        QSet<QString> inserted;
        const kora::proto::Message fresh = message(QStringLiteral("a"), 9, QStringLiteral("peer"));
        QVERIFY(cache.storeMessages(
            {fresh, message(QStringLiteral("a"), 1, QStringLiteral("peer"))}, false, &inserted));
        QCOMPARE(inserted, QSet<QString>{fresh.id});
    }

    // The list opens on a first page and reads the rest page by page, in the
    // same order as the whole list.
    void conversationPagesAddUpToTheList()
    {
        QTemporaryDir dir;
        auto opened = Cache::open(dir.filePath(QStringLiteral("c.sqlite3")));
        QVERIFY(opened);
        Cache &cache = **opened;
        QList<kora::proto::Conversation> list;
        for (int i = 0; i < 25; ++i)
            list.append(conversation(QStringLiteral("c%1").arg(i), 1000 + (i % 7) * 10));
        QVERIFY(cache.upsertConversations(list));
        QList<kora::proto::Message> lasts;
        for (int i = 0; i < 25; i += 3)
            lasts.append(message(QStringLiteral("c%1").arg(i), 1, QStringLiteral("peer")));
        QVERIFY(cache.storeMessages(lasts));
        QStringList whole;
        for (const CachedConversation &c : cache.conversations())
            whole.append(c.conversation.id);
        QStringList paged;
        for (int offset = 0; offset < 30; offset += 10) {
            for (const CachedConversation &c : cache.conversations(10, offset)) {
                paged.append(c.conversation.id);
                QCOMPARE(
                    c.conversation.lastMessage.has_value(),
                    cache.conversation(c.conversation.id)->conversation.lastMessage.has_value());
            }
        }
        QCOMPARE(paged, whole);
        QCOMPARE(whole.size(), 25);
    }

    void findsTheRightConversation()
    {
        QTemporaryDir dir;
        auto cache = Cache::open(dir.filePath(QStringLiteral("c.sqlite3")));
        QVERIFY2(cache, qPrintable(cache ? QString() : cache.error()));
        QVERIFY((*cache)->upsertConversations({conversation(QStringLiteral("newest"), 3000),
                                               conversation(QStringLiteral("middle"), 2000),
                                               conversation(QStringLiteral("oldest"), 1000)}));
        QCOMPARE((*cache)->conversation(QStringLiteral("middle"))->conversation.id,
                 QStringLiteral("middle"));
        QCOMPARE((*cache)->conversation(QStringLiteral("oldest"))->conversation.id,
                 QStringLiteral("oldest"));
        QVERIFY(!(*cache)->conversation(QStringLiteral("none")).has_value());
        QVERIFY((*cache)->hasConversation(QStringLiteral("newest")));
        QCOMPARE((*cache)->conversations().first().conversation.id, QStringLiteral("newest"));
        // A conversation update without times keeps the times it had.
        kora::proto::Conversation bare;
        bare.id = QStringLiteral("oldest");
        bare.type = QStringLiteral("direct");
        QVERIFY((*cache)->upsertConversations({bare}));
        QCOMPARE((*cache)
                     ->conversation(QStringLiteral("oldest"))
                     ->conversation.updatedAt.toMSecsSinceEpoch(),
                 1000);
    }

    void wholeListAgreesWithSingleReads()
    {
        QTemporaryDir dir;
        auto opened = Cache::open(dir.filePath(QStringLiteral("c.sqlite3")));
        QVERIFY(opened);
        Cache &cache = **opened;
        QList<kora::proto::Conversation> list;
        for (int i = 0; i < 5; ++i) {
            kora::proto::Conversation c = conversation(QStringLiteral("c%1").arg(i), 1000 + i);
            c.participants = {{{QStringLiteral("me"),
                                QStringLiteral("Me"),
                                QStringLiteral("worker"),
                                {},
                                false,
                                {}},
                               0,
                               0},
                              {{QStringLiteral("p%1").arg(i),
                                QStringLiteral("Peer %1").arg(i),
                                QStringLiteral("hirer"),
                                {},
                                i % 2 == 0,
                                {}},
                               qint64(i),
                               qint64(i)}};
            list.append(c);
        }
        QVERIFY(cache.upsertConversations(list));
        QList<kora::proto::Message> messages;
        for (int i = 0; i < 4; ++i) { // c4 has no messages
            for (qint64 seq = 1; seq <= 3; ++seq) {
                kora::proto::Message m;
                m.id = kora::proto::newUuid();
                m.clientId = kora::proto::newUuid();
                m.conversationId = QStringLiteral("c%1").arg(i);
                m.seq = m.updatedSeq = seq;
                m.senderId = QStringLiteral("p%1").arg(i);
                m.kind = QStringLiteral("text");
                m.body = QStringLiteral("c%1 #%2").arg(i).arg(seq);
                m.createdAt = QDateTime::fromMSecsSinceEpoch(2000 + seq, Qt::UTC);
                messages.append(m);
            }
        }
        QVERIFY(cache.storeMessages(messages, true));
        QVERIFY(cache.enqueue(entry(QStringLiteral("c1"), QStringLiteral("still sending")),
                              QStringLiteral("me")));

        const QList<kora::models::CachedConversation> all = cache.conversations();
        QCOMPARE(all.size(), 5);
        for (const auto &fromList : all) {
            const auto single = cache.conversation(fromList.conversation.id);
            QVERIFY(single);
            const auto &a = fromList.conversation;
            const auto &b = single->conversation;
            QCOMPARE(a.participants.size(), b.participants.size());
            for (qsizetype k = 0; k < a.participants.size(); ++k) {
                QCOMPARE(a.participants[k].user.id, b.participants[k].user.id);
                QCOMPARE(a.participants[k].user.online, b.participants[k].user.online);
                QCOMPARE(a.participants[k].lastReadSeq, b.participants[k].lastReadSeq);
            }
            QCOMPARE(a.lastMessage.has_value(), b.lastMessage.has_value());
            if (a.lastMessage)
                QCOMPARE(a.lastMessage->body, b.lastMessage->body);
            QCOMPARE(fromList.pendingCount, single->pendingCount);
        }
        // The outbox row is the newest of c1; c0 ends with its last seq; c4 has none.
        QCOMPARE(cache.conversation(QStringLiteral("c1"))->conversation.lastMessage->body,
                 QStringLiteral("still sending"));
        QCOMPARE(cache.conversation(QStringLiteral("c0"))->conversation.lastMessage->body,
                 QStringLiteral("c0 #3"));
        QVERIFY(!cache.conversation(QStringLiteral("c4"))->conversation.lastMessage);
    }

    void foreignFileIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite3"));
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, '\x42'));
        junk.close();
        const auto cache = Cache::open(path);
        QVERIFY(!cache);
        QVERIFY2(cache.error().contains(path), qPrintable(cache.error()));
        QCOMPARE(QFileInfo(path).size(),
                 4096); // not overwritten: the user's data, if any, is still there
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite3"));
        {
            auto cache = Cache::open(path);
            QVERIFY(cache);
            QVERIFY((*cache)->upsertConversations({conversation(QStringLiteral("kept"), 1)}));
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const auto cache = Cache::open(path);
        QVERIFY(!cache);
        QVERIFY2(cache.error().contains(QLatin1String("newer")), qPrintable(cache.error()));
    }

    void fullDiskIsAClearErrorAndLosesNothing()
    {
        QTemporaryDir dir;
        auto opened = Cache::open(dir.filePath(QStringLiteral("c.sqlite3")));
        QVERIFY(opened);
        Cache &cache = **opened;
        QVERIFY(cache.upsertConversations({conversation(QStringLiteral("c1"), 1)}));
        QVERIFY(cache.enqueue(entry(QStringLiteral("c1"), QStringLiteral("before the disk filled")),
                              QStringLiteral("me")));

        // No file may grow past its current size: what a full disk looks like to SQLite.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit original{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &original), 0);
        rlimit full = original;
        full.rlim_cur = 1;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &full), 0);
        QString bigBody(20000, QLatin1Char('x'));
        const auto refused =
            cache.enqueue(entry(QStringLiteral("c1"), bigBody), QStringLiteral("me"));
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &original), 0);
        QVERIFY(!refused);
        QVERIFY(!refused.error().isEmpty());

        // What was there is still there, and writing works again once there is room.
        QCOMPARE(cache.pendingCount(), 1);
        QCOMPARE(cache.outbox().first().body, QStringLiteral("before the disk filled"));
        QVERIFY(cache.enqueue(entry(QStringLiteral("c1"), QStringLiteral("after")),
                              QStringLiteral("me")));
        QCOMPARE(cache.pendingCount(), 2);
    }

    void outboxKeepsOrderAndSkipsFailedHeads()
    {
        QTemporaryDir dir;
        auto opened = Cache::open(dir.filePath(QStringLiteral("c.sqlite3")));
        QVERIFY(opened);
        Cache &cache = **opened;
        QVERIFY(cache.upsertConversations(
            {conversation(QStringLiteral("c1"), 1), conversation(QStringLiteral("c2"), 2)}));
        const OutboxEntry first = entry(QStringLiteral("c1"), QStringLiteral("1"));
        QVERIFY(cache.enqueue(first, QStringLiteral("me")));
        QVERIFY(
            cache.enqueue(entry(QStringLiteral("c1"), QStringLiteral("2")), QStringLiteral("me")));
        QVERIFY(
            cache.enqueue(entry(QStringLiteral("c2"), QStringLiteral("x")), QStringLiteral("me")));
        QList<OutboxEntry> heads = cache.outboxHeads();
        QCOMPARE(heads.size(), 2);
        QCOMPARE(heads[0].body, QStringLiteral("1"));
        QVERIFY(cache.markFailed(first.clientId,
                                 {QStringLiteral("too_large"), QStringLiteral("too big")}));
        heads = cache.outboxHeads();
        QCOMPARE(heads[0].body, QStringLiteral("2")); // the failed one does not block the next
        const auto rows = cache.messages(QStringLiteral("c1"), 10);
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows[0].failed);
        QCOMPARE(rows[0].failure.message, QStringLiteral("too big"));
        QVERIFY(cache.retry(first.clientId));
        QCOMPARE(cache.outboxHeads()[0].body, QStringLiteral("1"));
        QVERIFY(cache.discard(first.clientId));
        QCOMPARE(cache.messages(QStringLiteral("c1"), 10).size(), 1);
        QCOMPARE(cache.pendingCount(), 2);
    }

    void heldDeletesWaitWithoutHoldingTheQueue()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite3"));
        QString deleteId;
        {
            auto opened = Cache::open(path);
            QVERIFY(opened);
            Cache &cache = **opened;
            QVERIFY(cache.upsertConversations({conversation(QStringLiteral("c1"), 1)}));
            QVERIFY(cache.storeMessages({message(QStringLiteral("c1"), 1, QStringLiteral("me"))}));
            // A delete held for an hour, then a message written after it.
            OutboxEntry del;
            del.clientId = deleteId = kora::proto::newUuid();
            del.conversationId = QStringLiteral("c1");
            del.targetId = QStringLiteral("c1-m1");
            const qint64 release = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
            del.notBefore = release;
            QSignalSpy outboxChanged(&cache, &Cache::outboxChanged);
            QVERIFY(cache.enqueueDelete(del));
            QCOMPARE(outboxChanged.count(), 1);
            QVERIFY(cache.enqueue(entry(QStringLiteral("c1"), QStringLiteral("after")),
                                  QStringLiteral("me")));
            QCOMPARE(cache.pendingDeletes(QStringLiteral("c1")),
                     QSet<QString>{QStringLiteral("c1-m1")});
            QVERIFY(cache.pendingDeletes(QStringLiteral("c2")).isEmpty());
            // The message behind it goes first; the delete waits for its time.
            const QList<OutboxEntry> heads = cache.outboxHeads();
            QCOMPARE(heads.size(), 1);
            QCOMPARE(heads[0].body, QStringLiteral("after"));
            QCOMPARE(cache.nextRelease(), release);
            // The list's "waiting" clock counts messages, not the delete.
            QCOMPARE(cache.conversation(QStringLiteral("c1"))->pendingCount, 1);
        }
        // Across a restart: still queued, still held, with its time and target.
        auto opened = Cache::open(path);
        QVERIFY(opened);
        Cache &cache = **opened;
        const QList<OutboxEntry> all = cache.outbox();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].kind, QStringLiteral("delete"));
        QCOMPARE(all[0].targetId, QStringLiteral("c1-m1"));
        QVERIFY(all[0].notBefore > QDateTime::currentMSecsSinceEpoch());
        // Undone: gone, and the message it aimed at is untouched.
        QVERIFY(cache.discard(deleteId));
        QVERIFY(cache.pendingDeletes(QStringLiteral("c1")).isEmpty());
        QCOMPARE(cache.nextRelease(), 0);
        QVERIFY(!cache.messages(QStringLiteral("c1"), 10).first().message.deleted);
    }

    void aStepOneCacheUpgradesAndFilesRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite3"));
        const OutboxEntry text = entry(QStringLiteral("c1"), QStringLiteral("from before"));
        {
            auto cache = Cache::open(path);
            QVERIFY(cache);
            QVERIFY((*cache)->upsertConversations({conversation(QStringLiteral("c1"), 1)}));
            QVERIFY((*cache)->enqueue(text, QStringLiteral("me")));
        }
        { // what a cache written before files were sent looks like
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE outbox_files")));
            // (step 4's column: a step-one cache has no reply previews either)
            QVERIFY(QSqlQuery(db).exec(
                QStringLiteral("ALTER TABLE messages DROP COLUMN reply_preview")));
            // (step 5's columns: nor reactions; step 6's: nor reports; step 7's:
            // nor flags, meta and contactAllowed; step 8's: nor held deletes;
            // step 9's: nor owners; step 10's: nor a search index)
            for (const char *drop :
                 {"DROP TRIGGER messages_fts_insert", "DROP TRIGGER messages_fts_delete",
                  "DROP TRIGGER messages_fts_update", "DROP TABLE messages_fts",
                  "ALTER TABLE conversations DROP COLUMN owner_id",
                  "ALTER TABLE outbox DROP COLUMN not_before",
                  "ALTER TABLE messages DROP COLUMN reactions",
                  "ALTER TABLE outbox DROP COLUMN target_id",
                  "ALTER TABLE outbox DROP COLUMN react_on",
                  "ALTER TABLE outbox DROP COLUMN reason", "DROP INDEX messages_system",
                  "ALTER TABLE messages DROP COLUMN flags", "ALTER TABLE messages DROP COLUMN meta",
                  "ALTER TABLE conversations DROP COLUMN contact_allowed"})
                QVERIFY(QSqlQuery(db).exec(QString::fromLatin1(drop)));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto opened = Cache::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        Cache &cache = **opened;
        QCOMPARE(cache.outbox().size(), 1); // kept across the upgrade
        QCOMPARE(cache.outbox().first().body, QStringLiteral("from before"));
        // What was here before the search index came is in it.
        QCOMPARE(cache.searchMessages(QStringLiteral("befo"), 10).size(), 1);

        // An entry with files: its files, their upload ids, and the row shown.
        OutboxEntry withFiles = entry(QStringLiteral("c1"), QString());
        withFiles.kind = QStringLiteral("image");
        withFiles.files = {{{QStringLiteral("/copies/0"), QStringLiteral("a.png"),
                             QStringLiteral("image/png"), 100, 40, 30},
                            {}},
                           {{QStringLiteral("/copies/1"), QStringLiteral("b.jpg"),
                             QStringLiteral("image/jpeg"), 200, 30, 40},
                            {}}};
        const auto shown = cache.enqueue(withFiles, QStringLiteral("me"));
        QVERIFY(shown);
        QCOMPARE(shown->localFiles.size(), 2);
        QCOMPARE(shown->localFiles[1].path, QStringLiteral("/copies/1"));
        QCOMPARE(shown->message.attachments.size(), 2);
        QCOMPARE(shown->message.attachments[0].width.value_or(0), 40);
        QVERIFY(cache.setUploaded(withFiles.clientId, 0, QStringLiteral("att-0")));
        QVERIFY(!cache.setUploaded(withFiles.clientId, 5, QStringLiteral("nope")));
        const OutboxEntry stored = cache.outbox().last();
        QCOMPARE(stored.files.size(), 2);
        QCOMPARE(stored.files[0].attachmentId, QStringLiteral("att-0"));
        QVERIFY(stored.files[1].attachmentId.isEmpty());
        QCOMPARE(stored.files[1].file.height, 40);

        // Acknowledged: the row carries the server's attachments, no local paths.
        kora::proto::Message ack;
        ack.id = QStringLiteral("m1");
        ack.clientId = withFiles.clientId;
        ack.conversationId = QStringLiteral("c1");
        ack.senderId = QStringLiteral("me");
        ack.seq = ack.updatedSeq = 1;
        ack.kind = QStringLiteral("image");
        ack.createdAt = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 2; ++i) {
            kora::proto::Attachment a;
            a.id = QStringLiteral("att-%1").arg(i);
            a.name = QStringLiteral("n%1").arg(i);
            a.mime = QStringLiteral("image/png");
            a.size = 10;
            a.width = 640;
            a.height = 480;
            a.url = QStringLiteral("/api/v1/attachments/") + a.id;
            a.thumbUrl = a.url + QStringLiteral("/thumb");
            ack.attachments.append(a);
        }
        QVERIFY(cache.acknowledge(withFiles.clientId, ack));
        QCOMPARE(cache.outbox().size(), 1);
        const auto row = cache.message(shown->localId);
        QVERIFY(row);
        QVERIFY(!row->pending);
        QVERIFY(row->localFiles.isEmpty());
        QCOMPARE(row->message.attachments.size(), 2);
        QCOMPARE(row->message.attachments[1].thumbUrl,
                 QStringLiteral("/api/v1/attachments/att-1/thumb"));
        QCOMPARE(row->message.attachments[1].height.value_or(0), 480);
        // And discarding an entry with files forgets its files.
        OutboxEntry dropped = withFiles;
        dropped.clientId = kora::proto::newUuid();
        QVERIFY(cache.enqueue(dropped, QStringLiteral("me")));
        QVERIFY(cache.discard(dropped.clientId));
        QVERIFY(!cache.setUploaded(dropped.clientId, 0, QStringLiteral("late")));

        // Step 7 on the upgraded file: flags, a system message's meta, contactAllowed.
        kora::proto::Conversation allowed = conversation(QStringLiteral("c1"), 1);
        allowed.contactAllowed = true;
        QVERIFY(cache.upsertConversations({allowed}));
        QVERIFY(cache.conversation(QStringLiteral("c1"))->conversation.contactAllowed);
        kora::proto::Message masked = ack;
        masked.id = QStringLiteral("m2");
        masked.clientId = kora::proto::newUuid();
        masked.seq = masked.updatedSeq = 2;
        masked.kind = QStringLiteral("text");
        masked.attachments.clear();
        masked.body = QStringLiteral("call [hidden]");
        masked.flags = {QStringLiteral("contact_masked")};
        kora::proto::Message booking = masked;
        booking.id = QStringLiteral("m3");
        booking.clientId = kora::proto::newUuid();
        booking.seq = booking.updatedSeq = 3;
        booking.kind = QStringLiteral("system");
        booking.flags.clear();
        booking.body = QStringLiteral("Booking confirmed");
        booking.meta = QJsonObject{{QStringLiteral("status"), QStringLiteral("confirmed")}};
        QVERIFY(cache.storeMessages({masked, booking}));
        QHash<QString, kora::proto::Message> byId;
        for (const auto &row : cache.messages(QStringLiteral("c1"), 10))
            byId.insert(row.message.id, row.message);
        QCOMPARE(byId.value(QStringLiteral("m2")).flags,
                 QStringList{QStringLiteral("contact_masked")});
        QVERIFY(byId.value(QStringLiteral("m2")).meta.isEmpty());
        QVERIFY(byId.value(QStringLiteral("m3")).flags.isEmpty());
        QCOMPARE(byId.value(QStringLiteral("m3")).meta.value(QLatin1String("status")).toString(),
                 QStringLiteral("confirmed"));
        const auto news = cache.systemMessages(QStringLiteral("c1"), 10);
        QCOMPARE(news.size(), 1);
        QCOMPARE(news[0].message.id, QStringLiteral("m3"));
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
