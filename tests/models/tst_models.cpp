// The item models over a real cache file: every model (and the proxy) runs
// under QAbstractItemModelTester, attached before any data arrives; data is
// then written into the cache the way the sync engine and the outbox do.
#include "Cache.h"
#include "ConversationFilterModel.h"
#include "ConversationListModel.h"
#include "MessageListModel.h"
#include "Preferences.h"
#include "QuickReplies.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kora;
using namespace kora::models;

#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const auto result_ = (expr);                                                               \
        QVERIFY2(bool(result_), qPrintable(result_ ? QString() : result_.error()));                \
    } while (false)

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto QtTestMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

const QString me = QStringLiteral("u-ama");
const QString kofi = QStringLiteral("u-kofi");
const QString efua = QStringLiteral("u-efua");
const QString jose = QStringLiteral("u-jose");

proto::Participant participant(const QString &id, qint64 read = 0, qint64 delivered = 0)
{
    static const QHash<QString, std::pair<QString, QString>> people{
        {me, {QStringLiteral("Ama Mensah"), QStringLiteral("worker")}},
        {kofi, {QStringLiteral("Kofi Asante"), QStringLiteral("hirer")}},
        {efua, {QStringLiteral("Efua Owusu"), QStringLiteral("hirer")}},
        {jose, {QStringLiteral("José Núñez"), QStringLiteral("hirer")}},
    };
    proto::Participant p;
    p.user.id = id;
    p.user.name = people.value(id).first;
    p.user.role = people.value(id).second;
    p.lastReadSeq = read;
    p.lastDeliveredSeq = qMax(read, delivered);
    return p;
}

// Local noon-ish times in January, so calendar days are the local ones.
QDateTime at(int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(2024, 1, 10 + day), QTime(hour, minute)).toUTC();
}

proto::Conversation direct(const QString &id, const QString &other, const QDateTime &updatedAt,
                           const QString &jobTitle = {})
{
    proto::Conversation c;
    c.id = id;
    c.type = QStringLiteral("direct");
    c.jobId = jobTitle.isEmpty() ? QString() : QStringLiteral("job-") + id;
    c.jobTitle = jobTitle;
    c.participants = {participant(me), participant(other)};
    c.createdAt = at(0, 8);
    c.updatedAt = updatedAt;
    return c;
}

proto::Conversation group(const QString &id, const QString &title, const QDateTime &updatedAt)
{
    proto::Conversation c = direct(id, kofi, updatedAt);
    c.type = QStringLiteral("group");
    c.title = title;
    c.participants.append(participant(efua));
    return c;
}

proto::Message message(const QString &conversationId, qint64 seq, const QString &sender,
                       const QString &body, const QDateTime &createdAt)
{
    proto::Message m;
    m.id = conversationId + QStringLiteral("-m") + QString::number(seq);
    m.clientId = conversationId + QStringLiteral("-c") + QString::number(seq);
    m.conversationId = conversationId;
    m.seq = seq;
    m.updatedSeq = seq;
    m.senderId = sender;
    m.kind = QStringLiteral("text");
    m.body = body;
    m.createdAt = createdAt;
    return m;
}

// Messages seq first..last; Kofi and I take turns unless `sender` is given.
QList<proto::Message> history(const QString &conversationId, qint64 first, qint64 last,
                              const QString &sender = {})
{
    QList<proto::Message> list;
    for (qint64 seq = first; seq <= last; ++seq) {
        const QString from = !sender.isEmpty() ? sender : (seq % 2 ? kofi : me);
        list.append(message(conversationId, seq, from, QStringLiteral("message %1").arg(seq),
                            at(0, 8).addSecs(seq * 60)));
    }
    return list;
}

OutboxEntry outboxEntry(const QString &clientId, const QString &conversationId, const QString &body)
{
    OutboxEntry e;
    e.clientId = clientId;
    e.conversationId = conversationId;
    e.kind = QStringLiteral("text");
    e.body = body;
    return e;
}

QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ConversationListModel::IdRole).toString());
    return ids;
}

qint64 seqAt(const QAbstractItemModel &model, int row)
{
    return model.index(row, 0).data(MessageListModel::SeqRole).toLongLong();
}

QVariant roleAt(const QAbstractItemModel &model, int row, int role)
{
    return model.index(row, 0).data(role);
}

// The roles announced for `row` by the dataChanged emissions in `spy`.
QSet<int> changedRoles(const QSignalSpy &spy, int row)
{
    QSet<int> roles;
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        if (topLeft.row() <= row && row <= bottomRight.row()) {
            for (const int role : args.at(2).value<QList<int>>())
                roles.insert(role);
        }
    }
    return roles;
}

QSet<int> changedRows(const QSignalSpy &spy)
{
    QSet<int> rows;
    for (const QList<QVariant> &args : spy) {
        for (int row = args.at(0).value<QModelIndex>().row();
             row <= args.at(1).value<QModelIndex>().row(); ++row)
            rows.insert(row);
    }
    return rows;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void planListEditsKeepsOrder();
    void conversationListSortsAndMoves();
    void conversationListRolesUpdate();
    void conversationListReadsOnlyNamedRows();
    void conversationFilter();
    void messageWindowPagesBack();
    void messageWindowLiveEnd();
    void outboxRows();
    void deliveryStates();
    void dateBoundaries();
    void unreadMarker();
    void messageModelAppliesOnlyWhatChanged();
    void messageModelKeyedDiffMatchesAFullRead();
    void replyPreviews();
    void reactionChips();
    void conversationListReadsTheRestInPages();
    void quickRepliesKeptInOrder();
    void quickRepliesExportAndImport();
    void quickReplyPlaceholders();
    void preferencesKeptAndSignalled();
    void quietHoursScheduleAndDoNotDisturb();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
};

void TestModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Cache::open(m_dir->filePath(QStringLiteral("cache.sqlite3")));
    QVERIFY2(bool(opened), qPrintable(opened ? QString() : opened.error()));
    m_cache = std::move(opened).value();
    CHECK_OK(m_cache->setValue(QStringLiteral("userId"), me));
}

void TestModels::cleanup()
{
    m_cache.reset();
    m_dir.reset();
}

void TestModels::planListEditsKeepsOrder()
{
    QRandomGenerator random(20240110);
    for (int round = 0; round < 2000; ++round) {
        const int oldCount = int(random.bounded(12));
        QList<int> before;
        for (int i = 0; i < oldCount; ++i)
            before.append(i);
        QList<int> after;
        for (const int key : before) {
            if (random.bounded(4) != 0)
                after.append(key);
        }
        for (int moves = int(random.bounded(3)); moves > 0 && after.size() > 1; --moves)
            after.move(random.bounded(int(after.size())), random.bounded(int(after.size())));
        for (int added = int(random.bounded(4)); added > 0; --added)
            after.insert(random.bounded(int(after.size()) + 1), 100 + added);

        QList<int> sources;
        for (const int key : after)
            sources.append(int(before.indexOf(key)));
        QList<int> rows = before;
        for (const detail::ListEdit &e : detail::planListEdits(oldCount, sources)) {
            switch (e.kind) {
            case detail::ListEdit::Kind::Remove:
                QVERIFY(0 <= e.first && e.first <= e.last && e.last < rows.size());
                rows.remove(e.first, e.last - e.first + 1);
                break;
            case detail::ListEdit::Kind::Insert:
                QVERIFY(0 <= e.first && e.first <= e.last && e.first <= rows.size());
                for (int k = 0; k <= e.last - e.first; ++k)
                    rows.insert(e.first + k, after.at(e.source + k));
                break;
            case detail::ListEdit::Kind::Move:
                // What beginMoveRows accepts: not onto itself, inside the list.
                QVERIFY(0 <= e.first && e.first < rows.size() && e.destination <= rows.size());
                QVERIFY(e.destination != e.first && e.destination != e.first + 1);
                rows.move(e.first, e.first < e.destination ? e.destination - 1 : e.destination);
                break;
            }
        }
        QCOMPARE(rows, after);
    }
    // One row to the top, or to the bottom, is one move.
    const QList<detail::ListEdit> top = detail::planListEdits(4, {3, 0, 1, 2});
    QCOMPARE(top.size(), 1);
    QCOMPARE(top.first().first, 3);
    QCOMPARE(top.first().destination, 0);
    const QList<detail::ListEdit> bottom = detail::planListEdits(4, {1, 2, 3, 0});
    QCOMPARE(bottom.size(), 1);
    QCOMPARE(bottom.first().first, 0);
    QCOMPARE(bottom.first().destination, 4);
}

