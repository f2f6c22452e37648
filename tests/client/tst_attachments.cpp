// Files through the client core against a real kora-server: an image sent
// while the server is down is uploaded and delivered when it comes back, and
// after a client restart, exactly once (a file already uploaded is not
// uploaded again); progress goes from 0 to 100 %; the other client gets the
// dimensions and can download the bytes and the thumbnail; discard cancels an
// upload in flight; a refused file fails with its reason.
#include "ClientStack.h"
#include "FaultProxy.h"
#include "ServerFixture.h"

#include "MessageListModel.h"
#include "protocol/Json.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using kora::models::LocalAttachment;
using kora::models::MessageListModel;
using kora::test::ServerFixture;

namespace {

// A picture that does not compress to nothing (so uploads take some chunks).
QImage picture(int width, int height, int seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    quint32 state = quint32(seed) * 2654435761u + 1;
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            state = state * 1664525u + 1013904223u;
            line[x] = qRgb(int(state >> 24), x % 256, y % 256);
        }
    }
    return image;
}

LocalAttachment savePng(const QString &path, const QImage &image)
{
    image.save(path, "PNG");
    return {path,
            QFileInfo(path).fileName(),
            QStringLiteral("image/png"),
            QFileInfo(path).size(),
            image.width(),
            image.height()};
}

// The received copy of the message sent as `clientId`, if the cache has it.
std::optional<kora::proto::Message> received(kora::models::Cache &cache,
                                             const QString &conversationId, const QString &clientId)
{
    for (const auto &m : cache.messages(conversationId, 50)) {
        if (m.message.clientId == clientId && !m.message.id.isEmpty())
            return m.message;
    }
    return std::nullopt;
}

} // namespace

