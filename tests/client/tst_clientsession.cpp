// The session layer (models::ClientSession and its parts, models::SignIn)
// against a real kora-server on loopback: every action a widget may ask of
// it, seen from the cache, the other client and the server.
#include "BlockList.h"
#include "ClientSession.h"
#include "ClientStack.h"
#include "ConnectionState.h"
#include "FaultProxy.h"
#include "MediaDownloader.h"
#include "MessageListModel.h"
#include "ServerFixture.h"
#include "SignIn.h"
#include "UserDirectory.h"

#include "DemoSeeder.h"
#include "TokenService.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using kora::models::ClientSession;
using kora::models::ConnectionState;
using kora::models::DeliveryState;
using kora::models::MessageListModel;
using kora::models::Result;
using kora::test::ServerFixture;

namespace {

// A client core with the session layer over it.
struct Client
{
    Client(const QUrl &server, const ServerFixture::Login &who, const QString &cachePath)
        : stack(server, who.token, who.userId, cachePath, quietSocketOptions())
        , session(*stack.cache, *stack.outbox, stack.api, stack.socket, who.userId)
    {}
    bool startAndSync()
    {
        QSignalSpy synced(stack.sync.get(), &kora::models::SyncEngine::syncFinished);
        session.start();
        return synced.wait(10000) || !synced.isEmpty();
    }
    ClientStack stack;
    ClientSession session;
};

QString bodyAt(const MessageListModel &model, int row)
{
    return model.index(row, 0).data(MessageListModel::BodyRole).toString();
}

// Waits for a callback result written into `slot`.
template<class T> bool waitFor(const std::optional<T> &slot, int ms = 10000)
{
    return QTest::qWaitFor([&] { return slot.has_value(); }, ms);
}

} // namespace

class TestClientSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> fx;
    ServerFixture::Login ama, kofi;
    QString conversationId;
    QTemporaryDir dir;
    int serial = 0;

    QString cachePath() { return dir.filePath(QStringLiteral("c%1.sqlite3").arg(++serial)); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(dir.isValid());
        fx = std::make_unique<ServerFixture>();
        QVERIFY2(fx->ok(), qPrintable(fx->error()));
        ama = fx->login(QStringLiteral("ama"));
        kofi = fx->login(QStringLiteral("kofi"));
        conversationId = fx->directConversation(ama, kofi);
        QVERIFY(!conversationId.isEmpty());
    }
    void cleanup() { fx.reset(); }

    void sendEditDeleteAndTheLiveStream()
    {
        Client a(fx->url(), ama, cachePath());
        Client b(fx->url(), kofi, cachePath());
        QVERIFY(a.startAndSync());
        QVERIFY(b.startAndSync());
        MessageListModel aModel(*a.stack.cache, conversationId, ama.userId);
        MessageListModel bModel(*b.stack.cache, conversationId, kofi.userId);
        QAbstractItemModelTester aTester(&aModel,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester bTester(&bModel,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy arrived(&b.session, &ClientSession::messageArrived);

        // Send: through the outbox, shown at once, then on the other side.
        const auto sent = a.session.send(conversationId, QStringLiteral("Can you start Monday?"));
        QVERIFY(sent);
        const int row = aModel.rowCount() - 1;
        QCOMPARE(bodyAt(aModel, row), QStringLiteral("Can you start Monday?"));
        QVERIFY(arrived.wait(10000) || !arrived.isEmpty());
        const auto live = arrived.last().at(0).value<kora::proto::Message>();
        QCOMPARE(live.body, QStringLiteral("Can you start Monday?"));
        QCOMPARE(live.senderId, ama.userId);
        QTRY_COMPARE(bodyAt(bModel, bModel.rowCount() - 1),
                     QStringLiteral("Can you start Monday?"));
        QTRY_VERIFY(!aModel.index(row, 0).data(MessageListModel::IdRole).toString().isEmpty());
        const QString id = aModel.index(row, 0).data(MessageListModel::IdRole).toString();

        // Edit: stored in the sender's cache before the callback, seen by the other.
        std::optional<Result<kora::proto::Message>> edited;
        a.session.editMessage(id, QStringLiteral("Can you start Tuesday?"), this,
                              [&](Result<kora::proto::Message> r) {
                                  edited = r;
                                  QCOMPARE(bodyAt(aModel, row),
                                           QStringLiteral("Can you start Tuesday?"));
                              });
        QVERIFY(waitFor(edited));
        QVERIFY(*edited);
        QVERIFY(aModel.index(row, 0).data(MessageListModel::EditedRole).toBool());
        QTRY_COMPARE(bodyAt(bModel, bModel.rowCount() - 1),
                     QStringLiteral("Can you start Tuesday?"));

        // Someone else's message cannot be edited: the server's error comes back.
        std::optional<Result<kora::proto::Message>> refused;
        b.session.editMessage(id, QStringLiteral("not mine"), this,
                              [&](Result<kora::proto::Message> r) { refused = r; });
        QVERIFY(waitFor(refused));
        QVERIFY(!*refused);
        QVERIFY(!refused->error().code.isEmpty());

        // Delete.
        std::optional<Result<kora::proto::Message>> deleted;
        a.session.deleteMessage(id, this, [&](Result<kora::proto::Message> r) { deleted = r; });
        QVERIFY(waitFor(deleted));
        QVERIFY(*deleted);
        QVERIFY(aModel.index(row, 0).data(MessageListModel::DeletedRole).toBool());
        QTRY_VERIFY(
            bModel.index(bModel.rowCount() - 1, 0).data(MessageListModel::DeletedRole).toBool());

        // A callback whose context is gone is never called; the cache is still updated.
        const auto second = a.session.send(conversationId, QStringLiteral("second"));
        QVERIFY(second);
        QTRY_VERIFY(!aModel.index(aModel.rowCount() - 1, 0)
                         .data(MessageListModel::IdRole)
                         .toString()
                         .isEmpty());
        const QString secondId =
            aModel.index(aModel.rowCount() - 1, 0).data(MessageListModel::IdRole).toString();
        bool called = false;
        {
            QObject context;
            a.session.editMessage(secondId, QStringLiteral("second, edited"), &context,
                                  [&](Result<kora::proto::Message>) { called = true; });
        }
        QTRY_COMPARE(bodyAt(aModel, aModel.rowCount() - 1), QStringLiteral("second, edited"));
        QVERIFY(!called);
    }

    void typingAndReadReceipts()
    {
        Client a(fx->url(), ama, cachePath());
        Client b(fx->url(), kofi, cachePath());
        QVERIFY(a.startAndSync());
        QVERIFY(b.startAndSync());
        QVERIFY(a.session.joinConversation(conversationId, true));
        QVERIFY(b.session.joinConversation(conversationId, true));

        QVERIFY(a.session.sendTyping(conversationId, true));
        QTRY_VERIFY(b.stack.sync->typingIn(conversationId).contains(ama.userId));
        QVERIFY(a.session.sendTyping(conversationId, false));
        QTRY_VERIFY(!b.stack.sync->typingIn(conversationId).contains(ama.userId));
        QVERIFY(!a.session.sendTyping(QString(), true)); // no conversation: nothing sent

        MessageListModel aModel(*a.stack.cache, conversationId, ama.userId);
        QAbstractItemModelTester tester(&aModel,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(a.session.send(conversationId, QStringLiteral("Read me")));
        const int row = aModel.rowCount() - 1;
        QTRY_VERIFY(b.stack.cache->messageCount(conversationId) > 0 &&
                    b.stack.cache->messages(conversationId, 1).constLast().message.body ==
                        QStringLiteral("Read me"));
        const qint64 seq = b.stack.cache->messages(conversationId, 1).constLast().message.seq;
        QVERIFY(b.session.sendReadReceipt(conversationId, seq));
        // The own cursor moves in the cache at once, the sender sees "read".
        qint64 cursor = 0;
        for (const auto &p : b.stack.cache->participants(conversationId)) {
            if (p.user.id == kofi.userId)
                cursor = p.lastReadSeq;
        }
        QCOMPARE(cursor, seq);
        QTRY_COMPARE(DeliveryState(aModel.index(row, 0).data(MessageListModel::StatusRole).toInt()),
                     DeliveryState::Read);

        // Offline, nothing goes out, and the callers are told so.
        b.session.stop();
        QVERIFY(!b.session.sendTyping(conversationId, true));
        QVERIFY(!b.session.joinConversation(conversationId, true));
        QVERIFY(!b.session.sendReadReceipt(conversationId, seq));
    }

    void connectionStateFollowsTheServerAwayAndBack()
    {
        FaultProxy proxy(QHostAddress::LocalHost, fx->port());
        const quint16 port = proxy.listen();
        QVERIFY(port != 0);
        Client a(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), ama, cachePath());
        ConnectionState &link = a.session.connection();
        QCOMPARE(link.state(), ConnectionState::State::Disconnected);
        QSignalSpy states(&link, &ConnectionState::stateChanged);
        QSignalSpy connected(&link, &ConnectionState::connected);
        QSignalSpy disconnected(&link, &ConnectionState::disconnected);
        a.session.start();
        QVERIFY(connected.wait(10000));
        QVERIFY(link.isConnected());
        QCOMPARE(states.first().at(0).value<ConnectionState::State>(),
                 ConnectionState::State::Connecting);
        QCOMPARE(states.last().at(0).value<ConnectionState::State>(),
                 ConnectionState::State::Connected);

        // The server goes away.
        proxy.setRefuse(true);
        proxy.dropAll();
        QVERIFY(disconnected.wait(10000) || !disconnected.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), ConnectionState::State::WaitingToReconnect, 5000);
        QVERIFY(!link.isConnected());
        QTRY_VERIFY_WITH_TIMEOUT(link.reconnectAttempts() > 0, 5000);

        // ... and comes back: "try now" reconnects.
        proxy.setRefuse(false);
        link.reconnectNow();
        QTRY_VERIFY_WITH_TIMEOUT(link.isConnected(), 10000);
        QCOMPARE(connected.count(), 2);
        QCOMPARE(link.reconnectAttempts(), 0);

        a.session.stop();
        QCOMPARE(link.state(), ConnectionState::State::Disconnected);
    }

    void userLookup()
    {
        Client a(fx->url(), ama, cachePath());
        std::optional<Result<QList<kora::proto::User>>> found;
        a.session.users().search(QStringLiteral("kofi"), 20, this,
                                 [&](Result<QList<kora::proto::User>> r) { found = r; });
        QVERIFY(waitFor(found));
        QVERIFY(*found);
        QCOMPARE((*found)->size(), 1);
        QCOMPARE((*found)->first().id, kofi.userId);
        QCOMPARE((*found)->first().name, QStringLiteral("Kofi Asante"));

        std::optional<Result<QList<kora::proto::User>>> none;
        a.session.users().search(QStringLiteral("nobody-by-this-name"), 20, this,
                                 [&](Result<QList<kora::proto::User>> r) { none = r; });
        QVERIFY(waitFor(none));
        QVERIFY(*none);
        QVERIFY((*none)->isEmpty());
    }

    void conversationActions()
    {
        Client a(fx->url(), ama, cachePath());
        QVERIFY(a.startAndSync());
        const ServerFixture::Login efua = fx->login(QStringLiteral("efua"));
        std::optional<Result<kora::models::OpenedConversation>> opened;
        a.session.openDirect(efua.userId, {}, {}, this,
                             [&](Result<kora::models::OpenedConversation> r) { opened = r; });
        QVERIFY(waitFor(opened));
        QVERIFY(*opened);
        const QString id = (*opened)->conversation.id;
        QVERIFY(a.stack.cache->hasConversation(id)); // stored before the callback

        std::optional<Result<kora::proto::Conversation>> archived;
        a.session.setArchived(id, true, this,
                              [&](Result<kora::proto::Conversation> r) { archived = r; });
        QVERIFY(waitFor(archived));
        QVERIFY(*archived);
        QVERIFY(a.stack.cache->conversation(id)->conversation.archived);

        std::optional<Result<bool>> read;
        const qint64 seq = a.stack.cache->conversation(conversationId)->conversation.lastSeq;
        a.session.markRead(conversationId, seq, this, [&](Result<bool> r) { read = r; });
        QVERIFY(waitFor(read));
        QVERIFY(*read);
        QCOMPARE(a.stack.cache->conversation(conversationId)->conversation.unreadCount, 0);

        std::optional<Result<kora::proto::Conversation>> missing;
        a.session.setArchived(QStringLiteral("no-such-conversation"), true, this,
                              [&](Result<kora::proto::Conversation> r) { missing = r; });
        QVERIFY(waitFor(missing));
        QVERIFY(!*missing);
        QCOMPARE(missing->error().code, kora::proto::code::NotFound);
    }

    void attachmentUploadAndDownload()
    {
        Client a(fx->url(), ama, cachePath());
        Client b(fx->url(), kofi, cachePath());
        QVERIFY(a.startAndSync());
        QVERIFY(b.startAndSync());
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(0x20, 0x80, 0xc0));
        const QString path = dir.filePath(QStringLiteral("blue.png"));
        QVERIFY(image.save(path, "PNG"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        kora::models::LocalAttachment local{
            path, QStringLiteral("blue.png"), QStringLiteral("image/png"), bytes.size(), 64, 48};

        QSignalSpy acknowledged(a.stack.outbox.get(), &kora::models::Outbox::acknowledged);
        const auto sent = a.session.sendFiles(conversationId, QStringLiteral("the site"), {local});
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error()));
        QVERIFY(acknowledged.wait(15000) || !acknowledged.isEmpty());
        const auto message = acknowledged.last().at(1).value<kora::proto::Message>();
        QCOMPARE(message.attachments.size(), 1);
        const QString url = message.attachments.first().url;

        // The other side downloads the bytes as they were sent.
        std::optional<Result<QByteArray>> downloaded;
        const auto id = b.session.media().download(url, 1 << 20, this,
                                                   [&](Result<QByteArray> r) { downloaded = r; });
        QVERIFY(id != 0);
        QVERIFY(waitFor(downloaded));
        QVERIFY(*downloaded);
        QCOMPARE(**downloaded, bytes);

        // Bigger than allowed, and cancelled: errors, never bytes.
        std::optional<Result<QByteArray>> tooLarge;
        b.session.media().download(url, 10, this, [&](Result<QByteArray> r) { tooLarge = r; });
        QVERIFY(waitFor(tooLarge));
        QVERIFY(!*tooLarge);
        std::optional<Result<QByteArray>> cancelled;
        const auto cancelId = b.session.media().download(
            url, 1 << 20, this, [&](Result<QByteArray> r) { cancelled = r; });
        QVERIFY(b.session.media().cancel(cancelId));
        QVERIFY(waitFor(cancelled));
        QVERIFY(!*cancelled);
        QCOMPARE(cancelled->error().code, kora::models::clientCode::Cancelled);
        QVERIFY(!b.session.media().cancel(cancelId)); // finished: nothing to cancel
    }

    void signInSucceedsOrSaysWhy()
    {
        QNetworkAccessManager network;
        kora::net::ApiClient api(&network);
        api.setTimeoutMs(5000);
        kora::models::SignIn signIn(api);

        std::optional<Result<kora::models::LoginResult>> wrong;
        signIn.signIn(fx->url(), QStringLiteral("ama@demo.kora"), QStringLiteral("not-it"), this,
                      [&](Result<kora::models::LoginResult> r) { wrong = r; });
        QVERIFY(waitFor(wrong));
        QVERIFY(!*wrong);
        QCOMPARE(wrong->error().code, kora::proto::code::Unauthorized);

        // Nobody listening there: unreachable, not a hang.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        std::optional<Result<kora::models::LoginResult>> unreachable;
        signIn.signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)),
                      QStringLiteral("ama@demo.kora"), kora::server::demoPassword, this,
                      [&](Result<kora::models::LoginResult> r) { unreachable = r; });
        QVERIFY(waitFor(unreachable));
        QVERIFY(!*unreachable);
        QCOMPARE(unreachable->error().code, kora::models::clientCode::Unreachable);

        std::optional<Result<kora::models::LoginResult>> ok;
        signIn.signIn(fx->url(), QStringLiteral("ama@demo.kora"), kora::server::demoPassword, this,
                      [&](Result<kora::models::LoginResult> r) { ok = r; });
        QVERIFY(waitFor(ok));
        QVERIFY(*ok);
        QVERIFY(!(*ok)->token.isEmpty());
        QCOMPARE((*ok)->user.id, ama.userId);

        // A stored token: whose it is, or that it no longer works.
        std::optional<Result<kora::proto::User>> me;
        signIn.checkToken(fx->url(), (*ok)->token, this,
                          [&](Result<kora::proto::User> r) { me = r; });
        QVERIFY(waitFor(me));
        QVERIFY(*me);
        QCOMPARE((*me)->id, ama.userId);
        QVERIFY(api.token().isEmpty()); // the sign-in client keeps no token
        std::optional<Result<kora::proto::User>> stale;
        signIn.checkToken(fx->url(), QStringLiteral("not-a-token"), this,
                          [&](Result<kora::proto::User> r) { stale = r; });
        QVERIFY(waitFor(stale));
        QVERIFY(!*stale);
        QCOMPARE(stale->error().code, kora::proto::code::Unauthorized);
    }

    // Protocol 7.4 from the client: blocking goes through the server first and
    // is kept in the cache; the blocked side's sends fail for good with a
    // readable reason (never retried), and go once the block is lifted.
    void blockingRefusesTheOtherSide()
    {
        Client a(fx->url(), ama, cachePath());
        Client b(fx->url(), kofi, cachePath());
        QVERIFY(a.startAndSync());
        QVERIFY(b.startAndSync());
        kora::models::BlockList &blocks = a.session.blocks();
        QTRY_VERIFY(blocks.blocked().isEmpty());
        QSignalSpy changed(&blocks, &kora::models::BlockList::changed);

        std::optional<Result<bool>> done;
        blocks.setBlocked(kofi.userId, QStringLiteral("Kofi Asante"), true, this,
                          [&](Result<bool> r) {
                              done = r;
                              QVERIFY(a.session.blocks().isBlocked(kofi.userId));
                          });
        QVERIFY(waitFor(done));
        QVERIFY(*done);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(fx->get(QStringLiteral("/api/v1/blocks"), ama.token)
                     .json.value(QLatin1String("users"))
                     .toArray()
                     .size(),
                 1);
        // Kept in the cache: a list made from it knows before any network.
        kora::models::BlockList again(*a.stack.cache, a.stack.api, a.stack.socket);
        QVERIFY(again.isBlocked(kofi.userId));
        QCOMPARE(again.blocked().value(kofi.userId), QStringLiteral("Kofi Asante"));

        // Kofi's send fails for good, says why in words, and is not retried.
        MessageListModel bModel(*b.stack.cache, conversationId, kofi.userId);
        QVERIFY(b.session.send(conversationId, QStringLiteral("hello?")));
        const int row = bModel.rowCount() - 1;
        // Taken now: Ama's message may later come in above a failed one.
        const QString refusedId =
            bModel.index(row, 0).data(MessageListModel::ClientIdRole).toString();
        QVERIFY(!refusedId.isEmpty());
        QTRY_COMPARE(bModel.index(row, 0).data(MessageListModel::StatusRole).toInt(),
                     int(MessageListModel::Status::Failed));
        QCOMPARE(bModel.index(row, 0).data(MessageListModel::FailureRole).toString(),
                 MessageListModel::tr("you cannot write to this person"));
        QCOMPARE(b.stack.cache->pendingCount(), 1); // kept: Retry or Discard is the user's
        // Ama is refused nothing.
        QVERIFY(a.session.send(conversationId, QStringLiteral("I said no.")));
        QTRY_COMPARE(a.stack.cache->pendingCount(), 0);

        // Unblocked: the same message goes with Retry.
        done.reset();
        blocks.setBlocked(kofi.userId, {}, false, this, [&](Result<bool> r) { done = r; });
        QVERIFY(waitFor(done));
        QVERIFY(*done);
        QVERIFY(!blocks.isBlocked(kofi.userId));
        b.session.retry(refusedId);
        QTRY_COMPARE(b.stack.cache->pendingCount(), 0);

        // A refusal changes nothing: support accounts cannot be blocked.
        const ServerFixture::Login support = fx->login(QStringLiteral("support"));
        done.reset();
        blocks.setBlocked(support.userId, QStringLiteral("Support"), true, this,
                          [&](Result<bool> r) { done = r; });
        QVERIFY(waitFor(done));
        QVERIFY(!*done);
        QCOMPARE(done->error().code, kora::proto::code::Invalid);
        QVERIFY(blocks.blocked().isEmpty());

        // The list follows the server on connect (a block made elsewhere).
        QCOMPARE(
            fx->request("PUT", QStringLiteral("/api/v1/blocks/") + kofi.userId, ama.token).status,
            204);
        a.stack.socket.close();
        a.stack.socket.open();
        QTRY_VERIFY(blocks.isBlocked(kofi.userId));
    }

    // A report waits in the outbox while offline and is filed once when the
    // link is back (the same clientId on every try); a refused one leaves.
    void reportQueuedOfflineThenFiledOnce()
    {
        FaultProxy proxy(QHostAddress::LocalHost, fx->port());
        QVERIFY(proxy.listen());
        proxy.setRefuse(true);
        Client a(proxy.url(), ama, cachePath());
        QSignalSpy filed(a.stack.outbox.get(), &kora::models::Outbox::reportFiled);
        QSignalSpy refused(a.stack.outbox.get(), &kora::models::Outbox::reportRefused);
        a.session.start();

        QVERIFY(!a.session.report(conversationId, {}, QStringLiteral("rude"), {}));
        QVERIFY(!a.session.report(conversationId, {}, QStringLiteral("spam"),
                                  QString(1001, QLatin1Char('x'))));
        QCOMPARE(a.stack.cache->pendingCount(), 0);
        QVERIFY(a.session.report(conversationId, {}, QStringLiteral("off_platform_payment"),
                                 QStringLiteral("  Asked me to pay by phone.  ")));
        QCOMPARE(a.stack.cache->pendingCount(), 1);

        proxy.setRefuse(false);
        QVERIFY(filed.wait(15000) || !filed.isEmpty());
        QCOMPARE(filed.first().at(0).toString(), conversationId);
        QCOMPARE(a.stack.cache->pendingCount(), 0);
        const ServerFixture::Login support = fx->login(QStringLiteral("support"));
        const QJsonArray reports = fx->get(QStringLiteral("/api/v1/admin/reports"), support.token)
                                       .json.value(QLatin1String("reports"))
                                       .toArray();
        QCOMPARE(reports.size(), 1);
        const QJsonObject stored = reports.first().toObject();
        QCOMPARE(stored.value(QLatin1String("id")).toString(), filed.first().at(1).toString());
        QCOMPARE(stored.value(QLatin1String("reporterId")).toString(), ama.userId);
        QCOMPARE(stored.value(QLatin1String("reason")).toString(),
                 QStringLiteral("off_platform_payment"));
        QCOMPARE(stored.value(QLatin1String("note")).toString(),
                 QStringLiteral("Asked me to pay by phone."));

        // A message that is not of the conversation: refused, and gone from the queue.
        QVERIFY(a.session.report(conversationId, QStringLiteral("no-such-message"),
                                 QStringLiteral("scam"), {}));
        QVERIFY(refused.wait(10000) || !refused.isEmpty());
        QCOMPARE(refused.first().at(1).value<kora::proto::ApiError>().code,
                 kora::proto::code::Invalid);
        QCOMPARE(a.stack.cache->pendingCount(), 0);
        QCOMPARE(filed.count(), 1);
    }

    // Sign out everywhere: this session and another device of the same
    // account are signed out by the server; a token signed in afterwards works.
    void signOutEverywhereEndsEverySession()
    {
        const ServerFixture::Login laptop = fx->login(QStringLiteral("ama"));
        Client a(fx->url(), ama, cachePath());
        Client other(fx->url(), laptop, cachePath());
        QVERIFY(a.startAndSync());
        QVERIFY(other.startAndSync());
        QSignalSpy otherOut(&other.session, &ClientSession::signedOut);
        std::optional<Result<bool>> done;
        a.session.signOutEverywhere(this, [&](Result<bool> r) { done = r; });
        QVERIFY(waitFor(done));
        QVERIFY(*done);
        QVERIFY(otherOut.wait(10000) || !otherOut.isEmpty());
        QCOMPARE(fx->get(QStringLiteral("/api/v1/me"), ama.token).status, 401);
        QCOMPARE(fx->get(QStringLiteral("/api/v1/me"), laptop.token).status, 401);
        // Signing in again gives a token that works; the old ones stay dead.
        ama = fx->login(QStringLiteral("ama"));
        QCOMPARE(fx->get(QStringLiteral("/api/v1/me"), ama.token).status, 200);

        // Offline, it says so and changes nothing.
        FaultProxy proxy(QHostAddress::LocalHost, fx->port());
        QVERIFY(proxy.listen());
        proxy.setRefuse(true);
        Client away(proxy.url(), ama, cachePath());
        done.reset();
        away.session.signOutEverywhere(this, [&](Result<bool> r) { done = r; });
        QVERIFY(waitFor(done));
        QVERIFY(!*done);
        QCOMPARE(fx->get(QStringLiteral("/api/v1/me"), ama.token).status, 200);
    }

    void signedOutByTheServerThenSignedInAgain()
    {
        kora::server::TokenService tokens(ServerFixture::defaultConfig().jwtSecret.toUtf8());
        const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-2);
        ServerFixture::Login expired = ama;
        expired.token = tokens.issue(
            {ama.userId, QStringLiteral("worker"), QStringLiteral("Ama"), past, past.addDays(1)});
        Client a(fx->url(), expired, cachePath());
        QVERIFY(a.stack.cache->upsertConversations(
            {kora::proto::Conversation{conversationId, QStringLiteral("direct")}}));
        QSignalSpy signedOut(&a.session, &ClientSession::signedOut);
        QSignalSpy unauthorized(&a.session.connection(), &ConnectionState::unauthorized);
        a.session.start();
        QVERIFY(signedOut.wait(5000));
        QVERIFY(!signedOut.first().at(0).toString().isEmpty());
        QVERIFY(a.session.isSignedOut());
        QCOMPARE(unauthorized.count(), 1);
        QVERIFY(a.session.send(conversationId, QStringLiteral("written while signed out")));
        QCOMPARE(a.stack.cache->pendingCount(), 1);

        a.session.setToken(ama.token);
        QVERIFY(!a.session.isSignedOut());
        QTRY_VERIFY_WITH_TIMEOUT(a.session.connection().isConnected(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(a.stack.cache->pendingCount(), 0, 10000);
        QCOMPARE(signedOut.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestClientSession)
#include "tst_clientsession.moc"