void TestModels::conversationListSortsAndMoves()
{
    ConversationListModel model(*m_cache, me);
    Tester tester(&model, QtTestMode);
    QCOMPARE(model.rowCount(), 0);

    CHECK_OK(m_cache->upsertConversations(
        {direct(QStringLiteral("c1"), kofi, at(0, 9), QStringLiteral("Kitchen plumbing")),
         direct(QStringLiteral("c2"), efua, at(0, 10)),
         group(QStringLiteral("g1"), QStringLiteral("Roof crew"), at(0, 11))}));
    QCOMPARE(idsOf(model),
             (QStringList{QStringLiteral("g1"), QStringLiteral("c2"), QStringLiteral("c1")}));
    const int c1 = model.rowOf(QStringLiteral("c1"));
    QCOMPARE(model.idAt(c1), QStringLiteral("c1"));
    QCOMPARE(roleAt(model, c1, ConversationListModel::TitleRole).toString(),
             QStringLiteral("Kofi Asante"));
    QCOMPARE(roleAt(model, c1, Qt::DisplayRole).toString(), QStringLiteral("Kofi Asante"));
    QCOMPARE(roleAt(model, c1, ConversationListModel::PeerRoleRole).toString(),
             QStringLiteral("hirer"));
    QCOMPARE(roleAt(model, c1, ConversationListModel::InitialsRole).toString(),
             QStringLiteral("KA"));
    QCOMPARE(roleAt(model, c1, ConversationListModel::JobTitleRole).toString(),
             QStringLiteral("Kitchen plumbing"));
    QVERIFY(
        roleAt(model, c1, Qt::ToolTipRole).toString().contains(QStringLiteral("Kitchen plumbing")));
    QCOMPARE(roleAt(model, 0, ConversationListModel::TitleRole).toString(),
             QStringLiteral("Roof crew"));
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    QCOMPARE(model.idAt(7), QString());

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // A new message moves the oldest conversation to the top.
    CHECK_OK(m_cache->storeMessages({message(
        QStringLiteral("c1"), 1, kofi, QStringLiteral("Can you start\nMonday?"), at(0, 12))}));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.first().at(1).toInt(), 2); // source row
    QCOMPARE(moved.first().at(4).toInt(), 0); // destination
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(idsOf(model),
             (QStringList{QStringLiteral("c1"), QStringLiteral("g1"), QStringLiteral("c2")}));
    QCOMPARE(roleAt(model, 0, ConversationListModel::LastMessagePreviewRole).toString(),
             QStringLiteral("Can you start Monday?"));
    QCOMPARE(roleAt(model, 0, ConversationListModel::LastActivityRole).toDateTime(), at(0, 12));

    // A new conversation arrives at the top: one insert.
    CHECK_OK(m_cache->upsertConversations({direct(QStringLiteral("c3"), jose, at(0, 13))}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(idsOf(model), (QStringList{QStringLiteral("c3"), QStringLiteral("c1"),
                                        QStringLiteral("g1"), QStringLiteral("c2")}));
}

// Each write names the conversations it touched and the list re-reads only
// those; after every step of a random run the model holds exactly what a full
// read gives, and only named rows were announced as changed.
void TestModels::conversationListReadsOnlyNamedRows()
{
    QList<proto::Conversation> all;
    for (int i = 0; i < 120; ++i) {
        const QString peer = i % 3 == 0 ? kofi : i % 3 == 1 ? efua : jose;
        all.append(i % 10 == 0
                       ? group(QStringLiteral("g%1").arg(i), QStringLiteral("Crew %1").arg(i),
                               at(0, 8, 0).addSecs(i * 60))
                       : direct(QStringLiteral("c%1").arg(i), peer, at(0, 8, 0).addSecs(i * 60)));
    }
    CHECK_OK(m_cache->upsertConversations(all));
    ConversationListModel model(*m_cache, me);
    Tester tester(&model, QtTestMode);
    QCOMPARE(model.rowCount(), 120);

    QStringList named;
    connect(m_cache.get(), &Cache::conversationsChanged, this,
            [&](const QStringList &ids) { named = ids; });
    QRandomGenerator random(20261123);
    qint64 seq = 0;
    for (int step = 0; step < 150; ++step) {
        const proto::Conversation &c = all.at(int(random.bounded(int(all.size()))));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        named = {QStringLiteral("(none)")};
        switch (random.bounded(6)) {
        case 0:
            CHECK_OK(m_cache->storeMessages({message(
                c.id, ++seq, kofi, QStringLiteral("step %1").arg(step), at(1).addSecs(step))}));
            break;
        case 1:
            CHECK_OK(m_cache->setDraft(c.id, step % 2 ? QStringLiteral("draft %1").arg(step)
                                                      : QString()));
            break;
        case 2:
            CHECK_OK(
                m_cache->setPresence(step % 2 ? kofi : efua, step % 4 < 2, at(1).addSecs(step)));
            break;
        case 3:
            CHECK_OK(m_cache->setArchived(c.id, step % 2 == 0));
            break;
        case 4:
            CHECK_OK(m_cache->addUnread(c.id, 1));
            break;
        default:
            CHECK_OK(m_cache->enqueue(
                outboxEntry(QStringLiteral("out-%1").arg(step), c.id, QStringLiteral("queued")),
                me));
            break;
        }
        QVERIFY(named != QStringList{QStringLiteral("(none)")});
        ConversationListModel full(*m_cache, me);
        QCOMPARE(idsOf(model), idsOf(full));
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int role = ConversationListModel::IdRole;
                 role <= ConversationListModel::InitialsRole; ++role)
                QCOMPARE(roleAt(model, row, role), roleAt(full, row, role));
        }
        if (!named.isEmpty()) {
            for (const int row : changedRows(changed))
                QVERIFY2(named.contains(model.idAt(row)), qPrintable(model.idAt(row)));
        }
    }
    // A slot that writes to the cache while the list announces a change: the
    // write is not lost (the list catches up once it is done).
    const QString other = all.at(7).id;
    bool wrote = false;
    const auto writer = connect(&model, &QAbstractItemModel::dataChanged, this, [&] {
        if (!std::exchange(wrote, true))
            CHECK_OK(m_cache->setDraft(other, QStringLiteral("written from a slot")));
    });
    CHECK_OK(m_cache->addUnread(all.at(3).id, 1));
    disconnect(writer);
    QVERIFY(wrote);
    QCOMPARE(roleAt(model, model.rowOf(other), ConversationListModel::DraftRole).toString(),
             QStringLiteral("written from a slot"));

    // Presence names every conversation of that person, and only those.
    CHECK_OK(m_cache->setPresence(jose, true, {}));
    QStringList withJose;
    for (const proto::Conversation &c : std::as_const(all)) {
        if (std::any_of(c.participants.cbegin(), c.participants.cend(),
                        [](const proto::Participant &p) { return p.user.id == jose; }))
            withJose.append(c.id);
    }
    QCOMPARE(withJose.size(), 36); // the directs with José; the groups are Kofi and Efua's
    named.sort();
    withJose.sort();
    QCOMPARE(named, withJose);
}