class TestAttachments : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> fx;
    std::unique_ptr<FaultProxy> proxy;
    ServerFixture::Login ama, kofi;
    QString conversationId;
    QTemporaryDir dir;

    QUrl proxyUrl() const { return proxy->url(); }

    // Fetches bytes with the client's own download(), waiting for the answer.
    kora::net::ApiResult<QByteArray> fetch(kora::net::ApiClient &api, const QString &url,
                                           qint64 maxBytes = 50 * 1024 * 1024)
    {
        std::optional<kora::net::ApiResult<QByteArray>> result;
        api.download(url, maxBytes, this,
                     [&](kora::net::ApiResult<QByteArray> r) { result.emplace(std::move(r)); });
        [[maybe_unused]] const bool answered =
            QTest::qWaitFor([&] { return result.has_value(); }, 15000);
        if (!result)
            return kora::unexpected(kora::proto::ApiError{QStringLiteral("test_timeout"), {}});
        return *result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(dir.isValid());
        fx = std::make_unique<ServerFixture>();
        QVERIFY2(fx->ok(), qPrintable(fx->error()));
        ama = fx->login(QStringLiteral("ama"));
        kofi = fx->login(QStringLiteral("kofi"));
        conversationId = fx->directConversation(ama, kofi);
        proxy = std::make_unique<FaultProxy>(QHostAddress::LocalHost, fx->port());
        QVERIFY(proxy->listen());
    }
    void cleanup()
    {
        proxy.reset();
        fx.reset();
    }

    void imageSentOfflineArrivesAfterTheServerAndARestart()
    {
        proxy->setRefuse(true); // the server is unreachable
        const QString cachePath = dir.filePath(QStringLiteral("offline.sqlite3"));
        const QString original = dir.filePath(QStringLiteral("prepared.png"));
        const LocalAttachment file = savePng(original, picture(640, 480, 1));
        QString clientId;
        QString localPath;
        {
            ClientStack a(proxyUrl(), ama, cachePath);
            QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
            a.socket.open();
            const auto sent =
                a.outbox->sendFiles(conversationId, QStringLiteral("the site"), {file});
            QVERIFY2(sent, qPrintable(sent ? QString() : sent.error()));
            clientId = sent->message.clientId;
            QCOMPARE(sent->message.kind, QStringLiteral("image"));
            QVERIFY(sent->pending);
            QCOMPARE(sent->localFiles.size(), 1);
            localPath = sent->localFiles[0].path;
            QVERIFY(localPath.startsWith(a.outbox->filesDir()));
            QVERIFY(QFileInfo::exists(localPath));

            MessageListModel model(*a.cache, conversationId, ama.userId);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            const QModelIndex row = model.index(model.rowCount() - 1, 0);
            const QVariantList files = row.data(MessageListModel::AttachmentsRole).toList();
            QCOMPARE(files.size(), 1);
            const QVariantMap shown = files[0].toMap();
            QCOMPARE(shown.value(QStringLiteral("localPath")).toString(), localPath);
            QCOMPARE(shown.value(QStringLiteral("width")).toInt(), 640);
            QCOMPARE(shown.value(QStringLiteral("height")).toInt(), 480);
            QCOMPARE(row.data(MessageListModel::UploadProgressRole).toDouble(), 0.0);
        }
        // The caller's prepared file can go: the outbox has its own copy.
        QVERIFY(QFile::remove(original));
        QVERIFY(QFileInfo::exists(localPath));

        // A restart (new cache and outbox over the same file), then the server is back.
        ClientStack a(proxyUrl(), ama, cachePath);
        ClientStack b(fx->url(), kofi, dir.filePath(QStringLiteral("b.sqlite3")));
        QCOMPARE(a.cache->pendingCount(), 1);
        MessageListModel model(*a.cache, conversationId, ama.userId);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOutbox(a.outbox.get());
        QList<double> seen; // the bar as the view would see it
        connect(&model, &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &from, const QModelIndex &, const QList<int> &roles) {
                    if (roles.contains(MessageListModel::UploadProgressRole))
                        seen.append(from.data(MessageListModel::UploadProgressRole).toDouble());
                });
        QSignalSpy progress(a.outbox.get(), &kora::models::Outbox::uploadProgress);
        QSignalSpy acknowledged(a.outbox.get(), &kora::models::Outbox::acknowledged);
        bool copyThereOnAck = false; // a view may keep it as the picture it already has
        connect(a.outbox.get(), &kora::models::Outbox::acknowledged, this,
                [&] { copyThereOnAck = QFileInfo::exists(localPath); });
        b.socket.open();
        a.socket.open();
        proxy->setRefuse(false);
        QVERIFY(acknowledged.wait(15000));

        // Progress went from 0 to all of it, for this message's one file.
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.first().at(0).toString(), clientId);
        QCOMPARE(progress.first().at(2).toLongLong(), 0);
        const qint64 total = progress.first().at(3).toLongLong();
        QCOMPARE(total, file.size);
        QCOMPARE(progress.last().at(2).toLongLong(), total);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.contains(1.0), true);
        QVERIFY(std::is_sorted(seen.begin(), seen.end() - 1));
        QCOMPARE(model.index(model.rowCount() - 1, 0)
                     .data(MessageListModel::UploadProgressRole)
                     .toDouble(),
                 -1.0);
        // The outbox copy is gone once the server has the message.
        QVERIFY(copyThereOnAck);
        QTRY_VERIFY(!QFileInfo::exists(localPath));
        QCOMPARE(a.cache->pendingCount(), 0);

        // The other client has it once, with the dimensions, and can fetch both.
        QTRY_VERIFY_WITH_TIMEOUT(received(*b.cache, conversationId, clientId).has_value(), 10000);
        const kora::proto::Message got = *received(*b.cache, conversationId, clientId);
        QCOMPARE(got.body, QStringLiteral("the site"));
        QCOMPARE(got.attachments.size(), 1);
        const kora::proto::Attachment attachment = got.attachments.first();
        QCOMPARE(attachment.width.value_or(0), 640);
        QCOMPARE(attachment.height.value_or(0), 480);
        QCOMPARE(attachment.mime, QStringLiteral("image/png"));
        const auto bytes = fetch(b.api, attachment.url);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().code));
        QCOMPARE(QImage::fromData(*bytes).size(), QSize(640, 480));
        const auto thumb = fetch(b.api, attachment.thumbUrl);
        QVERIFY(thumb);
        QCOMPARE(QImage::fromData(*thumb).size(), QSize(320, 240));
        // Bounded: more than maxBytes is refused; other hosts never get the token.
        const auto bounded = fetch(b.api, attachment.url, 100);
        QVERIFY(!bounded);
        QCOMPARE(bounded.error().code, QStringLiteral("too_large"));
        const auto elsewhere =
            fetch(b.api, QStringLiteral("http://example.invalid") + attachment.url);
        QVERIFY(!elsewhere);
        QCOMPARE(elsewhere.error().code, QStringLiteral("invalid"));
        const QStringList others{
            QString(QStringLiteral("//example.invalid") + attachment.url),
            QString(QStringLiteral("http://127.0.0.1:%1").arg(quint16(fx->port() + 1)) +
                    attachment.url),
            QString(QStringLiteral("https://127.0.0.1:%1").arg(fx->port()) + attachment.url)};
        for (const QString &other : others) {
            const auto refused = fetch(b.api, other);
            QVERIFY2(!refused && refused.error().code == QLatin1String("invalid"),
                     qPrintable(other));
        }
        // The same server spelled out in full is fine.
        const auto absolute = fetch(b.api, fx->url().toString() + attachment.thumbUrl);
        QVERIFY(absolute);
        QCOMPARE(*absolute, *thumb);

        const auto history = fx->get(
            QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId), ama.token);
        int copies = 0;
        for (const QJsonValue &m : history.json.value(QLatin1String("messages")).toArray())
            copies += m.toObject().value(QLatin1String("clientId")).toString() == clientId;
        QCOMPARE(copies, 1);
        // The sender's own row now carries the server's attachment (cached, round trip).
        const auto own = received(*a.cache, conversationId, clientId);
        QVERIFY(own);
        QCOMPARE(own->attachments.size(), 1);
        QCOMPARE(own->attachments.first().id, attachment.id);
        QCOMPARE(own->attachments.first().width.value_or(0), 640);
    }

    void aRestartDoesNotUploadAFileTwice()
    {
        const QString cachePath = dir.filePath(QStringLiteral("twice.sqlite3"));
        const LocalAttachment first =
            savePng(dir.filePath(QStringLiteral("1.png")), picture(300, 200, 2));
        const LocalAttachment second =
            savePng(dir.filePath(QStringLiteral("2.png")), picture(200, 300, 3));
        QString clientId;
        QString firstId;
        {
            ClientStack a(proxyUrl(), ama, cachePath);
            QSignalSpy connected(&a.socket, &kora::net::SocketIoClient::connected);
            a.socket.open();
            QVERIFY(connected.wait(10000));
            // The moment the first file is recorded as uploaded, the link goes down.
            connect(a.outbox.get(), &kora::models::Outbox::uploadProgress, this,
                    [&](const QString &, int index, qint64 sent, qint64 total) {
                        if (index != 0 || sent != total || !firstId.isEmpty())
                            return;
                        const auto entries = a.cache->outbox();
                        if (entries.isEmpty() ||
                            entries.first().files.value(0).attachmentId.isEmpty())
                            return; // the bytes are out, the answer not in yet
                        firstId = entries.first().files[0].attachmentId;
                        proxy->setRefuse(true);
                        proxy->dropAll();
                    });
            const auto sent = a.outbox->sendFiles(conversationId, {}, {first, second});
            QVERIFY(sent);
            clientId = sent->message.clientId;
            QTRY_VERIFY_WITH_TIMEOUT(!firstId.isEmpty(), 10000);
            QTRY_COMPARE_WITH_TIMEOUT(a.socket.state(),
                                      kora::net::SocketIoClient::State::WaitingToReconnect, 5000);
        }
        ClientStack a(proxyUrl(), ama, cachePath);
        const auto entries = a.cache->outbox();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().files.size(), 2);
        QCOMPARE(entries.first().files[0].attachmentId, firstId);
        QVERIFY(entries.first().files[1].attachmentId.isEmpty());
        QSignalSpy progress(a.outbox.get(), &kora::models::Outbox::uploadProgress);
        QSignalSpy acknowledged(a.outbox.get(), &kora::models::Outbox::acknowledged);
        a.socket.open();
        proxy->setRefuse(false);
        QVERIFY(acknowledged.wait(15000));
        // File 0 was only reported done; only file 1 started from zero.
        for (const QList<QVariant> &p : progress) {
            if (p.at(1).toInt() == 0)
                QCOMPARE(p.at(2).toLongLong(), p.at(3).toLongLong());
        }
        const kora::proto::Message message =
            acknowledged.first().at(1).value<kora::proto::Message>();
        QCOMPARE(message.clientId, clientId);
        QCOMPARE(message.kind, QStringLiteral("image"));
        QCOMPARE(message.attachments.size(), 2);
        QCOMPARE(message.attachments[0].id, firstId);
        QCOMPARE(message.attachments[1].width.value_or(0), 200);
        QCOMPARE(message.attachments[1].height.value_or(0), 300);
    }

    void discardCancelsAnUploadInFlight()
    {
        proxy->setDelayMs(50); // slow enough to catch the upload in the middle
        ClientStack a(proxyUrl(), ama, dir.filePath(QStringLiteral("d.sqlite3")));
        QSignalSpy connected(&a.socket, &kora::net::SocketIoClient::connected);
        a.socket.open();
        QVERIFY(connected.wait(10000));
        const LocalAttachment big =
            savePng(dir.filePath(QStringLiteral("big.png")), picture(600, 400, 4));
        QSignalSpy progress(a.outbox.get(), &kora::models::Outbox::uploadProgress);
        QSignalSpy refused(a.outbox.get(), &kora::models::Outbox::refused);
        QSignalSpy acknowledged(a.outbox.get(), &kora::models::Outbox::acknowledged);
        const auto sent = a.outbox->sendFiles(conversationId, QStringLiteral("never mind"), {big});
        QVERIFY(sent);
        const QString copies = QDir(a.outbox->filesDir()).filePath(sent->message.clientId);
        QVERIFY(QFileInfo::exists(copies));
        QTRY_VERIFY(!progress.isEmpty());
        a.outbox->discard(sent->message.clientId);
        QCOMPARE(a.cache->pendingCount(), 0);
        QVERIFY(!QFileInfo::exists(copies));
        QCOMPARE(a.cache->messages(conversationId, 50).size(), 0);
        // A later message still goes (nothing was left in flight).
        proxy->setDelayMs(0);
        const auto next = a.outbox->send(conversationId, QStringLiteral("after"));
        QVERIFY(next);
        QVERIFY(acknowledged.wait(10000));
        QCOMPARE(acknowledged.last().at(0).toString(), next->message.clientId);
        QCOMPARE(refused.size(), 0);
        QCOMPARE(acknowledged.size(), 1);

        // The transfer itself: cancelled once, with "cancelled".
        proxy->setDelayMs(50);
        int calls = 0;
        QString code;
        const auto id =
            a.api.uploadAttachment(big.path, big.name, big.mime, this,
                                   [&](const kora::net::ApiResult<kora::proto::Attachment> &r) {
                                       ++calls;
                                       code = r ? QString() : r.error().code;
                                   });
        QVERIFY(id != 0);
        QVERIFY(a.api.cancelTransfer(id));
        QTRY_COMPARE(calls, 1);
        QCOMPARE(code, QStringLiteral("cancelled"));
        QVERIFY(!a.api.cancelTransfer(id));
        QCoreApplication::processEvents();
        QCOMPARE(calls, 1);

        // A file that is not there: a clear local error, later, not inside the call.
        QString missing;
        const auto none =
            a.api.uploadAttachment(dir.filePath(QStringLiteral("gone.png")),
                                   QStringLiteral("gone.png"), QStringLiteral("image/png"), this,
                                   [&](const kora::net::ApiResult<kora::proto::Attachment> &r) {
                                       missing = r ? QStringLiteral("uploaded?") : r.error().code;
                                   });
        QCOMPARE(none, kora::net::ApiClient::TransferId(0));
        QVERIFY(missing.isEmpty());
        QTRY_COMPARE(missing, QStringLiteral("file"));
    }

    void aRefusedFileFailsWithItsReason()
    {
        ClientStack a(fx->url(), ama, dir.filePath(QStringLiteral("r.sqlite3")));
        a.socket.open();
        const QString path = dir.filePath(QStringLiteral("fake.png"));
        QFile fake(path);
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("<html><body>not a picture</body></html>");
        fake.close();
        QSignalSpy refused(a.outbox.get(), &kora::models::Outbox::refused);
        const auto sent = a.outbox->sendFiles(
            conversationId, {},
            {{path, QStringLiteral("fake.png"), QStringLiteral("image/png"), 40, 10, 10}});
        QVERIFY(sent);
        QVERIFY(refused.wait(10000));
        QCOMPARE(refused.first().at(1).value<kora::proto::ApiError>().code,
                 QStringLiteral("unsupported_media"));
        MessageListModel model(*a.cache, conversationId, ama.userId);
        const QModelIndex row = model.index(model.rowCount() - 1, 0);
        QCOMPARE(row.data(MessageListModel::StatusRole).toInt(),
                 int(MessageListModel::Status::Failed));
        QVERIFY(!row.data(MessageListModel::FailureRole).toString().isEmpty());
        QCOMPARE(row.data(MessageListModel::UploadProgressRole).toDouble(), -1.0);
        // Discarding it removes the copy too.
        a.outbox->discard(sent->message.clientId);
        QVERIFY(!QFileInfo::exists(QDir(a.outbox->filesDir()).filePath(sent->message.clientId)));
    }
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
