// The client core end to end against a real kora-server on loopback: sign-in
// state, the conversation list, paging back through 500 messages in a
// windowed model, sending and receiving between two clients, edits and
// deletes, delivered and read ticks, typing, and an expired token that costs
// nothing typed.
#include "ClientStack.h"
#include "ServerFixture.h"

#include "ChatService.h"
#include "ConversationListModel.h"
#include "KoraServer.h"
#include "MessageListModel.h"
#include "TokenService.h"
#include "protocol/Json.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using kora::models::DeliveryState;
using kora::models::MessageListModel;
using kora::test::ServerFixture;

namespace {

DeliveryState statusOf(const MessageListModel &model, int row)
{
    return DeliveryState(model.index(row, 0).data(MessageListModel::StatusRole).toInt());
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<ServerFixture>();
        QVERIFY2(fx->ok(), qPrintable(fx->error()));
        ama = fx->login(QStringLiteral("ama"));
        kofi = fx->login(QStringLiteral("kofi"));
        conversationId = fx->directConversation(ama, kofi);
        QVERIFY(dir.isValid());
    }
    void cleanup() { fx.reset(); }

    // A list longer than a page comes whole: every page, then each
    // conversation's messages.
    void listLongerThanAPageComesWhole()
    {
        auto &chat = fx->server().chat();
        const kora::server::Actor amaActor{ama.userId, QStringLiteral("worker"), {}};
        constexpr int groups = 130; // with ama's two demo conversations: two pages of 100
        for (int i = 0; i < groups; ++i) {
            kora::proto::CreateConversationRequest create;
            create.participantIds = {kofi.userId};
            create.title = QStringLiteral("Crew %1").arg(i);
            const auto opened = chat.openConversation(amaActor, create);
            QVERIFY(opened);
            kora::proto::SendMessageRequest r;
            r.clientId = kora::proto::newUuid();
            r.kind = QStringLiteral("text");
            r.body = QStringLiteral("hello crew %1").arg(i);
            QVERIFY(chat.send(amaActor, opened->conversation.id, r));
        }
        ClientStack a(fx->url(), ama, dir.filePath(QStringLiteral("long-list.sqlite3")));
        kora::models::ConversationListModel list(*a.cache, ama.userId);
        QAbstractItemModelTester listTester(&list,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy synced(a.sync.get(), &kora::models::SyncEngine::syncFinished);
        a.socket.open();
        QVERIFY(synced.wait(20000));
        QCOMPARE(a.cache->conversations().size(), groups + 2);
        QTRY_COMPARE(list.rowCount(), groups + 2);
        for (const auto &c : a.cache->conversations())
            QVERIFY2(a.cache->messageCount(c.conversation.id) >= 1,
                     qPrintable(c.conversation.title));
    }

    void listOpenAndPageBackThrough500Messages()
    {
        auto &chat = fx->server().chat();
        const kora::server::Actor kofiActor{kofi.userId, QStringLiteral("hirer"), {}};
        for (int i = 1; i <= 500; ++i) {
            kora::proto::SendMessageRequest r;
            r.clientId = kora::proto::newUuid();
            r.kind = QStringLiteral("text");
            r.body = QStringLiteral("history %1").arg(i);
            QVERIFY(chat.send(kofiActor, conversationId, r));
        }
        ClientStack a(fx->url(), ama.token, ama.userId, dir.filePath(QStringLiteral("a.sqlite3")),
                      quietSocketOptions());
        kora::models::ConversationListModel list(*a.cache, ama.userId);
        QAbstractItemModelTester listTester(&list,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy synced(a.sync.get(), &kora::models::SyncEngine::syncFinished);
        a.socket.open();
        QVERIFY(synced.wait(10000));
        QCOMPARE(list.rowCount(), 2); // ama's two demo conversations, this one among them
        QVERIFY(list.rowOf(conversationId) >= 0);
        QVERIFY(a.cache->conversation(conversationId).has_value());
        QCOMPARE(a.cache->conversation(conversationId)->conversation.unreadCount >= 500, true);

        MessageListModel model(*a.cache, conversationId, ama.userId);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QObject::connect(&model, &MessageListModel::olderHistoryWanted, a.sync.get(),
                         [&] { a.sync->fetchOlder(conversationId); });
        QObject::connect(a.sync.get(), &kora::models::SyncEngine::olderLoaded, &model,
                         [&](const QString &, int, bool reachedStart) {
                             if (reachedStart)
                                 model.setHistoryComplete(true);
                         });
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.index(model.rowCount() - 1, 0).data(MessageListModel::BodyRole).toString(),
                 QStringLiteral("history 500"));

        // Scroll to the top, a page at a time, as the view would.
        QList<qint64> seen;
        qint64 previousFirst = model.index(0, 0).data(MessageListModel::SeqRole).toLongLong();
        for (int guard = 0; guard < 200 && !model.isHistoryComplete(); ++guard) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            else
                // A page over loopback; 20 s leaves room for a loaded sanitizer run.
                QTRY_VERIFY_WITH_TIMEOUT(model.canFetchMore({}) || model.isHistoryComplete(),
                                         20000);
            const qint64 first = model.index(0, 0).data(MessageListModel::SeqRole).toLongLong();
            QVERIFY(first <= previousFirst);
            previousFirst = first;
            QVERIFY(model.rowCount() <= 300); // windowed: never the whole conversation
        }
        QVERIFY(model.isHistoryComplete());
        // The window's rows are contiguous and reach the first message.
        QCOMPARE(model.index(0, 0).data(MessageListModel::BodyRole).toString().isEmpty(), false);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data(MessageListModel::SeqRole).toLongLong() >
                    model.index(row - 1, 0).data(MessageListModel::SeqRole).toLongLong());
        QCOMPARE(a.cache->oldestSeq(conversationId), 1);
        QVERIFY(a.cache->messageCount(conversationId) >= 500);
    }

    void sendReceiveEditDeleteTicksAndTyping()
    {
        ClientStack a(fx->url(), ama.token, ama.userId, dir.filePath(QStringLiteral("a.sqlite3")),
                      quietSocketOptions());
        ClientStack b(fx->url(), kofi.token, kofi.userId, dir.filePath(QStringLiteral("b.sqlite3")),
                      quietSocketOptions());
        QSignalSpy aSynced(a.sync.get(), &kora::models::SyncEngine::syncFinished);
        QSignalSpy bSynced(b.sync.get(), &kora::models::SyncEngine::syncFinished);
        a.socket.open();
        b.socket.open();
        QVERIFY(aSynced.wait(10000) || aSynced.count() > 0);
        QVERIFY(bSynced.count() > 0 || bSynced.wait(10000));

        MessageListModel aModel(*a.cache, conversationId, ama.userId);
        MessageListModel bModel(*b.cache, conversationId, kofi.userId);
        QAbstractItemModelTester aTester(&aModel,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester bTester(&bModel,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);

        const auto sent = a.outbox->send(conversationId, QStringLiteral("Can you start Monday?"));
        QVERIFY(sent);
        const int row = aModel.rowCount() - 1;
        QCOMPARE(aModel.index(row, 0).data(MessageListModel::BodyRole).toString(),
                 QStringLiteral("Can you start Monday?"));
        // Sent, then delivered (kofi's client says so by itself), then read.
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(aModel, row) == DeliveryState::Delivered ||
                                     statusOf(aModel, row) == DeliveryState::Read,
                                 5000);
        QTRY_COMPARE(
            bModel.index(bModel.rowCount() - 1, 0).data(MessageListModel::BodyRole).toString(),
            QStringLiteral("Can you start Monday?"));
        QCOMPARE(bModel.index(bModel.rowCount() - 1, 0).data(MessageListModel::IsOwnRole).toBool(),
                 false);
        const qint64 seq =
            bModel.index(bModel.rowCount() - 1, 0).data(MessageListModel::SeqRole).toLongLong();
        b.socket.emitEvent(
            QStringLiteral("mark_as_read"),
            {{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("seq"), seq}});
        QTRY_COMPARE(statusOf(aModel, row), DeliveryState::Read);

        // Typing reaches the other side and ends.
        a.socket.emitEvent(QStringLiteral("typing_start"),
                           {{QStringLiteral("conversationId"), conversationId}});
        QTRY_VERIFY(b.sync->typingIn(conversationId).contains(ama.userId));
        a.socket.emitEvent(QStringLiteral("typing_stop"),
                           {{QStringLiteral("conversationId"), conversationId}});
        QTRY_VERIFY(!b.sync->typingIn(conversationId).contains(ama.userId));

        // Edit and delete are seen by the other client.
        const QString messageId = aModel.index(row, 0).data(MessageListModel::IdRole).toString();
        QVERIFY(!messageId.isEmpty());
        bool edited = false;
        a.api.editMessage(
            messageId, QStringLiteral("Can you start Tuesday?"), this,
            [&](const kora::net::ApiResult<kora::proto::Message> &r) { edited = bool(r); });
        QTRY_VERIFY(edited);
        QTRY_COMPARE(
            bModel.index(bModel.rowCount() - 1, 0).data(MessageListModel::BodyRole).toString(),
            QStringLiteral("Can you start Tuesday?"));
        QVERIFY(bModel.index(bModel.rowCount() - 1, 0).data(MessageListModel::EditedRole).toBool());
        bool deleted = false;
        a.api.deleteMessage(
            messageId, this,
            [&](const kora::net::ApiResult<kora::proto::Message> &r) { deleted = bool(r); });
        QTRY_VERIFY(deleted);
        QTRY_VERIFY(
            bModel.index(bModel.rowCount() - 1, 0).data(MessageListModel::DeletedRole).toBool());
    }

    void expiredTokenLosesNothing()
    {
        kora::server::TokenService tokens(ServerFixture::defaultConfig().jwtSecret.toUtf8());
        const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-2);
        const QString expired = tokens.issue(
            {ama.userId, QStringLiteral("worker"), QStringLiteral("Ama"), past, past.addDays(1)});
        const QString cachePath = dir.filePath(QStringLiteral("a.sqlite3"));
        ClientStack a(fx->url(), expired, ama.userId, cachePath, quietSocketOptions());
        QVERIFY(a.cache->upsertConversations(
            {kora::proto::Conversation{conversationId, QStringLiteral("direct")}}));
        QSignalSpy refused(&a.socket, &kora::net::SocketIoClient::unauthorized);
        a.socket.open();
        QVERIFY(refused.wait(5000));
        QCOMPARE(a.socket.state(), kora::net::SocketIoClient::State::Unauthorized);
        QVERIFY(a.outbox->send(conversationId, QStringLiteral("written with an expired token")));
        QCOMPARE(a.cache->pendingCount(), 1); // kept, shown as sending, not lost

        // Signing in again (a new token) sends it.
        a.socket.setToken(ama.token);
        a.api.setToken(ama.token);
        a.socket.open();
        QTRY_COMPARE_WITH_TIMEOUT(a.cache->pendingCount(), 0, 10000);
        const auto page = fx->get(
            QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId), ama.token);
        QVERIFY(page.body.contains("written with an expired token"));
    }

private:
    std::unique_ptr<ServerFixture> fx;
    ServerFixture::Login ama, kofi;
    QString conversationId;
    QTemporaryDir dir;
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