void TestModels::conversationListRolesUpdate()
{
    ConversationListModel model(*m_cache, me);
    Tester tester(&model, QtTestMode);
    CHECK_OK(m_cache->upsertConversations({direct(QStringLiteral("c1"), kofi, at(0, 9)),
                                           direct(QStringLiteral("c2"), efua, at(0, 10))}));
    QCOMPARE(idsOf(model), (QStringList{QStringLiteral("c2"), QStringLiteral("c1")}));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    CHECK_OK(m_cache->addUnread(QStringLiteral("c2"), 2));
    QCOMPARE(changedRows(changed), QSet<int>{0});
    QCOMPARE(changedRoles(changed, 0), QSet<int>{ConversationListModel::UnreadCountRole});
    QCOMPARE(roleAt(model, 0, ConversationListModel::UnreadCountRole).toInt(), 2);

    changed.clear();
    CHECK_OK(m_cache->setPresence(kofi, true, {}));
    QCOMPARE(changedRows(changed), QSet<int>{1});
    QVERIFY(changedRoles(changed, 1).contains(ConversationListModel::OnlineRole));
    QCOMPARE(roleAt(model, 1, ConversationListModel::OnlineRole).toBool(), true);
    QCOMPARE(roleAt(model, 0, ConversationListModel::OnlineRole).toBool(), false);
    // Offline, presence is stale: nobody shows online until the link is back.
    changed.clear();
    model.setPresenceLive(false);
    QCOMPARE(roleAt(model, 1, ConversationListModel::OnlineRole).toBool(), false);
    QCOMPARE(changedRows(changed), QSet<int>{1});
    model.setPresenceLive(true);
    QCOMPARE(roleAt(model, 1, ConversationListModel::OnlineRole).toBool(), true);
    // Muted conversations say so.
    changed.clear();
    model.setMuted({QStringLiteral("c1")});
    QCOMPARE(changedRows(changed), QSet<int>{1});
    QCOMPARE(changedRoles(changed, 1), QSet<int>{ConversationListModel::MutedRole});
    QVERIFY(roleAt(model, 1, ConversationListModel::MutedRole).toBool());
    QVERIFY(!roleAt(model, 0, ConversationListModel::MutedRole).toBool());
    model.setMuted({});
    QVERIFY(!roleAt(model, 1, ConversationListModel::MutedRole).toBool());
    // A conversation with no message yet says so, not a blank line.
    QCOMPARE(roleAt(model, 0, ConversationListModel::LastMessagePreviewRole).toString(),
             QStringLiteral("No messages yet"));

    // A saved draft shows in the list by itself.
    changed.clear();
    CHECK_OK(m_cache->setDraft(QStringLiteral("c1"), QStringLiteral("half a thought")));
    QCOMPARE(changedRows(changed), QSet<int>{1});
    QCOMPARE(changedRoles(changed, 1), QSet<int>{ConversationListModel::DraftRole});
    QCOMPARE(roleAt(model, 1, ConversationListModel::DraftRole).toString(),
             QStringLiteral("half a thought"));

    // Previews of photos, files and deleted messages.
    proto::Message photo = message(QStringLiteral("c2"), 1, efua, {}, at(0, 10, 30));
    photo.kind = QStringLiteral("image");
    CHECK_OK(m_cache->storeMessages({photo}));
    QCOMPARE(roleAt(model, 0, ConversationListModel::LastMessagePreviewRole).toString(),
             QStringLiteral("Photo"));

    proto::Message file = message(QStringLiteral("c2"), 2, efua, {}, at(0, 10, 31));
    file.kind = QStringLiteral("file");
    CHECK_OK(m_cache->storeMessages({file}));
    QCOMPARE(roleAt(model, 0, ConversationListModel::LastMessagePreviewRole).toString(),
             QStringLiteral("File"));
    file.deleted = true;
    file.updatedSeq = 3;
    CHECK_OK(m_cache->storeMessages({file}));
    QCOMPARE(roleAt(model, 0, ConversationListModel::LastMessagePreviewRole).toString(),
             QStringLiteral("Message deleted"));
    // A caption says more than "Photo"; my own last message starts with "You:".
    proto::Message captioned =
        message(QStringLiteral("c2"), 4, efua, QStringLiteral("The\nnew tiles"), at(0, 10, 32));
    captioned.kind = QStringLiteral("image");
    CHECK_OK(m_cache->storeMessages({captioned}));
    QCOMPARE(roleAt(model, 0, ConversationListModel::LastMessagePreviewRole).toString(),
             QStringLiteral("The new tiles"));
    CHECK_OK(m_cache->storeMessages(
        {message(QStringLiteral("c2"), 5, me, QStringLiteral("Lovely"), at(0, 10, 33))}));
    QCOMPARE(roleAt(model, 0, ConversationListModel::LastMessagePreviewRole).toString(),
             QStringLiteral("You: Lovely"));
    QCOMPARE(moved.count(), 0);

    // Sending moves the conversation up at once and counts the pending entry.
    changed.clear();
    CHECK_OK(m_cache->enqueue(
        outboxEntry(QStringLiteral("k1"), QStringLiteral("c1"), QStringLiteral("Hi")), me));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(model.idAt(0), QStringLiteral("c1"));
    QCOMPARE(roleAt(model, 0, ConversationListModel::PendingCountRole).toInt(), 1);
    QVERIFY(changedRoles(changed, 0).contains(ConversationListModel::PendingCountRole));
    QCOMPARE(reset.count(), 0);
}

void TestModels::conversationFilter()
{
    ConversationListModel model(*m_cache, me);
    ConversationFilterModel filter;
    filter.setSourceModel(&model);
    Tester modelTester(&model, QtTestMode);
    Tester filterTester(&filter, QtTestMode);

    proto::Conversation archived =
        direct(QStringLiteral("c3"), efua, at(0, 11), QStringLiteral("Garden fence"));
    archived.archived = true;
    CHECK_OK(m_cache->upsertConversations(
        {direct(QStringLiteral("c1"), kofi, at(0, 9), QStringLiteral("Kitchen plumbing")),
         direct(QStringLiteral("c2"), jose, at(0, 10)), archived,
         group(QStringLiteral("g1"), QStringLiteral("Roof crew"), at(0, 12))}));
    QCOMPARE(idsOf(filter),
             (QStringList{QStringLiteral("g1"), QStringLiteral("c2"), QStringLiteral("c1")}));

    filter.setSearchText(QStringLiteral("PLUMB"));
    QCOMPARE(idsOf(filter), QStringList{QStringLiteral("c1")});
    filter.setSearchText(QStringLiteral("jose nunez")); // diacritics-insensitive
    QCOMPARE(idsOf(filter), QStringList{QStringLiteral("c2")});
    filter.setSearchText(QStringLiteral("crew roof"));
    QCOMPARE(idsOf(filter), QStringList{QStringLiteral("g1")});
    filter.setSearchText(QStringLiteral("fence")); // archived: not in the active list
    QCOMPARE(idsOf(filter), QStringList{});
    filter.setSearchText({});

    filter.setArchived(true);
    QCOMPARE(idsOf(filter), QStringList{QStringLiteral("c3")});
    CHECK_OK(m_cache->setArchived(QStringLiteral("c1"), true));
    QCOMPARE(idsOf(filter), (QStringList{QStringLiteral("c3"), QStringLiteral("c1")}));
    filter.setArchived(false);
    QCOMPARE(idsOf(filter), (QStringList{QStringLiteral("g1"), QStringLiteral("c2")}));

    // Source order is kept when activity reorders the source.
    CHECK_OK(m_cache->storeMessages(
        {message(QStringLiteral("c2"), 1, jose, QStringLiteral("Hola"), at(0, 13))}));
    QCOMPARE(idsOf(filter), (QStringList{QStringLiteral("c2"), QStringLiteral("g1")}));
}

void TestModels::messageWindowPagesBack()
{
    CHECK_OK(m_cache->upsertConversations({direct(QStringLiteral("c1"), kofi, at(0))}));
    MessageListModel model(*m_cache, QStringLiteral("c1"), me);
    Tester tester(&model, QtTestMode);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));

    // 1,000 messages (101..1100; the server has older ones too).
    CHECK_OK(m_cache->storeMessages(history(QStringLiteral("c1"), 101, 1100)));
    QCOMPARE(model.rowCount(), model.pageSize());
    QCOMPARE(model.pageSize(), 50);
    QCOMPARE(seqAt(model, 0), 1051);
    QCOMPARE(seqAt(model, 49), 1100);
    QVERIFY(model.atLatest());
    QCOMPARE(roleAt(model, 49, MessageListModel::SenderNameRole).toString(),
             QStringLiteral("Ama Mensah"));
    QCOMPARE(roleAt(model, 49, MessageListModel::IsOwnRole).toBool(), true);
    QCOMPARE(roleAt(model, 49, Qt::DisplayRole).toString(), QStringLiteral("message 1100"));

    QSignalSpy wanted(&model, &MessageListModel::olderHistoryWanted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row)
        seen.insert(seqAt(model, row));
    int pages = 0;
    while (model.canFetchMore({})) {
        const qint64 firstBefore = seqAt(model, 0);
        model.fetchMore({});
        QVERIFY(model.rowCount() <= model.maxRows());
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 seq = seqAt(model, row);
            QCOMPARE(seq, seqAt(model, 0) + row); // in order, no gaps, no duplicates
            if (seq < firstBefore) {
                QVERIFY(!seen.contains(seq));
                seen.insert(seq);
            }
        }
        QVERIFY(++pages < 100);
    }
    QCOMPARE(seen.size(), 1000);
    QCOMPARE(wanted.count(), 1);
    QVERIFY(model.isLoadingOlder());
    QVERIFY(!model.atLatest());
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(seqAt(model, 0), 101);
    QCOMPARE(seqAt(model, 299), 400);

    // The sync engine stores an older page: loading ends and paging goes on.
    CHECK_OK(m_cache->storeMessages(history(QStringLiteral("c1"), 51, 100), true));
    QVERIFY(!model.isLoadingOlder());
    QCOMPARE(seqAt(model, 0), 101); // the window does not grow by itself
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(seqAt(model, 0), 51);
    QCOMPARE(seqAt(model, 299), 350);
    QCOMPARE(wanted.count(), 1);

    // Exhausted again; then the server says there is nothing older.
    model.fetchMore({});
    QCOMPARE(wanted.count(), 2);
    QVERIFY(!model.canFetchMore({}));
    model.setHistoryComplete(true);
    QVERIFY(!model.isLoadingOlder());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(reset.count(), 0);
}

