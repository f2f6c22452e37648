// The HTTP guard's request-head reader, line by line (the fuzz target
// fuzz_requesthead checks its invariants on any bytes).
#include "RequestHead.h"

#include <QTest>

using kora::server::parseRequestHead;

class TestRequestHead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reads()
    {
        const auto head = parseRequestHead("POST /api/v1/attachments?x=1 HTTP/1.1\r\n"
                                           "Authorization:  Bearer abc \r\n"
                                           "CONTENT-LENGTH: 42\r\n\r\n");
        QVERIFY(head);
        QCOMPARE(head->method, QByteArray("POST"));
        QCOMPARE(head->path, QByteArray("/api/v1/attachments?x=1"));
        QCOMPARE(head->route, QByteArray("/api/v1/attachments"));
        QCOMPARE(head->contentLength, 42);
        QCOMPARE(head->authorization, QByteArray("Bearer abc"));
        QVERIFY(!head->chunked);
        QVERIFY(!head->webSocketHandshake);
    }

    void handshake_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("handshake");
        const QByteArray ws = "Upgrade: WebSocket\r\nConnection: keep-alive, Upgrade\r\n"
                              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                              "Sec-WebSocket-Version: 13\r\n";
        QTest::newRow("real") << "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\n" + ws +
                                     "\r\n"
                              << true;
        QTest::newRow("bare LF")
            << QByteArray(QByteArray("GET /socket.io HTTP/1.1\n" + ws + "\n").replace("\r", ""))
            << true;
        QTest::newRow("other path") << "GET /api/v1/me HTTP/1.1\r\n" + ws + "\r\n" << false;
        QTest::newRow("POST") << "POST /socket.io/ HTTP/1.1\r\n" + ws + "\r\n" << false;
        QTest::newRow("with a body")
            << "GET /socket.io/ HTTP/1.1\r\n" + ws + "Content-Length: 1\r\n\r\n"
            << false;
        QTest::newRow("version 8")
            << "GET /socket.io/ HTTP/1.1\r\n" + QByteArray(ws).replace("13", "8") + "\r\n"
            << false;
    }
    void handshake()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, handshake);
        const auto parsed = parseRequestHead(head);
        QVERIFY(parsed);
        QCOMPARE(parsed->webSocketHandshake, handshake);
    }

    void refusesAmbiguousLengths_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("sign") << QByteArray("+5");
        QTest::newRow("negative") << QByteArray("-1");
        QTest::newRow("hex") << QByteArray("0x10");
        QTest::newRow("inner space") << QByteArray("1 0");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("overflow") << QByteArray("99999999999999999999");
        QTest::newRow("two values") << QByteArray("5, 5");
    }
    void refusesAmbiguousLengths()
    {
        QFETCH(QByteArray, value);
        const QByteArray bytes = "POST / HTTP/1.1\r\nContent-Length: " + value + "\r\n\r\n";
        const auto head = parseRequestHead(bytes);
        QVERIFY(!head);
        QCOMPARE(head.error().status, 400);
    }

    void twoLengths()
    {
        QVERIFY(!parseRequestHead("POST / HTTP/1.1\r\nContent-Length: 5\r\n"
                                  "content-length: 6\r\n\r\n"));
        const auto same = parseRequestHead("POST / HTTP/1.1\r\nContent-Length: 5\r\n"
                                           "content-length: 5\r\n\r\n");
        QVERIFY(same);
        QCOMPARE(same->contentLength, 5);
    }

    void anyTransferEncodingIsChunked()
    {
        const auto head = parseRequestHead("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n");
        QVERIFY(head);
        QVERIFY(head->chunked);
    }

    void oddHeads()
    {
        for (const QByteArray &bytes :
             {QByteArray(), QByteArray("\r\n\r\n"), QByteArray("GET"), QByteArray(": x\r\n\r\n"),
              QByteArray("GET  /double-space HTTP/1.1\r\n\r\n")}) {
            const auto head = parseRequestHead(bytes);
            QVERIFY(head);
            QCOMPARE(head->contentLength, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestHead)
#include "tst_requesthead.moc"
