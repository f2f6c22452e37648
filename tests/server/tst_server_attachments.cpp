// Attachments on kora-server: uploads sniffed from their bytes, limits
// (size, pixels, decompression bombs), hostile names, sends that use them
// (own, unused, nothing half-stored) and downloads only for those who may.
#include "ServerFixture.h"
#include "SioTestClient.h"

#include "AttachmentService.h"
#include "ChatService.h"
#include "Database.h"
#include "protocol/Json.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtEndian>

#include <sys/resource.h>

using kora::test::HttpResult;
using kora::test::ServerFixture;

namespace {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 90);
    return bytes;
}

QImage picture(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, (x * y) % 256));
    return image;
}

// The classic 1×1 GIF (Qt reads GIF but does not write it).
QByteArray tinyGif()
{
    return QByteArray::fromHex("47494638396101000100800000000000ffffff21f90401000000002c00000000"
                               "010001000002024401003b");
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), chunk.data());
    const QByteArray body = QByteArray(type) + data;
    chunk += body;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(body), crc.data());
    return chunk + crc;
}

// A PNG whose header declares width×height, with `idat` as its only data:
// a few hundred bytes that would decode to gigabytes.
QByteArray declaredPng(quint32 width, quint32 height, const QByteArray &idat)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // RGB
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat) +
           pngChunk("IEND", {});
}

// A JPEG whose EXIF says "turn a quarter clockwise to show" (orientation 6).
QByteArray turnedJpeg(const QImage &image)
{
    QByteArray jpeg = encode(image, "JPEG");
    const QByteArray tiff = QByteArray::fromHex("4d4d002a00000008" // big-endian TIFF, IFD at 8
                                                "0001"             // one entry
                                                "011200030000000100060000" // Orientation = 6
                                                "00000000");
    QByteArray app1 =
        QByteArray::fromHex("ffe1") + QByteArray(2, '\0') + QByteArray("Exif\0\0", 6) + tiff;
    qToBigEndian<quint16>(quint16(app1.size() - 2), app1.data() + 2);
    return jpeg.insert(2, app1); // right after SOI
}

qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QJsonObject fileMessage(const QStringList &ids, const QString &kind = QStringLiteral("image"),
                        const QString &body = {})
{
    return {{QStringLiteral("clientId"), kora::proto::newUuid()},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("body"), body},
            {QStringLiteral("attachmentIds"), QJsonArray::fromStringList(ids)}};
}