void TestModels::messageWindowLiveEnd()
{
    CHECK_OK(m_cache->upsertConversations({direct(QStringLiteral("c1"), kofi, at(0))}));
    MessageListModel model(*m_cache, QStringLiteral("c1"), me);
    model.setPageSize(20);
    model.setMaxRows(60);
    Tester tester(&model, QtTestMode);
    CHECK_OK(m_cache->storeMessages(history(QStringLiteral("c1"), 1, 200)));
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(seqAt(model, 0), 181);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy below(&model, &MessageListModel::newMessagesBelowChanged);

    // Live append at the live end.
    CHECK_OK(m_cache->storeMessages(
        {message(QStringLiteral("c1"), 201, kofi, QStringLiteral("live"), at(1))}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 20);
    QCOMPARE(model.rowCount(), 21);
    QCOMPARE(seqAt(model, 20), 201);

    // Paging back past maxRows leaves the live end.
    for (int steps = 0; model.atLatest(); ++steps) {
        QVERIFY(steps < 20 && model.canFetchMore({}));
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(seqAt(model, 0), 141);
    QCOMPARE(seqAt(model, 59), 200);
    QCOMPARE(model.newMessagesBelow(), 0);

    // New messages now only count below (own ones are not "new").
    inserted.clear();
    CHECK_OK(m_cache->storeMessages(
        {message(QStringLiteral("c1"), 202, kofi, QStringLiteral("a"), at(1, 13)),
         message(QStringLiteral("c1"), 203, kofi, QStringLiteral("b"), at(1, 14)),
         message(QStringLiteral("c1"), 204, me, QStringLiteral("c"), at(1, 15))}));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(model.newMessagesBelow(), 2);
    QCOMPARE(below.count(), 1);

    // fetchNewer walks back to the live end.
    for (int steps = 0; !model.atLatest(); ++steps) {
        QVERIFY(steps < 20);
        model.fetchNewer();
        QVERIFY(model.rowCount() <= 60);
    }
    QCOMPARE(seqAt(model, model.rowCount() - 1), 204);
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(model.newMessagesBelow(), 0);

    // Away again, then jump to the newest page.
    for (int steps = 0; model.atLatest(); ++steps) {
        QVERIFY(steps < 20 && model.canFetchMore({}));
        model.fetchMore({});
    }
    QVERIFY(!model.atLatest());
    model.jumpToLatest();
    QVERIFY(model.atLatest());
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(seqAt(model, 0), 185);
    QCOMPARE(seqAt(model, 19), 204);
    QCOMPARE(model.newMessagesBelow(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestModels::outboxRows()
{
    CHECK_OK(m_cache->upsertConversations({direct(QStringLiteral("c1"), kofi, at(0))}));
    MessageListModel model(*m_cache, QStringLiteral("c1"), me);
    Tester tester(&model, QtTestMode);
    CHECK_OK(m_cache->storeMessages(history(QStringLiteral("c1"), 1, 3)));
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const auto queued = m_cache->enqueue(
        outboxEntry(QStringLiteral("k1"), QStringLiteral("c1"), QStringLiteral("On my way")), me);
    QVERIFY(bool(queued));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(roleAt(model, 3, MessageListModel::StatusRole).toInt(), int(DeliveryState::Sending));
    QCOMPARE(roleAt(model, 3, MessageListModel::LocalIdRole).toLongLong(), queued->localId);
    QCOMPARE(roleAt(model, 3, MessageListModel::SeqRole).toLongLong(), 0);

    // Acknowledged: the same row turns Sent, with a seq.
    inserted.clear();
    changed.clear();
    proto::Message stored =
        message(QStringLiteral("c1"), 4, me, QStringLiteral("On my way"), at(1));
    stored.clientId = QStringLiteral("k1");
    CHECK_OK(m_cache->acknowledge(QStringLiteral("k1"), stored));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(roleAt(model, 3, MessageListModel::LocalIdRole).toLongLong(), queued->localId);
    QCOMPARE(roleAt(model, 3, MessageListModel::StatusRole).toInt(), int(DeliveryState::Sent));
    QCOMPARE(roleAt(model, 3, MessageListModel::SeqRole).toLongLong(), 4);
    QCOMPARE(roleAt(model, 3, MessageListModel::IdRole).toString(), stored.id);
    const QSet<int> roles = changedRoles(changed, 3);
    QVERIFY(roles.contains(MessageListModel::StatusRole));
    QVERIFY(roles.contains(MessageListModel::SeqRole));

    // Refused for good, then discarded.
    QVERIFY(bool(m_cache->enqueue(
        outboxEntry(QStringLiteral("k2"), QStringLiteral("c1"), QStringLiteral("Nope")), me)));
    QCOMPARE(model.rowCount(), 5);
    CHECK_OK(m_cache->markFailed(QStringLiteral("k2"),
                                 {proto::code::Forbidden, QStringLiteral("Not a participant")}));
    QCOMPARE(roleAt(model, 4, MessageListModel::StatusRole).toInt(), int(DeliveryState::Failed));
    QCOMPARE(roleAt(model, 4, MessageListModel::FailureRole).toString(),
             QStringLiteral("Not a participant"));
    removed.clear();
    CHECK_OK(m_cache->discard(QStringLiteral("k2")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 4);
    QCOMPARE(model.rowCount(), 4);

    // A message that arrives while ours is in flight, then our ack with the
    // lower seq: our row moves above it (same localId, a move, no insert).
    const auto third = m_cache->enqueue(
        outboxEntry(QStringLiteral("k3"), QStringLiteral("c1"), QStringLiteral("Soon")), me);
    QVERIFY(bool(third));
    CHECK_OK(m_cache->storeMessages(
        {message(QStringLiteral("c1"), 6, kofi, QStringLiteral("Where are you?"), at(1, 13))}));
    QCOMPARE(seqAt(model, 4), 6);
    QCOMPARE(roleAt(model, 5, MessageListModel::LocalIdRole).toLongLong(), third->localId);
    inserted.clear();
    removed.clear();
    proto::Message soon = message(QStringLiteral("c1"), 5, me, QStringLiteral("Soon"), at(1, 12));
    soon.clientId = QStringLiteral("k3");
    CHECK_OK(m_cache->acknowledge(QStringLiteral("k3"), soon));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(roleAt(model, 4, MessageListModel::LocalIdRole).toLongLong(), third->localId);
    QCOMPARE(seqAt(model, 4), 5);
    QCOMPARE(seqAt(model, 5), 6);
    QCOMPARE(reset.count(), 0);
}

void TestModels::deliveryStates()
{
    CHECK_OK(m_cache->upsertConversations({direct(QStringLiteral("c1"), kofi, at(0))}));
    MessageListModel model(*m_cache, QStringLiteral("c1"), me);
    Tester tester(&model, QtTestMode);
    CHECK_OK(m_cache->storeMessages(
        {message(QStringLiteral("c1"), 1, me, QStringLiteral("one"), at(0, 9)),
         message(QStringLiteral("c1"), 2, me, QStringLiteral("two"), at(0, 10)),
         message(QStringLiteral("c1"), 3, kofi, QStringLiteral("three"), at(0, 11))}));
    const auto status = [&](int row) {
        return roleAt(model, row, MessageListModel::StatusRole).toInt();
    };
    QCOMPARE(status(0), int(DeliveryState::Sent));
    QCOMPARE(status(1), int(DeliveryState::Sent));
    QCOMPARE(status(2), int(DeliveryState::Received));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    CHECK_OK(m_cache->setCursor(QStringLiteral("c1"), kofi, 1, false));
    QCOMPARE(status(0), int(DeliveryState::Delivered));
    QCOMPARE(status(1), int(DeliveryState::Sent));
    QCOMPARE(changedRows(changed), QSet<int>{0});
    QCOMPARE(changedRoles(changed, 0), QSet<int>{MessageListModel::StatusRole});

    changed.clear();
    CHECK_OK(m_cache->setCursor(QStringLiteral("c1"), kofi, 2, true));
    QCOMPARE(status(0), int(DeliveryState::Read));
    QCOMPARE(status(1), int(DeliveryState::Read));
    QCOMPARE(status(2), int(DeliveryState::Received));
    QCOMPARE(changedRows(changed), (QSet<int>{0, 1}));
    QCOMPARE(changedRoles(changed, 0), QSet<int>{MessageListModel::StatusRole});
    QCOMPARE(changedRoles(changed, 1), QSet<int>{MessageListModel::StatusRole});
}

void TestModels::dateBoundaries()
{
    CHECK_OK(m_cache->upsertConversations({direct(QStringLiteral("c1"), kofi, at(0))}));
    MessageListModel model(*m_cache, QStringLiteral("c1"), me);
    model.setPageSize(3);
    Tester tester(&model, QtTestMode);
    CHECK_OK(m_cache->storeMessages(
        {message(QStringLiteral("c1"), 1, kofi, QStringLiteral("a"), at(0, 10)),
         message(QStringLiteral("c1"), 2, me, QStringLiteral("b"), at(0, 15)),
         message(QStringLiteral("c1"), 3, kofi, QStringLiteral("c"), at(1, 9)),
         message(QStringLiteral("c1"), 4, me, QStringLiteral("d"), at(1, 18))}));
    const auto boundaries = [&] {
        QList<bool> list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(roleAt(model, row, MessageListModel::DateBoundaryRole).toBool());
        return list;
    };
    QCOMPARE(boundaries(), (QList<bool>{true, true, false})); // row 0 always starts a day

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(boundaries(), (QList<bool>{true, false, true, false}));
    QVERIFY(changedRoles(changed, 1).contains(MessageListModel::DateBoundaryRole));
}

void TestModels::unreadMarker()
{
    // I had read up to seq 4 when the chat was opened.
    proto::Conversation c = direct(QStringLiteral("c1"), kofi, at(0));
    c.participants = {participant(me, 4), participant(kofi)};
    CHECK_OK(m_cache->upsertConversations({c}));
    MessageListModel model(*m_cache, QStringLiteral("c1"), me);
    model.setPageSize(3);
    Tester tester(&model, QtTestMode);

    QList<proto::Message> list;
    const QString senders[] = {kofi, me, kofi, me, me, kofi, kofi, me, kofi, kofi};
    for (int i = 0; i < 10; ++i)
        list.append(message(QStringLiteral("c1"), i + 1, senders[i],
                            QStringLiteral("m%1").arg(i + 1), at(0, 9, i)));
    CHECK_OK(m_cache->storeMessages(list));
    const auto markedSeqs = [&] {
        QList<qint64> seqs;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (roleAt(model, row, MessageListModel::UnreadMarkerRole).toBool())
                seqs.append(seqAt(model, row));
        }
        return seqs;
    };
    // Window 8..10: the first unread (6) is above it, so no marker yet.
    QCOMPARE(seqAt(model, 0), 8);
    QCOMPARE(markedSeqs(), QList<qint64>{});
    model.fetchMore({});
    QCOMPARE(seqAt(model, 0), 5);
    QCOMPARE(markedSeqs(), QList<qint64>{6});
    QCOMPARE(roleAt(model, 1, MessageListModel::SenderNameRole).toString(),
             QStringLiteral("Kofi Asante"));

    // Reading everything later does not move the marker of this opening.
    CHECK_OK(m_cache->setCursor(QStringLiteral("c1"), me, 10, true));
    QCOMPARE(markedSeqs(), QList<qint64>{6});
}

// Each kind of change touches just its rows: an insert is one rowsInserted at
// the end, an edit one dataChanged for that row, a receipt the status of my
// messages it covers, an acknowledgement the same row, a discard one removal.
void TestModels::messageModelAppliesOnlyWhatChanged()
{
    const QString id = QStringLiteral("c1");
    CHECK_OK(m_cache->upsertConversations({direct(id, kofi, at(0))}));
    MessageListModel model(*m_cache, id, me);
    Tester tester(&model, QtTestMode);
    CHECK_OK(m_cache->storeMessages(history(id, 1, 80)));
    QCOMPARE(model.rowCount(), 50);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    const auto clearSpies = [&] {
        for (QSignalSpy *spy : {&inserted, &removed, &moved, &changed, &reset, &layout})
            spy->clear();
    };

    // Insert: a batch of three new messages.
    CHECK_OK(m_cache->storeMessages(history(id, 81, 83, kofi)));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 50);
    QCOMPARE(inserted.first().at(2).toInt(), 52);
    QCOMPARE(seqAt(model, 52), 83);
    QVERIFY(changed.isEmpty());
    QVERIFY(removed.isEmpty() && moved.isEmpty() && reset.isEmpty() && layout.isEmpty());

    // Update: an edit of one row in the middle.
    clearSpies();
    proto::Message edit = message(id, 60, me, QStringLiteral("edited"), at(0, 8).addSecs(3600));
    edit.updatedSeq = 84;
    edit.editedAt = at(1);
    CHECK_OK(m_cache->storeMessages({edit}));
    const int row60 = 60 - int(seqAt(model, 0));
    QCOMPARE(changedRows(changed), QSet<int>{row60});
    QVERIFY(changedRoles(changed, row60).contains(MessageListModel::BodyRole));
    QVERIFY(changedRoles(changed, row60).contains(MessageListModel::EditedRole));
    QCOMPARE(roleAt(model, row60, MessageListModel::BodyRole).toString(), QStringLiteral("edited"));
    QVERIFY(inserted.isEmpty() && removed.isEmpty() && reset.isEmpty());

    // Receipt: Kofi read up to 70; my messages up to there become Read.
    clearSpies();
    CHECK_OK(m_cache->setCursor(id, kofi, 70, true));
    QSet<int> mineUpTo70;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (roleAt(model, row, MessageListModel::IsOwnRole).toBool() && seqAt(model, row) <= 70)
            mineUpTo70.insert(row);
    }
    QCOMPARE(changedRows(changed), mineUpTo70);
    for (const int row : mineUpTo70) {
        QCOMPARE(changedRoles(changed, row), QSet<int>{MessageListModel::StatusRole});
        QCOMPARE(roleAt(model, row, MessageListModel::StatusRole).toInt(),
                 int(MessageListModel::Status::Read));
    }
    QVERIFY(inserted.isEmpty() && removed.isEmpty() && reset.isEmpty());

    // Outbox: enqueue appends, acknowledge keeps the row (now with a seq),
    // discard removes only that row.
    clearSpies();
    const auto queued =
        m_cache->enqueue(outboxEntry(QStringLiteral("out-1"), id, QStringLiteral("sending")), me);
    QVERIFY(queued);
    QCOMPARE(inserted.count(), 1);
    const int outRow = model.rowCount() - 1;
    QCOMPARE(roleAt(model, outRow, MessageListModel::LocalIdRole).toLongLong(), queued->localId);
    clearSpies();
    proto::Message acked = message(id, 84, me, QStringLiteral("sending"), at(1, 13));
    acked.clientId = QStringLiteral("out-1");
    CHECK_OK(m_cache->acknowledge(QStringLiteral("out-1"), acked));
    QVERIFY(inserted.isEmpty() && removed.isEmpty() && reset.isEmpty());
    QCOMPARE(roleAt(model, outRow, MessageListModel::LocalIdRole).toLongLong(), queued->localId);
    QCOMPARE(seqAt(model, outRow), 84);
    QVERIFY(changedRoles(changed, outRow).contains(MessageListModel::SeqRole));

    const auto doomed =
        m_cache->enqueue(outboxEntry(QStringLiteral("out-2"), id, QStringLiteral("never")), me);
    QVERIFY(doomed);
    const int rowsBefore = model.rowCount();
    clearSpies();
    CHECK_OK(m_cache->discard(QStringLiteral("out-2")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), rowsBefore - 1);
    QCOMPARE(model.rowCount(), rowsBefore - 1);
    QVERIFY(inserted.isEmpty() && reset.isEmpty() && layout.isEmpty());

    // Another conversation's changes touch nothing here.
    CHECK_OK(m_cache->upsertConversations({direct(QStringLiteral("c2"), efua, at(0))}));
    clearSpies();
    CHECK_OK(m_cache->storeMessages(history(QStringLiteral("c2"), 1, 5)));
    QVERIFY(inserted.isEmpty() && changed.isEmpty() && removed.isEmpty());
}

// A random run of inserts (in order, late ones filling gaps, redeliveries),
// edits, deletions, receipts and outbox traffic: after every step the model
// holds exactly what a fresh model of the same rows shows, role for role.
void TestModels::messageModelKeyedDiffMatchesAFullRead()
{
    const QString id = QStringLiteral("c1");
    CHECK_OK(m_cache->upsertConversations({group(id, QStringLiteral("Crew"), at(0))}));
    QList<proto::Message> all = history(id, 1, 60);
    all.removeAt(55); // seq 56 arrives late
    MessageListModel model(*m_cache, id, me);
    model.setPageSize(20);
    model.setMaxRows(40);
    Tester tester(&model, QtTestMode);
    CHECK_OK(m_cache->storeMessages(all));
    QHash<qint64, QString> senders; // a message keeps its sender through edits
    for (const proto::Message &m : std::as_const(all))
        senders.insert(m.seq, m.senderId);
    QRandomGenerator random(20261202);
    qint64 seq = 60;
    qint64 updated = 1000;
    QStringList queued;
    for (int step = 0; step < 120; ++step) {
        switch (random.bounded(7)) {
        case 0: { // a batch of new messages, some from me
            QList<proto::Message> batch;
            for (int k = int(random.bounded(1, 5)); k > 0; --k) {
                ++seq;
                senders.insert(seq, k % 2 ? kofi : me);
                batch.append(message(id, seq, senders.value(seq), QStringLiteral("new %1").arg(seq),
                                     at(1).addSecs(seq * 60)));
            }
            CHECK_OK(m_cache->storeMessages(batch));
            break;
        }
        case 1: { // an edit or a deletion of a recent row
            const qint64 target = seq - random.bounded(10);
            if (!senders.contains(target))
                break; // an acknowledged outbox row: edited through the server only
            proto::Message m = message(id, target, senders.value(target),
                                       QStringLiteral("edit %1").arg(step), at(1));
            m.updatedSeq = ++updated;
            m.deleted = step % 3 == 0;
            m.editedAt = at(1);
            CHECK_OK(m_cache->storeMessages({m}));
            break;
        }
        case 2: // a receipt
            CHECK_OK(m_cache->setCursor(id, step % 2 ? kofi : efua, seq - random.bounded(5),
                                        step % 3 != 0));
            break;
        case 3: { // enqueue
            const QString clientId = QStringLiteral("out-%1").arg(step);
            QVERIFY(m_cache->enqueue(outboxEntry(clientId, id, QStringLiteral("q")), me));
            queued.append(clientId);
            break;
        }
        case 4: // acknowledge the oldest queued one, perhaps after others arrived
            if (!queued.isEmpty()) {
                proto::Message m = message(id, ++seq, me, QStringLiteral("q"), at(2));
                m.clientId = queued.takeFirst();
                CHECK_OK(m_cache->acknowledge(m.clientId, m));
            }
            break;
        case 5: // discard or fail the newest queued one
            if (!queued.isEmpty()) {
                if (step % 2)
                    CHECK_OK(m_cache->discard(queued.takeLast()));
                else
                    CHECK_OK(m_cache->markFailed(queued.last(), {QStringLiteral("e"), {}}));
            }
            break;
        default: // the late one, or a redelivery
            CHECK_OK(m_cache->storeMessages(
                {message(id, 56, kofi, QStringLiteral("message 56"), at(0, 8).addSecs(56 * 60))}));
            senders.insert(56, kofi);
            break;
        }
        QVERIFY(model.atLatest());
        MessageListModel fresh(*m_cache, id, me);
        fresh.setPageSize(model.rowCount());
        fresh.jumpToLatest();
        QCOMPARE(fresh.rowCount(), model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int role = MessageListModel::LocalIdRole; role <= MessageListModel::StatusRole;
                 ++role) {
                if (role == MessageListModel::UnreadMarkerRole)
                    continue;
                QVERIFY2(
                    roleAt(model, row, role) == roleAt(fresh, row, role),
                    qPrintable(
                        QStringLiteral("step %1 row %2 role %3").arg(step).arg(row).arg(role)));
            }
            QCOMPARE(roleAt(model, row, MessageListModel::DateBoundaryRole),
                     roleAt(fresh, row, MessageListModel::DateBoundaryRole));
        }
    }
}

// More conversations than the first page: the list shows the first page at
// once and the rest arrives on later turns (or at once with fetchMore), in
// the same order as a full read, with changes meanwhile not lost or doubled.
void TestModels::conversationListReadsTheRestInPages()
{
    QList<proto::Conversation> all;
    for (int i = 0; i < 1234; ++i)
        all.append(
            direct(QStringLiteral("c%1").arg(i), i % 2 ? kofi : efua, at(0, 8).addSecs(i * 60)));
    CHECK_OK(m_cache->upsertConversations(all));
    ConversationListModel model(*m_cache, me);
    Tester tester(&model, QtTestMode); // it fetches one more page, as a view may
    QVERIFY(model.rowCount() < 1234);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.idAt(0), QStringLiteral("c1233"));
    // A message in a conversation not read yet brings it to the top now.
    CHECK_OK(m_cache->storeMessages(
        {message(QStringLiteral("c5"), 1, kofi, QStringLiteral("hello"), at(3))}));
    QCOMPARE(model.idAt(0), QStringLiteral("c5"));
    // A row already read moves to the top on its own.
    CHECK_OK(m_cache->storeMessages(
        {message(QStringLiteral("c1230"), 1, kofi, QStringLiteral("hi"), at(4))}));
    QCOMPARE(model.idAt(0), QStringLiteral("c1230"));
    QCOMPARE(model.idAt(1), QStringLiteral("c5"));
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(model.rowCount(), 1234);
    QVERIFY(!model.canFetchMore({}));
    CHECK_OK(m_cache->setValue(QStringLiteral("x"), QStringLiteral("y")));
    ConversationListModel full(*m_cache, me);
    Tester fullTester(&full, QtTestMode);
    while (full.canFetchMore({}))
        full.fetchMore({});
    QCOMPARE(idsOf(model), idsOf(full));
    // rowOf a row not read yet reads the rest first.
    ConversationListModel third(*m_cache, me);
    Tester thirdTester(&third, QtTestMode);
    QVERIFY(!third.isComplete());
    QCOMPARE(third.rowOf(QStringLiteral("c0")), 1233);
    QVERIFY(third.isComplete());
}

// ReplyPreviewRole: the server's preview as stored, refreshed from the
// original when the cache holds it (also outside the window), following an
// edit or a delete of the original in the window; invalid for other rows.
void TestModels::replyPreviews()
{
    const QString id = QStringLiteral("c1");
    CHECK_OK(m_cache->upsertConversations({direct(id, kofi, at(0))}));
    MessageListModel model(*m_cache, id, me);
    model.setPageSize(20);
    Tester tester(&model, QtTestMode);
    CHECK_OK(m_cache->storeMessages(history(id, 1, 60)));
    const auto reply = [&](qint64 seq, qint64 to, const QString &serverBody) {
        proto::Message m =
            message(id, seq, kofi, QStringLiteral("reply %1").arg(seq), at(0, 8).addSecs(seq * 60));
        m.replyToId = id + QStringLiteral("-m") + QString::number(to);
        m.replyPreview = proto::ReplyPreview{m.replyToId, to % 2 ? kofi : me,
                                             QStringLiteral("text"), serverBody, false};
        return m;
    };
    // 61 answers 60 (in the window), 62 answers 5 (cached, outside the window),
    // 63 answers a message this cache never saw (the server's preview).
    proto::Message unknown = reply(63, 0, QStringLiteral("from the server\nsecond line"));
    unknown.replyToId = unknown.replyPreview->id = QStringLiteral("elsewhere");
    CHECK_OK(m_cache->storeMessages(
        {reply(61, 60, QStringLiteral("stale")), reply(62, 5, QStringLiteral("stale")), unknown}));
    const int last = model.rowCount() - 1;
    QCOMPARE(seqAt(model, last), 63);
    const auto preview = [&](int row) {
        return roleAt(model, row, MessageListModel::ReplyPreviewRole).toMap();
    };
    QVERIFY(!roleAt(model, last - 3, MessageListModel::ReplyPreviewRole).isValid());
    QCOMPARE(preview(last - 2).value(QStringLiteral("body")).toString(),
             QStringLiteral("message 60"));
    QCOMPARE(preview(last - 2).value(QStringLiteral("isOwn")).toBool(), true);
    QCOMPARE(preview(last - 2).value(QStringLiteral("known")).toBool(), true);
    // Carried rows hold the server's preview until read back from the cache.
    model.reload();
    QCOMPARE(preview(last - 1).value(QStringLiteral("body")).toString(),
             QStringLiteral("message 5"));
    QCOMPARE(preview(last - 1).value(QStringLiteral("senderName")).toString(),
             QStringLiteral("Kofi Asante"));
    QCOMPARE(preview(last).value(QStringLiteral("body")).toString(),
             QStringLiteral("from the server\nsecond line"));
    QCOMPARE(preview(last).value(QStringLiteral("id")).toString(), QStringLiteral("elsewhere"));

    // The original is edited, then deleted: the reply's preview follows, announced.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    proto::Message edit = message(id, 60, me, QStringLiteral("edited original"), at(0, 9));
    edit.updatedSeq = 64;
    edit.editedAt = at(1);
    CHECK_OK(m_cache->storeMessages({edit}));
    QVERIFY(changedRoles(changed, last - 2).contains(MessageListModel::ReplyPreviewRole));
    QCOMPARE(preview(last - 2).value(QStringLiteral("body")).toString(),
             QStringLiteral("edited original"));
    changed.clear();
    proto::Message gone = edit;
    gone.updatedSeq = 65;
    gone.deleted = true;
    gone.body.clear();
    CHECK_OK(m_cache->storeMessages({gone}));
    QVERIFY(changedRoles(changed, last - 2).contains(MessageListModel::ReplyPreviewRole));
    QCOMPARE(preview(last - 2).value(QStringLiteral("deleted")).toBool(), true);
    QCOMPARE(preview(last - 2).value(QStringLiteral("body")).toString(), QString());

    // An own reply waiting in the outbox: the preview from the cached original at once.
    OutboxEntry out = outboxEntry(QStringLiteral("out-r"), id, QStringLiteral("my answer"));
    out.replyToId = id + QStringLiteral("-m7");
    QVERIFY(m_cache->enqueue(out, me));
    const int outRow = model.rowCount() - 1;
    QCOMPARE(roleAt(model, outRow, MessageListModel::ReplyToIdRole).toString(), out.replyToId);
    QCOMPARE(preview(outRow).value(QStringLiteral("body")).toString(), QStringLiteral("message 7"));
    // And the server's preview survives in the cache (a fresh model of the same rows).
    MessageListModel fresh(*m_cache, id, me);
    Tester freshTester(&fresh, QtTestMode);
    QCOMPARE(fresh.index(fresh.rowCount() - 2, 0)
                 .data(MessageListModel::ReplyPreviewRole)
                 .toMap()
                 .value(QStringLiteral("body"))
                 .toString(),
             QStringLiteral("from the server\nsecond line"));
}

// ReactionsRole: the server's reactions as cached, my toggles still in the
// outbox applied over them at once (announced as a ReactionsRole change of
// that row only), the server's answer taking over without a change when it
// agrees, and a refused toggle (its entry discarded) rolled back.
void TestModels::reactionChips()
{
    const QString id = QStringLiteral("c1");
    CHECK_OK(m_cache->upsertConversations({direct(id, kofi, at(0))}));
    MessageListModel model(*m_cache, id, me);
    Tester tester(&model, QtTestMode);
    QList<proto::Message> messages = history(id, 1, 6);
    const QString thumbs = QStringLiteral("👍");
    const QString heart = QStringLiteral("❤️");
    messages[4].reactions = {{thumbs, {kofi}}};
    CHECK_OK(m_cache->storeMessages(messages));
    const int row = 4;
    const QString target = messages[4].id;
    const auto chips = [&] { return roleAt(model, row, MessageListModel::ReactionsRole).toList(); };
    const auto chip = [&](int i) { return chips().value(i).toMap(); };
    QCOMPARE(chips().size(), 1);
    QVERIFY(roleAt(model, row - 1, MessageListModel::ReactionsRole).toList().isEmpty());
    QCOMPARE(chip(0).value(QStringLiteral("emoji")).toString(), thumbs);
    QCOMPARE(chip(0).value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(chip(0).value(QStringLiteral("mine")).toBool(), false);
    QCOMPARE(chip(0).value(QStringLiteral("names")).toStringList(),
             QStringList{QStringLiteral("Kofi Asante")});

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    int toggles = 0;
    const auto toggle = [&](const QString &emoji, bool on) {
        OutboxEntry e = outboxEntry(QStringLiteral("react-%1").arg(++toggles), id, emoji);
        e.kind = QStringLiteral("react");
        e.targetId = target;
        e.reactOn = on;
        return m_cache->enqueueReaction(e) ? e.clientId : QString();
    };
    const QString first = toggle(thumbs, true); // mine too: 2, highlighted
    QVERIFY(!first.isEmpty());
    QCOMPARE(changedRows(changed), QSet<int>{row});
    QCOMPARE(changedRoles(changed, row), QSet<int>{MessageListModel::ReactionsRole});
    QCOMPARE(chip(0).value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(chip(0).value(QStringLiteral("mine")).toBool(), true);
    const QString second = toggle(heart, true); // a new emoji goes last
    QCOMPARE(chips().size(), 2);
    QCOMPARE(chip(1).value(QStringLiteral("emoji")).toString(), heart);
    const QString third = toggle(heart, false); // toggled twice: gone again
    QCOMPARE(chips().size(), 1);
    QCOMPARE(m_cache->pendingReactions(id).size(), 3);
    // No "sending" row and no pending count in the list for reactions.
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(m_cache->conversation(id)->pendingCount, 0);

    // The server's answer to the first: its list holds mine; nothing moves.
    proto::Message answered = messages[4];
    answered.updatedSeq = 7;
    answered.reactions = {{thumbs, {kofi, me}}};
    changed.clear();
    CHECK_OK(m_cache->acknowledgeReaction(first, answered));
    QVERIFY(changedRoles(changed, row).isEmpty() ||
            changedRoles(changed, row) == QSet<int>{MessageListModel::ReactionsRole});
    QCOMPARE(chip(0).value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(m_cache->pendingReactions(id).size(), 2);

    // Refused (the outbox drops them): back to the server's list.
    changed.clear();
    CHECK_OK(m_cache->discard(second)); // the heart's "off" alone takes nothing away
    QCOMPARE(chips().size(), 1);
    CHECK_OK(m_cache->discard(third));
    QCOMPARE(chips().size(), 1);
    QCOMPARE(chip(0).value(QStringLiteral("mine")).toBool(), true);
    QVERIFY(m_cache->pendingReactions(id).isEmpty());

    // Someone takes theirs back (message_updated): a fresh read agrees.
    proto::Message later = answered;
    later.updatedSeq = 8;
    later.reactions = {{thumbs, {me}}};
    CHECK_OK(m_cache->storeMessages({later}));
    QCOMPARE(chip(0).value(QStringLiteral("count")).toInt(), 1);
    MessageListModel fresh(*m_cache, id, me);
    Tester freshTester(&fresh, QtTestMode);
    QCOMPARE(fresh.index(row, 0).data(MessageListModel::ReactionsRole), chips());
    // The last one taken back: no chips, and the column is empty again.
    later.updatedSeq = 9;
    later.reactions.clear();
    CHECK_OK(m_cache->storeMessages({later}));
    QVERIFY(chips().isEmpty());
    QVERIFY(m_cache->messages(id, 10).at(row).message.reactions.isEmpty());
}

// Add, edit, delete and reorder: each kept in the cache file (a model on a
// reopened cache sees the same list), refusals change nothing.
void TestModels::quickRepliesKeptInOrder()
{
    auto replies = std::make_unique<QuickReplies>(*m_cache);
    Tester tester(replies.get(), QtTestMode);
    const auto first = replies->add(QStringLiteral("Availability"),
                                    QStringLiteral("Hi {first_name}, I can start on Monday."));
    QVERIFY2(bool(first), qPrintable(first ? QString() : first.error()));
    const auto second = replies->add({}, QStringLiteral("  Thanks for booking {job}!\nSee you. "));
    QVERIFY(bool(second));
    const auto third = replies->add(QStringLiteral("Price"), QStringLiteral("It is 450 GHS."));
    QVERIFY(bool(third));
    QCOMPARE(replies->rowCount(), 3);
    // Trimmed; no title: the first line stands for it.
    QCOMPARE(replies->replies().at(1).text, QStringLiteral("Thanks for booking {job}!\nSee you."));
    QCOMPARE(replies->index(1).data().toString(), QStringLiteral("Thanks for booking {job}!"));

    // Refused, with the reason, and nothing changes.
    QVERIFY(!replies->add(QStringLiteral("Empty"), QStringLiteral("   ")));
    QVERIFY(!replies->add({}, QString(QuickReplies::maxText + 1, QLatin1Char('x'))));
    QVERIFY(
        !replies->add(QString(QuickReplies::maxTitle + 1, QLatin1Char('t')), QStringLiteral("ok")));
    QVERIFY(!replies->update(QStringLiteral("no-such-id"), {}, QStringLiteral("x")));
    QVERIFY(!replies->move(0, 3));
    QCOMPARE(replies->rowCount(), 3);

    CHECK_OK(replies->update(*third, QStringLiteral("Price"), QStringLiteral("It is 500 GHS.")));
    CHECK_OK(replies->move(2, 0)); // Price first
    CHECK_OK(replies->remove(*second));
    CHECK_OK(replies->remove(*second)); // already gone: fine
    const QList<QuickReply> now = replies->replies();
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.at(0).text, QStringLiteral("It is 500 GHS."));
    QCOMPARE(now.at(1).title, QStringLiteral("Availability"));

    // Another model on the same file (the next start) reads the same list.
    replies.reset();
    QuickReplies again(*m_cache);
    QCOMPARE(again.replies(), now);
    // Search folds case and accents.
    CHECK_OK(again.add(QStringLiteral("Café"), QStringLiteral("À bientôt")));
    QVERIFY(again.index(2)
                .data(QuickReplies::SearchRole)
                .toString()
                .contains(QStringLiteral("cafe a bientot")));
}

void TestModels::quickRepliesExportAndImport()
{
    QuickReplies replies(*m_cache);
    CHECK_OK(replies.add(QStringLiteral("Hello"), QStringLiteral("Hello {name}")));
    CHECK_OK(replies.add({}, QStringLiteral("On my way")));
    const QByteArray exported = replies.exportJson();

    // Into another account's list: all of it; a second import adds nothing.
    QTemporaryDir other;
    auto opened = Cache::open(other.filePath(QStringLiteral("other.sqlite3")));
    QVERIFY(bool(opened));
    std::unique_ptr<Cache> otherCache = std::move(opened).value();
    QuickReplies theirs(*otherCache);
    CHECK_OK(theirs.add({}, QStringLiteral("On my way")));
    const auto added = theirs.importJson(exported);
    QVERIFY2(bool(added), qPrintable(added ? QString() : added.error()));
    QCOMPARE(*added, 1); // "On my way" was there already
    QCOMPARE(theirs.rowCount(), 2);
    QCOMPARE(theirs.replies().at(1).text, QStringLiteral("Hello {name}"));
    QCOMPARE(*theirs.importJson(exported), 0);

    // Hostile or wrong files: a clear error and nothing added.
    const QList<QByteArray> bad{
        "not json",
        "[]",
        R"({"format":"something-else","version":1,"replies":[]})",
        R"({"format":"kora-quick-replies","version":99,"replies":[]})",
        R"({"format":"kora-quick-replies","version":1,"replies":{}})",
        R"({"format":"kora-quick-replies","version":1,"replies":[{"text":"new one"},{"text":42}]})",
        R"({"format":"kora-quick-replies","version":1,"replies":[{"title":"t","text":""}]})",
        QByteArray(QuickReplies::maxImportBytes + 1, ' '),
    };
    for (const QByteArray &json : bad) {
        const auto refused = theirs.importJson(json);
        QVERIFY2(!refused, json.left(80).constData());
        QVERIFY(!refused.error().isEmpty());
        QCOMPARE(theirs.rowCount(), 2);
    }
    // Too many at once: none of them.
    QJsonArray many;
    for (int i = 0; i < QuickReplies::maxCount; ++i)
        many.append(QJsonObject{{QStringLiteral("text"), QStringLiteral("reply %1").arg(i)}});
    const QJsonObject full{{QStringLiteral("format"), QStringLiteral("kora-quick-replies")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("replies"), many}};
    QVERIFY(!theirs.importJson(QJsonDocument(full).toJson()));
    QCOMPARE(theirs.rowCount(), 2);
}

void TestModels::quickReplyPlaceholders()
{
    const QuickReplies::Context kofi{QStringLiteral("Kofi Asante"), QStringLiteral("JOB-1042"),
                                     QStringLiteral("Kitchen tiling")};
    QCOMPARE(QuickReplies::fill(QStringLiteral("Hi {first_name}! ({name}) About {job}."), kofi),
             QStringLiteral("Hi Kofi! (Kofi Asante) About Kitchen tiling."));
    // No title: the job id; nothing known: left as written, for the user to see.
    QCOMPARE(QuickReplies::fill(QStringLiteral("{job}"),
                                {QStringLiteral("A"), QStringLiteral("JOB-7"), {}}),
             QStringLiteral("JOB-7"));
    QCOMPARE(QuickReplies::fill(QStringLiteral("About {job}, {first_name}"), {}),
             QStringLiteral("About {job}, {first_name}"));
    // Unknown or broken placeholders stay; a value holding a placeholder is not filled again.
    QCOMPARE(QuickReplies::fill(QStringLiteral("{nam} {name {job}}"), kofi),
             QStringLiteral("{nam} {name Kitchen tiling}"));
    QCOMPARE(QuickReplies::fill(QStringLiteral("{name}"),
                                {QStringLiteral("{job}"), {}, QStringLiteral("x")}),
             QStringLiteral("{job}"));
    // Right-to-left names and text.
    QCOMPARE(QuickReplies::fill(QStringLiteral("مرحبا {first_name}"),
                                {QStringLiteral("سارة أحمد"), {}, {}}),
             QStringLiteral("مرحبا سارة"));
}

// Preferences are saved at once (a second instance on the same file reads
// them) and signal only real changes.
void TestModels::preferencesKeptAndSignalled()
{
    const QString file = m_dir->filePath(QStringLiteral("prefs.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        models::Preferences prefs(settings);
        QCOMPARE(prefs.theme(), QStringLiteral("system"));
        QVERIFY(prefs.language().isEmpty());
        QVERIFY(prefs.sound());
        QVERIFY(prefs.showPreview());
        QVERIFY(!prefs.isQuiet());
        QSignalSpy theme(&prefs, &models::Preferences::themeChanged);
        QSignalSpy language(&prefs, &models::Preferences::languageChanged);
        QSignalSpy notifications(&prefs, &models::Preferences::notificationsChanged);
        QSignalSpy important(&prefs, &models::Preferences::importantChanged);
        prefs.setTheme(QStringLiteral("dark"));
        prefs.setTheme(QStringLiteral("dark"));
        QCOMPARE(theme.count(), 1);
        prefs.setTheme(QStringLiteral("purple")); // unknown: the system's
        QCOMPARE(prefs.theme(), QStringLiteral("system"));
        QCOMPARE(theme.count(), 2);
        prefs.setTheme(QStringLiteral("dark"));
        prefs.setLanguage(QStringLiteral("fr"));
        prefs.setLanguage(QStringLiteral("fr"));
        QCOMPARE(language.count(), 1);
        prefs.setShowPreview(false);
        prefs.setSound(true); // unchanged
        QCOMPARE(notifications.count(), 1);
        prefs.setImportant(QStringLiteral("kofi"), true);
        prefs.setImportant(QStringLiteral("kofi"), true);
        QCOMPARE(important.count(), 1);
        prefs.setSpellLanguage(QStringLiteral("fr_FR"));
        QSignalSpy perConversation(&prefs, &models::Preferences::conversationSpellLanguageChanged);
        prefs.setConversationSpellLanguage(QStringLiteral("c1"), QStringLiteral("en_US"));
        prefs.setConversationSpellLanguage(QStringLiteral("c1"), QStringLiteral("en_US"));
        prefs.setConversationSpellLanguage(QStringLiteral("c2"), QStringLiteral("off"));
        QCOMPARE(perConversation.count(), 2);
        QCOMPARE(perConversation.at(0).at(0).toString(), QStringLiteral("c1"));
        QCOMPARE(perConversation.at(0).at(1).toString(), QStringLiteral("en_US"));
    }
    QSettings settings(file, QSettings::IniFormat);
    models::Preferences again(settings);
    QCOMPARE(again.theme(), QStringLiteral("dark"));
    QCOMPARE(again.language(), QStringLiteral("fr"));
    QVERIFY(!again.showPreview());
    QVERIFY(again.isImportant(QStringLiteral("kofi")));
    QVERIFY(!again.isImportant(QStringLiteral("efua")));
    QCOMPARE(again.spellLanguage(), QStringLiteral("fr_FR"));
    QCOMPARE(again.effectiveSpellLanguage(QStringLiteral("c1")), QStringLiteral("en_US"));
    QCOMPARE(again.effectiveSpellLanguage(QStringLiteral("c2")), QStringLiteral("off"));
    QCOMPARE(again.effectiveSpellLanguage(QStringLiteral("c3")), QStringLiteral("fr_FR"));
    again.setConversationSpellLanguage(QStringLiteral("c1"), {}); // back to the default
    QVERIFY(!settings.contains(QStringLiteral("spellcheck/conversations/c1")));
    QCOMPARE(again.effectiveSpellLanguage(QStringLiteral("c1")), QStringLiteral("fr_FR"));
    again.setLanguage({}); // back to the system's
    QVERIFY(!settings.contains(QStringLiteral("appearance/language")));
}

// Quiet hours: do not disturb for a while, until tomorrow 08:00, a daily
// schedule across midnight, and the two joined when they touch.
void TestModels::quietHoursScheduleAndDoNotDisturb()
{
    QSettings settings(m_dir->filePath(QStringLiteral("quiet.ini")), QSettings::IniFormat);
    models::Preferences prefs(settings);
    QSignalSpy quiet(&prefs, &models::Preferences::quietChanged);
    const QDateTime evening(QDate(2026, 12, 4), QTime(21, 30));
    QVERIFY(!prefs.isQuiet(evening));
    QVERIFY(!prefs.nextChange(evening).isValid());

    prefs.setSchedule(true, QTime(22, 0), QTime(7, 0));
    QCOMPARE(quiet.count(), 1); // changed (quiet or not depends on the real clock)
    QVERIFY(!prefs.isQuiet(evening));
    QCOMPARE(prefs.nextChange(evening), QDateTime(QDate(2026, 12, 4), QTime(22, 0)));
    const QDateTime late(QDate(2026, 12, 4), QTime(23, 15));
    QVERIFY(prefs.isQuiet(late));
    QCOMPARE(prefs.quietEnd(late), QDateTime(QDate(2026, 12, 5), QTime(7, 0)));
    const QDateTime early(QDate(2026, 12, 5), QTime(6, 59));
    QVERIFY(prefs.isQuiet(early));
    QVERIFY(!prefs.isQuiet(QDateTime(QDate(2026, 12, 5), QTime(7, 0))));
    QCOMPARE(prefs.nextChange(QDateTime(QDate(2026, 12, 5), QTime(12, 0))),
             QDateTime(QDate(2026, 12, 5), QTime(22, 0)));

    // An hour's do not disturb from 06:30 runs on past the schedule's end.
    const QDateTime dawn(QDate(2026, 12, 5), QTime(6, 30));
    prefs.setQuietFor(60, dawn);
    QCOMPARE(prefs.quietEnd(dawn), QDateTime(QDate(2026, 12, 5), QTime(7, 30)));
    // Do not disturb at 21:30 until 22:30 joins the schedule's night.
    prefs.setQuietFor(60, evening);
    QVERIFY(prefs.isQuiet(evening));
    QCOMPARE(prefs.quietEnd(evening), QDateTime(QDate(2026, 12, 5), QTime(7, 0)));

    // Until tomorrow: 08:00 on the next day, schedule off.
    prefs.setSchedule(false, QTime(22, 0), QTime(7, 0));
    prefs.setQuietUntilTomorrow(evening);
    QCOMPARE(prefs.quietEnd(evening), QDateTime(QDate(2026, 12, 5), QTime(8, 0)));
    QVERIFY(!prefs.isQuiet(QDateTime(QDate(2026, 12, 5), QTime(8, 0))));
    QVERIFY(prefs.quietUntil().isValid());
    prefs.setQuietUntil({});
    QVERIFY(!prefs.isQuiet(evening));

    // Quiet now (by the real clock) signals at once, and again when it ends.
    quiet.clear();
    prefs.setQuietFor(60);
    QCOMPARE(quiet.count(), 1);
    QCOMPARE(quiet.last().at(0).toBool(), true);
    QVERIFY(prefs.isQuiet());
    prefs.setQuietUntil({});
    QCOMPARE(quiet.last().at(0).toBool(), false);
    QVERIFY(!prefs.isQuiet());
    // Ending by itself: do not disturb for the next moment, then the timer.
    quiet.clear();
    prefs.setQuietUntil(QDateTime::currentDateTime().addMSecs(1500));
    QVERIFY(prefs.isQuiet());
    QCOMPARE(quiet.count(), 1); // set, at once
    QVERIFY(quiet.wait(5000));  // ended, by the timer
    QCOMPARE(quiet.last().at(0).toBool(), false);
    QVERIFY(!prefs.isQuiet());
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