// One number from the server's database, read on a connection of the test's own.
qint64 countRows(ServerFixture &server, const QString &sql, const QVariantList &binds = {})
{
    auto db = kora::server::Database::open(
        {server.dataDir() + QStringLiteral("/kora.sqlite3"), server.databaseUrl(), false});
    if (!db)
        return -1;
    auto q = (*db)->exec(sql, binds);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// One statement on the server's database, from a connection of the test's own.
bool runSql(ServerFixture &server, const QString &sql, const QVariantList &binds = {})
{
    auto db = kora::server::Database::open(
        {server.dataDir() + QStringLiteral("/kora.sqlite3"), server.databaseUrl(), false});
    return db && (*db)->exec(sql, binds).hasValue();
}

QByteArray noise(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7919 + (i >> 9) * 31) % 251);
    return bytes;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestServerAttachments : public QObject
{
    Q_OBJECT

    HttpResult upload(ServerFixture &server, const QString &token, const QByteArray &bytes,
                      const QByteArray &contentType, const QByteArray &fileName)
    {
        QNetworkRequest request(server.url(QStringLiteral("/api/v1/attachments")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setRawHeader("X-Filename", QUrl::toPercentEncoding(QString::fromUtf8(fileName)));
        QNetworkReply *reply = m_network.post(request, bytes);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        reply->deleteLater();
        return result;
    }

    QNetworkReply *startUpload(ServerFixture &server, const QString &token, const QByteArray &bytes,
                               const QByteArray &fileName)
    {
        QNetworkRequest request(server.url(QStringLiteral("/api/v1/attachments")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/octet-stream"));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setRawHeader("X-Filename", fileName);
        return m_network.post(request, bytes);
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<ServerFixture> m_server;
    ServerFixture::Login m_ama, m_kofi, m_yaw;
    QString m_amaKofi; // their direct conversation

private Q_SLOTS:
    void initTestCase()
    {
        auto config = ServerFixture::defaultConfig();
        config.maxImageBytes = 1024 * 1024; // small limits keep the test's uploads small
        config.maxFileBytes = 2 * 1024 * 1024;
        config.maxImagePixels = 4'000'000;
        m_server = std::make_unique<ServerFixture>(config);
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_ama = m_server->login(QStringLiteral("ama"));
        m_kofi = m_server->login(QStringLiteral("kofi"));
        m_yaw = m_server->login(QStringLiteral("yaw"));
        m_amaKofi = m_server->directConversation(m_ama, m_kofi);
        QVERIFY(!m_amaKofi.isEmpty());
    }

    void uploadsEachImageTypeWithItsSize_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("png") << encode(picture(400, 300), "PNG") << u"image/png"_qs << 400 << 300;
        QTest::newRow("jpeg") << encode(picture(300, 500), "JPEG") << u"image/jpeg"_qs << 300
                              << 500;
        QTest::newRow("webp") << encode(picture(200, 100), "WEBP") << u"image/webp"_qs << 200
                              << 100;
        QTest::newRow("gif") << tinyGif() << u"image/gif"_qs << 1 << 1;
        // Found by fuzzing: a 1×23 frame on a 6000×23 logical screen decodes
        // to the whole screen. Its size is the screen's, its thumbnail bounded.
        QTest::newRow("gif canvas wider than its frame")
            << QByteArray::fromBase64("R0lGODlhcBcXAHAAACwAAAB6AQBEAAEAAgEAAjs=") << u"image/gif"_qs
            << 6000 << 23;
    }
    void uploadsEachImageTypeWithItsSize()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mime);
        QFETCH(int, width);
        QFETCH(int, height);
        QVERIFY(!bytes.isEmpty());
        // The declared type says nothing: the bytes decide.
        const HttpResult r =
            upload(*m_server, m_ama.token, bytes, "application/octet-stream", "picture.bin");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1String("mime")).toString(), mime);
        QCOMPARE(r.json.value(QLatin1String("width")).toInt(), width);
        QCOMPARE(r.json.value(QLatin1String("height")).toInt(), height);
        QCOMPARE(r.json.value(QLatin1String("size")).toInteger(), bytes.size());
        QCOMPARE(r.json.value(QLatin1String("name")).toString(), u"picture.bin"_qs);
        const QString id = r.json.value(QLatin1String("id")).toString();
        QCOMPARE(r.json.value(QLatin1String("url")).toString(), u"/api/v1/attachments/"_qs + id);
        QCOMPARE(r.json.value(QLatin1String("thumbUrl")).toString(),
                 u"/api/v1/attachments/"_qs + id + u"/thumb"_qs);

        // The uploader can fetch both, before any message carries them.
        const HttpResult full = m_server->get(u"/api/v1/attachments/"_qs + id, m_ama.token);
        QCOMPARE(full.status, 200);
        QCOMPARE(full.body, bytes);
        const HttpResult thumb =
            m_server->get(u"/api/v1/attachments/"_qs + id + u"/thumb"_qs, m_ama.token);
        QCOMPARE(thumb.status, 200);
        QCOMPARE(thumb.header("Content-Type"), QByteArray("image/jpeg"));
        const QImage small = QImage::fromData(thumb.body, "JPEG");
        QVERIFY(!small.isNull());
        QVERIFY(qMax(small.width(), small.height()) <= 320);
        QCOMPARE(qMax(small.width(), small.height()), qMin(320, qMax(width, height)));
    }

    void orientationIsApplied()
    {
        const HttpResult r = upload(*m_server, m_ama.token, turnedJpeg(picture(400, 100)),
                                    "image/jpeg", "phone.jpg");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1String("width")).toInt(), 100);
        QCOMPARE(r.json.value(QLatin1String("height")).toInt(), 400);
        const HttpResult thumb =
            m_server->get(r.json.value(QLatin1String("thumbUrl")).toString(), m_ama.token);
        QCOMPARE(QImage::fromData(thumb.body).size(), QSize(80, 320));
    }

    void bytesDecideTheType()
    {
        const QByteArray html = "<!DOCTYPE html><html><script>alert(1)</script></html>";
        // An "image" that is really HTML: refused, whatever its name or declared type.
        HttpResult r = upload(*m_server, m_ama.token, html, "image/png", "cat.png");
        QCOMPARE(r.status, 415);
        QCOMPARE(r.errorCode(), u"unsupported_media"_qs);
        r = upload(*m_server, m_ama.token, html, "application/octet-stream", "cat.png");
        QCOMPARE(r.status, 415);
        // Sent as a file it is kept, as an inert download, never as HTML.
        r = upload(*m_server, m_ama.token, html, "text/html", "page.html");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1String("mime")).toString(), u"application/octet-stream"_qs);
        QVERIFY(!r.json.contains(QLatin1String("thumbUrl")));
        QVERIFY(!r.json.contains(QLatin1String("width")));
        const HttpResult got =
            m_server->get(r.json.value(QLatin1String("url")).toString(), m_ama.token);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.header("Content-Type"), QByteArray("application/octet-stream"));
        QCOMPARE(got.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QVERIFY(got.header("Content-Disposition").startsWith("attachment;"));
        QCOMPARE(
            m_server->get(r.json.value(QLatin1String("url")).toString() + u"/thumb"_qs, m_ama.token)
                .status,
            404);
        // A PDF is what its bytes say.
        r = upload(*m_server, m_ama.token, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
                   "application/octet-stream", "invoice");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1String("mime")).toString(), u"application/pdf"_qs);
    }

    void oversizeIsRefused()
    {
        // An image over the image limit (1 MiB here), though under the file limit.
        QByteArray big = encode(picture(400, 300), "PNG");
        big.append(QByteArray(1024 * 1024, 'x')); // trailing bytes after IEND
        HttpResult r = upload(*m_server, m_ama.token, big, "image/png", "big.png");
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), u"too_large"_qs);
        // A file over the file limit: refused by its declared length, before the body.
        r = upload(*m_server, m_ama.token, QByteArray(2 * 1024 * 1024 + 1, 'a'), "text/plain",
                   "a.txt");
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), u"too_large"_qs);
        // Too many pixels (limit 4 MP here): a real, small file.
        r = upload(*m_server, m_ama.token, encode(QImage(2100, 2000, QImage::Format_Mono), "PNG"),
                   "image/png", "wide.png");
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), u"too_large"_qs);
        // A 1×1 GIF frame on a 4000×4000 logical screen: 16 MP once decoded.
        QByteArray screen = tinyGif();
        screen[6] = screen[8] = char(4000 & 0xff);
        screen[7] = screen[9] = char(4000 >> 8);
        r = upload(*m_server, m_ama.token, screen, "image/gif", "screen.gif");
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), u"too_large"_qs);
        // An empty body.
        r = upload(*m_server, m_ama.token, {}, "image/png", "empty.png");
        QCOMPARE(r.status, 400);
        // Support accounts write nothing, uploads included.
        const auto support = m_server->login(QStringLiteral("support"));
        r = upload(*m_server, support.token, encode(picture(8, 8), "PNG"), "image/png", "s.png");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"read_only"_qs);
    }

    void decompressionBombIsRefusedWithoutAllocating()
    {
        // 100000×100000 RGB would be 30 GB decoded; the file is a few hundred bytes.
        // qCompress is a zlib stream behind a 4-byte length: the stream is PNG's IDAT.
        const QByteArray packed = qCompress(QByteArray(64 * 1024, '\0')).mid(4);
        const qint64 before = peakRssKiB();
        HttpResult r = upload(*m_server, m_ama.token, declaredPng(100000, 100000, packed),
                              "image/png", "bomb.png");
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), u"too_large"_qs);
        // Within the pixel limit but damaged: a clear error, not a crash.
        r = upload(*m_server, m_ama.token, declaredPng(1000, 1000, packed.left(20)), "image/png",
                   "broken.png");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid"_qs);
        QVERIFY(r.json.value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("image")));
        // A PNG signature and nothing sensible after it.
        r = upload(*m_server, m_ama.token, QByteArray("\x89PNG\r\n\x1a\n", 8) + "garbage",
                   "image/png", "junk.png");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid"_qs);
        // Half an image is not an image: JPEG decoders fill the missing part
        // with grey and call it a success, so the end of the data is checked.
        for (const char *format : {"JPEG", "PNG"}) {
            const QByteArray whole = encode(picture(300, 200), format);
            r = upload(*m_server, m_ama.token, whole.left(whole.size() / 2), "image/jpeg",
                       "half.jpg");
            QVERIFY2(r.status == 400, format);
            QCOMPARE(r.errorCode(), u"invalid"_qs);
            QVERIFY(r.json.value(QLatin1String("error"))
                        .toObject()
                        .value(QLatin1String("message"))
                        .toString()
                        .contains(QLatin1String("image")));
        }
        // Bytes after the end of a whole JPEG (some cameras add a trailer) are fine.
        r = upload(*m_server, m_ama.token, encode(picture(30, 20), "JPEG") + QByteArray(64, 'x'),
                   "image/jpeg", "trailer.jpg");
        QCOMPARE(r.status, 201);
        // Nothing near a decoded bomb was ever allocated (the test runs the server in-process).
        QVERIFY2(peakRssKiB() - before < 64 * 1024,
                 qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(peakRssKiB() - before)));
    }

    // Uploads are rated per user, and what one uploads in a day without
    // sending it is capped: past either, a clear refusal that stores nothing;
    // sending the files frees the quota.
    void uploadsAreRatedAndUnsentOnesCapped()
    {
        auto config = ServerFixture::defaultConfig();
        config.uploadLimitPerMinute = 3;
        config.maxUnsentUploadMbPerDay = 1;
        ServerFixture server(config);
        QVERIFY2(server.ok(), qPrintable(server.error()));
        const auto ama = server.login(QStringLiteral("ama"));
        const auto kofi = server.login(QStringLiteral("kofi"));
        const QString conversation = server.directConversation(kofi, ama);
        const auto rows = [&] { return countRows(server, u"SELECT COUNT(*) FROM attachments"_qs); };

        for (int i = 0; i < 3; ++i)
            QCOMPARE(upload(server, ama.token, "note", "text/plain", "n.txt").status, 201);
        HttpResult r = upload(server, ama.token, "note", "text/plain", "n.txt");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), u"rate_limited"_qs);
        QVERIFY(r.json.value(u"error"_qs).toObject().value(u"retryAfter"_qs).toInt() > 0);
        QCOMPARE(rows(), 3);

        // 600 KB twice is over 1 MB of unsent uploads; once sent, there is room again.
        const QByteArray part(600 * 1024, 'k');
        r = upload(server, kofi.token, part, "text/plain", "part1.txt");
        QCOMPARE(r.status, 201);
        const QString first = r.json.value(u"id"_qs).toString();
        r = upload(server, kofi.token, part, "text/plain", "part2.txt");
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), u"too_large"_qs);
        QVERIFY(r.json.value(u"error"_qs)
                    .toObject()
                    .value(u"message"_qs)
                    .toString()
                    .contains(u"not sent"_qs));
        QCOMPARE(rows(), 4);
        QCOMPARE(server
                     .post(u"/api/v1/conversations/"_qs + conversation + u"/messages"_qs,
                           kofi.token, fileMessage({first}, u"file"_qs))
                     .status,
                 201);
        QCOMPARE(upload(server, kofi.token, part, "text/plain", "part2.txt").status, 201);
    }

    // Decoding uploads has a pool of its own: with every one of its workers
    // busy, a login (a password check) still goes through at once, and the
    // upload waiting for a worker is answered when one is free.
    void decodingLeavesLoginsAlone()
    {
        QThreadPool &pool = m_server->server().attachments().imagePool();
        QVERIFY(pool.maxThreadCount() >= 1);
        QVERIFY(pool.maxThreadCount() < qMax(2, QThread::idealThreadCount()) ||
                QThread::idealThreadCount() == 1);
        QSemaphore release;
        QSemaphore started;
        for (int i = 0; i < pool.maxThreadCount(); ++i)
            pool.start([&] {
                started.release();
                release.acquire();
            });
        QTRY_COMPARE(started.available(), pool.maxThreadCount());
        const auto unblock = qScopeGuard([&] {
            release.release(pool.maxThreadCount());
            pool.waitForDone();
        });

        QNetworkReply *waiting =
            startUpload(*m_server, m_ama.token, encode(picture(64, 48), "PNG"), "waits.png");
        const auto login = m_server->login(QStringLiteral("yaw"));
        QVERIFY(!login.token.isEmpty());
        QVERIFY(!waiting->isFinished()); // still queued for a decoding worker
        release.release(pool.maxThreadCount());
        QSignalSpy finished(waiting, &QNetworkReply::finished);
        QVERIFY(waiting->isFinished() || finished.wait(15000));
        QCOMPARE(waiting->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        waiting->deleteLater();
    }

    void hostileNamesAreOnlyDisplayNames()
    {
        const QByteArray bytes = encode(picture(20, 10), "PNG");
        HttpResult r = upload(*m_server, m_ama.token, bytes, "image/png", "../../x");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1String("name")).toString(), u"x"_qs);
        r = upload(*m_server, m_ama.token, bytes, "image/png", "..\\..\\evil\x01\x1b[31m.png");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1String("name")).toString(), u"evil[31m.png"_qs);
        r = upload(*m_server, m_ama.token, bytes, "image/png", QByteArray(1000, 'n') + ".png");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1String("name")).toString().size(), 255);
        r = upload(*m_server, m_ama.token, bytes, "image/png", "..");
        QCOMPARE(r.json.value(QLatin1String("name")).toString(), u"file"_qs);
        // On disk: content-addressed names under <data>/attachments only (on
        // PostgreSQL the bytes are in the database: nothing there); the same
        // bytes four times are one file or row (and one thumbnail).
        const QRegularExpression blob(QStringLiteral("^[0-9a-f]{64}(\\.thumb\\.jpg)?$"));
        QDirIterator it(m_server->dataDir(), QDir::Files, QDirIterator::Subdirectories);
        const QString sha = sha256Of(bytes);
        int copies = 0;
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            QVERIFY2(file.fileName() != QLatin1String("x"), qPrintable(file.filePath()));
            if (file.absolutePath().contains(QLatin1String("/attachments"))) {
                QVERIFY2(blob.match(file.fileName()).hasMatch(), qPrintable(file.filePath()));
                copies += file.fileName() == sha ? 1 : 0;
            }
        }
        if (m_server->isPostgres()) {
            QCOMPARE(copies, 0);
            QCOMPARE(countRows(*m_server, u"SELECT COUNT(*) FROM blobs WHERE sha256 = ?"_qs, {sha}),
                     2); // the original and its thumbnail
            // The store knows blobs by digest only (the names are in attachments).
            QCOMPARE(
                countRows(*m_server, u"SELECT COUNT(*) FROM blobs WHERE LENGTH(sha256) <> 64"_qs),
                0);
        } else {
            QCOMPARE(copies, 1);
        }
        QCOMPARE(
            countRows(*m_server, u"SELECT COUNT(*) FROM attachments WHERE sha256 = ?"_qs, {sha}),
            4);
    }

    void sendChecksEachAttachment()
    {
        const QString messagesPath = u"/api/v1/conversations/"_qs + m_amaKofi + u"/messages"_qs;
        const auto lastSeq = [&] {
            return m_server->get(u"/api/v1/conversations/"_qs + m_amaKofi, m_ama.token)
                .json.value(QLatin1String("lastSeq"))
                .toInteger();
        };
        const QByteArray bytes = encode(picture(64, 48), "PNG");
        const QString mine = upload(*m_server, m_ama.token, bytes, "image/png", "mine.png")
                                 .json.value(u"id"_qs)
                                 .toString();
        const QString kofis = upload(*m_server, m_kofi.token, bytes, "image/png", "his.png")
                                  .json.value(u"id"_qs)
                                  .toString();
        const QString text =
            upload(*m_server, m_ama.token, "just some text\n", "text/plain", "notes.txt")
                .json.value(u"id"_qs)
                .toString();
        QVERIFY(!mine.isEmpty() && !kofis.isEmpty() && !text.isEmpty());
        const qint64 seqBefore = lastSeq();

        // Someone else's upload, even next to one's own: forbidden, nothing stored.
        HttpResult r = m_server->post(messagesPath, m_ama.token, fileMessage({mine, kofis}));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"forbidden"_qs);
        // No such upload.
        r = m_server->post(messagesPath, m_ama.token, fileMessage({proto_uuid()}));
        QCOMPARE(r.status, 400);
        // A text file in an image message.
        r = m_server->post(messagesPath, m_ama.token, fileMessage({text}));
        QCOMPARE(r.status, 400);
        QCOMPARE(lastSeq(), seqBefore);

        // Own, unused: stored, and the message carries the attachment.
        r = m_server->post(messagesPath, m_ama.token,
                           fileMessage({mine, text}, u"file"_qs, u"two files"_qs));
        QCOMPARE(r.status, 201);
        const QJsonArray carried = r.json.value(QLatin1String("attachments")).toArray();
        QCOMPARE(carried.size(), 2);
        QCOMPARE(carried[0].toObject().value(u"id"_qs).toString(), mine); // in the order sent
        QCOMPARE(carried[0].toObject().value(u"width"_qs).toInt(), 64);
        QCOMPARE(carried[0].toObject().value(u"height"_qs).toInt(), 48);
        QCOMPARE(carried[1].toObject().value(u"id"_qs).toString(), text);
        QCOMPARE(lastSeq(), seqBefore + 1);
        // Used once: a second message cannot take it.
        r = m_server->post(messagesPath, m_ama.token, fileMessage({mine}));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"conflict"_qs);
        QCOMPARE(lastSeq(), seqBefore + 1);

        // The same over the socket; an image message may have no caption.
        kora::test::SioTestClient socket;
        QVERIFY(socket.connectWithToken(m_server->url(), m_kofi.token));
        QJsonObject payload = fileMessage({mine});
        payload.insert(u"conversationId"_qs, m_amaKofi);
        auto ack = socket.call(u"send_message"_qs, payload);
        QVERIFY(ack);
        QCOMPARE(ack->value(u"error"_qs).toObject().value(u"code"_qs).toString(), u"forbidden"_qs);
        payload = fileMessage({kofis});
        payload.insert(u"conversationId"_qs, m_amaKofi);
        ack = socket.call(u"send_message"_qs, payload);
        QVERIFY(ack);
        QVERIFY(ack->value(u"ok"_qs).toBool());
        const QJsonObject message = ack->value(u"message"_qs).toObject();
        QCOMPARE(message.value(u"kind"_qs).toString(), u"image"_qs);
        QCOMPARE(message.value(u"body"_qs).toString(), QString());
        QCOMPARE(message.value(u"attachments"_qs).toArray().size(), 1);

        // Reading the history gives the attachments back.
        r = m_server->get(messagesPath + u"?limit=2"_qs, m_ama.token);
        const QJsonArray page = r.json.value(u"messages"_qs).toArray();
        QCOMPARE(page.size(), 2);
        QCOMPARE(page[0].toObject().value(u"attachments"_qs).toArray().size(), 2);
        QCOMPARE(page[1]
                     .toObject()
                     .value(u"attachments"_qs)
                     .toArray()[0]
                     .toObject()
                     .value(u"thumbUrl"_qs)
                     .toString(),
                 u"/api/v1/attachments/"_qs + kofis + u"/thumb"_qs);
    }

    void oneUploadCannotGoInTwoMessagesOfOneBatch()
    {
        // Socket sends of one event-loop turn are committed together; two of
        // them claiming the same upload: one is stored, the other refused.
        const QString id =
            upload(*m_server, m_ama.token, encode(picture(30, 20), "PNG"), "image/png", "race.png")
                .json.value(u"id"_qs)
                .toString();
        QVERIFY(!id.isEmpty());
        auto &chat = m_server->server().chat();
        const kora::server::Actor actor{m_ama.userId, QStringLiteral("worker"), {}};
        std::optional<kora::server::Result<kora::server::Stored>> first, second;
        for (auto *slot : {&first, &second}) {
            kora::proto::SendMessageRequest r;
            r.clientId = kora::proto::newUuid();
            r.kind = QStringLiteral("image");
            r.attachmentIds = {id};
            chat.sendBatched(actor, m_amaKofi, r, this,
                             [slot](const kora::server::Result<kora::server::Stored> &result) {
                                 slot->emplace(result);
                             });
        }
        QTRY_VERIFY(first.has_value() && second.has_value());
        QVERIFY(first->hasValue() != second->hasValue());
        const auto &stored = first->hasValue() ? *first : *second;
        const auto &refused = first->hasValue() ? *second : *first;
        QCOMPARE(stored->message.attachments.size(), 1);
        QCOMPARE(stored->message.attachments.first().id, id);
        QCOMPARE(refused.error().code, u"conflict"_qs);
    }

    void downloadsOnlyForThoseWhoMay()
    {
        const QByteArray bytes = encode(picture(500, 250), "JPEG");
        const QString id = upload(*m_server, m_ama.token, bytes, "image/jpeg", "beach.jpg")
                               .json.value(u"id"_qs)
                               .toString();
        const QString url = u"/api/v1/attachments/"_qs + id;
        // Not in a message yet: only the uploader.
        QCOMPARE(m_server->get(url, m_kofi.token).status, 403);
        QCOMPARE(m_server->get(url, {}).status, 401);
        QCOMPARE(m_server->get(u"/api/v1/attachments/"_qs + proto_uuid(), m_ama.token).status, 404);

        const HttpResult sent =
            m_server->post(u"/api/v1/conversations/"_qs + m_amaKofi + u"/messages"_qs, m_ama.token,
                           fileMessage({id}, u"image"_qs, u"look"_qs));
        QCOMPARE(sent.status, 201);
        // A participant of the conversation now may; anyone else may not.
        HttpResult got = m_server->get(url, m_kofi.token);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, bytes);
        QCOMPARE(got.header("Content-Type"), QByteArray("image/jpeg"));
        QCOMPARE(got.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QVERIFY(got.header("Cache-Control").contains("immutable"));
        QCOMPARE(got.header("Content-Disposition"),
                 QByteArray("inline; filename=\"beach.jpg\"; filename*=UTF-8''beach.jpg"));
        got = m_server->get(url + u"/thumb"_qs, m_kofi.token);
        QCOMPARE(got.status, 200);
        QCOMPARE(QImage::fromData(got.body).size(), QSize(320, 160));
        got = m_server->get(url, m_yaw.token);
        QCOMPARE(got.status, 403);
        QCOMPARE(got.errorCode(), u"forbidden"_qs);
        QCOMPARE(m_server->get(url + u"/thumb"_qs, m_yaw.token).status, 403);

        // A deleted message carries nothing any more.
        const QString messageId = sent.json.value(u"id"_qs).toString();
        const HttpResult deleted =
            m_server->request("DELETE", u"/api/v1/messages/"_qs + messageId, m_ama.token);
        QCOMPARE(deleted.status, 200);
        QVERIFY(deleted.json.value(u"attachments"_qs).toArray().isEmpty());
        QCOMPARE(m_server->get(url, m_kofi.token).status, 403);
    }

    // Support sees a conversation's pictures only after opening it through the
    // admin routes (which audits the opening).
    void supportSeesAttachmentsOfWhatItOpened()
    {
        const auto support = m_server->login(QStringLiteral("support"));
        QVERIFY(!support.token.isEmpty());
        const QByteArray bytes = encode(picture(120, 90), "PNG");
        const QString id = upload(*m_server, m_kofi.token, bytes, "image/png", "receipt.png")
                               .json.value(u"id"_qs)
                               .toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_server
                     ->post(u"/api/v1/conversations/"_qs + m_amaKofi + u"/messages"_qs,
                            m_kofi.token, fileMessage({id}, u"image"_qs, u"receipt"_qs))
                     .status,
                 201);
        const QString url = u"/api/v1/attachments/"_qs + id;
        HttpResult got = m_server->get(url, support.token);
        QCOMPARE(got.status, 403);
        QCOMPARE(got.errorCode(), u"forbidden"_qs);

        QCOMPARE(m_server
                     ->get(u"/api/v1/admin/conversations/"_qs + m_amaKofi + u"/messages"_qs,
                           support.token)
                     .status,
                 200);
        got = m_server->get(url, support.token);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, bytes);
        QCOMPARE(m_server->get(url + u"/thumb"_qs, support.token).status, 200);
        // Opening one conversation opens no other: Ama and Yaw's stays closed.
        const QString amaYaw = m_server->directConversation(m_ama, m_yaw);
        const QString other = upload(*m_server, m_yaw.token, bytes, "image/png", "other.png")
                                  .json.value(u"id"_qs)
                                  .toString();
        QCOMPARE(m_server
                     ->post(u"/api/v1/conversations/"_qs + amaYaw + u"/messages"_qs, m_yaw.token,
                            fileMessage({other}, u"image"_qs, u"other"_qs))
                     .status,
                 201);
        QCOMPARE(m_server->get(u"/api/v1/attachments/"_qs + other, support.token).status, 403);
    }

    // Protocol 7.7: whichever process received an upload, every process
    // serves it. PostgreSQL: a second server on the first one's database,
    // with the bytes in the database (the default) or in a directory both
    // mount. SQLite serves one process per database file: there the shared
    // directory itself is checked (two servers writing the same bytes to it).
    void anotherServerServesTheBytes_data()
    {
        QTest::addColumn<bool>("sharedDir");
        // SQLite's default store is the data dir of its one process: nothing to share.
        if (kora::test::TestDatabase::postgresRun())
            QTest::newRow("default store") << false;
        QTest::newRow("shared directory") << true;
    }
    void anotherServerServesTheBytes()
    {
        QFETCH(bool, sharedDir);
        QTemporaryDir shared;
        QVERIFY(shared.isValid());
        auto config = ServerFixture::defaultConfig();
        if (sharedDir)
            config.attachmentsDir = shared.path();
        ServerFixture first(config);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const QByteArray image = encode(picture(640, 400), "PNG");
        const QString sha = sha256Of(image);
        const QString shardDir = shared.path() + u'/' + sha.left(2);

        if (!first.isPostgres()) {
            QVERIFY(sharedDir);
            ServerFixture second(config); // a database of its own, the same directory
            QVERIFY2(second.ok(), qPrintable(second.error()));
            const auto ama1 = first.login(QStringLiteral("ama"));
            const auto ama2 = second.login(QStringLiteral("ama"));
            // The same bytes through both at once: one file (and one thumbnail).
            QNetworkReply *a = startUpload(first, ama1.token, image, "one.png");
            QNetworkReply *b = startUpload(second, ama2.token, image, "two.png");
            QTRY_VERIFY_WITH_TIMEOUT(a->isFinished() && b->isFinished(), 30000);
            QCOMPARE(a->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            QCOMPARE(b->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            const QString idA =
                QJsonDocument::fromJson(a->readAll()).object().value(u"id"_qs).toString();
            const QString idB =
                QJsonDocument::fromJson(b->readAll()).object().value(u"id"_qs).toString();
            a->deleteLater();
            b->deleteLater();
            QCOMPARE(QDir(shardDir).entryList(QDir::Files | QDir::Hidden),
                     (QStringList{sha, sha + u".thumb.jpg"_qs}));
            QVERIFY(!QDir(first.dataDir() + u"/attachments"_qs).exists());
            QVERIFY(!QDir(second.dataDir() + u"/attachments"_qs).exists());
            QCOMPARE(first.get(u"/api/v1/attachments/"_qs + idA, ama1.token).body, image);
            QCOMPARE(second.get(u"/api/v1/attachments/"_qs + idB, ama2.token).body, image);
            QCOMPARE(second.get(u"/api/v1/attachments/"_qs + idB + u"/thumb"_qs, ama2.token).status,
                     200);
            return;
        }

        ServerFixture second(config, first);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        const auto ama1 = first.login(QStringLiteral("ama"));
        const auto ama2 = second.login(QStringLiteral("ama"));
        QVERIFY(!ama1.token.isEmpty() && !ama2.token.isEmpty());

        // Uploaded through one, downloaded (and its thumbnail) through the other.
        HttpResult r = upload(first, ama1.token, image, "image/png", "photo.png");
        QCOMPARE(r.status, 201);
        const QString id = r.json.value(u"id"_qs).toString();
        HttpResult got = second.get(u"/api/v1/attachments/"_qs + id, ama2.token);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, image);
        got = second.get(u"/api/v1/attachments/"_qs + id + u"/thumb"_qs, ama2.token);
        QCOMPARE(got.status, 200);
        QCOMPARE(QImage::fromData(got.body, "JPEG").size(), QSize(320, 200));
        QCOMPARE(got.body,
                 first.get(u"/api/v1/attachments/"_qs + id + u"/thumb"_qs, ama1.token).body);

        // A file of many chunks, byte for byte, the other way round.
        const QByteArray big = noise(1024 * 1024 * 3 / 2 + 4321);
        r = upload(second, ama2.token, big, "application/octet-stream", "data.bin");
        QCOMPARE(r.status, 201);
        got = first.get(u"/api/v1/attachments/"_qs + r.json.value(u"id"_qs).toString(), ama1.token);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body.size(), big.size());
        QVERIFY(got.body == big);
        if (!sharedDir)
            QCOMPARE(countRows(first, u"SELECT COUNT(*) FROM blob_chunks WHERE sha256 = ?"_qs,
                               {sha256Of(big)}),
                     (big.size() + 256 * 1024 - 1) / (256 * 1024));

        // The same bytes through both at once: stored once, two attachments.
        const QByteArray twice = encode(picture(300, 200), "PNG");
        const QString twiceSha = sha256Of(twice);
        QNetworkReply *a = startUpload(first, ama1.token, twice, "a.png");
        QNetworkReply *b = startUpload(second, ama2.token, twice, "b.png");
        QTRY_VERIFY_WITH_TIMEOUT(a->isFinished() && b->isFinished(), 30000);
        QCOMPARE(a->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(b->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        a->deleteLater();
        b->deleteLater();
        QCOMPARE(
            countRows(first, u"SELECT COUNT(*) FROM attachments WHERE sha256 = ?"_qs, {twiceSha}),
            2);
        if (sharedDir) {
            QCOMPARE(
                QDir(shared.path() + u'/' + twiceSha.left(2)).entryList(QDir::Files | QDir::Hidden),
                (QStringList{twiceSha, twiceSha + u".thumb.jpg"_qs}));
            QCOMPARE(countRows(first, u"SELECT COUNT(*) FROM blobs"_qs), 0);
        } else {
            QCOMPARE(
                countRows(first, u"SELECT COUNT(*) FROM blobs WHERE sha256 = ?"_qs, {twiceSha}),
                2); // the original and the thumbnail, once each
        }
    }

    // Bytes gone or damaged in the store: a clear answer, never a crash.
    void damagedBytesAreAClearError()
    {
        const QByteArray bytes = encode(picture(90, 60), "PNG");
        const QString sha = sha256Of(bytes);
        const HttpResult r = upload(*m_server, m_ama.token, bytes, "image/png", "fragile.png");
        QCOMPARE(r.status, 201);
        const QString url = r.json.value(u"url"_qs).toString();
        QCOMPARE(m_server->get(url, m_ama.token).body, bytes);
        if (m_server->isPostgres()) {
            QVERIFY(runSql(*m_server,
                           u"DELETE FROM blob_chunks WHERE sha256 = ? AND kind = 'original'"_qs,
                           {sha}));
            QVERIFY(runSql(*m_server, u"DELETE FROM blobs WHERE sha256 = ? AND kind = 'thumb'"_qs,
                           {sha}));
        } else {
            const QString path =
                m_server->dataDir() + u"/attachments/"_qs + sha.left(2) + u'/' + sha;
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly)); // same length, other bytes
            file.write(QByteArray(bytes.size(), 'z'));
            file.close();
            QVERIFY(QFile::remove(path + u".thumb.jpg"_qs));
        }
        HttpResult got = m_server->get(url, m_ama.token);
        QCOMPARE(got.status, 500);
        QCOMPARE(got.errorCode(), u"internal"_qs);
        QVERIFY2(got.json.value(u"error"_qs)
                     .toObject()
                     .value(u"message"_qs)
                     .toString()
                     .contains(u"damaged"_qs),
                 got.body.constData());
        got = m_server->get(url + u"/thumb"_qs, m_ama.token);
        QCOMPARE(got.status, 404);
        QCOMPARE(got.errorCode(), u"not_found"_qs);
        // Uploading the bytes again repairs the store.
        QCOMPARE(upload(*m_server, m_ama.token, bytes, "image/png", "again.png").status, 201);
        QCOMPARE(m_server->get(url, m_ama.token).body, bytes);
        QCOMPARE(m_server->get(url + u"/thumb"_qs, m_ama.token).status, 200);
    }

private:
    static QString proto_uuid() { return kora::proto::newUuid(); }
};

QTEST_GUILESS_MAIN(TestServerAttachments)
#include "tst_server_attachments.moc"
