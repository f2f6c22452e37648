// ApiClient against the in-process kora-server, and against tiny hand-made
// servers for the failures a real server does not produce on demand.
#include "ApiClient.h"
#include "ServerFixture.h"
#include "protocol/Json.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using kora::net::ApiClient;
using kora::net::ApiResult;
using kora::proto::ApiError;
namespace proto = kora::proto;
namespace test = kora::test;

namespace {

QByteArray httpResponse(int status, const QByteArray &reason, const QByteArray &contentType,
                        const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" +
           extraHeaders + "\r\n" + body;
}

// Answers each request with one fixed raw HTTP response (never, when it is
// empty), over plain TCP or, given a certificate and key, TLS.
class FakeServer : public QTcpServer
{
public:
    explicit FakeServer(QByteArray response)
        : m_response(std::move(response))
    {
        listen(QHostAddress::LocalHost, 0);
    }
    void setResponse(const QByteArray &response) { m_response = response; }
    void setTls(const QSslCertificate &certificate, const QSslKey &key)
    {
        m_certificate = certificate;
        m_key = key;
    }
    QUrl url() const
    {
        return QUrl(
            QStringLiteral("%1://127.0.0.1:%2")
                .arg(m_certificate.isNull() ? QLatin1String("http") : QLatin1String("https"))
                .arg(serverPort()));
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = nullptr;
        if (m_certificate.isNull()) {
            socket = new QTcpSocket(this);
            socket->setSocketDescriptor(descriptor);
        } else {
            auto *tls = new QSslSocket(this);
            tls->setSocketDescriptor(descriptor);
            tls->setLocalCertificate(m_certificate);
            tls->setPrivateKey(m_key);
            tls->startServerEncryption();
            socket = tls;
        }
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (!buffer->contains("\r\n\r\n") || m_response.isEmpty())
                return;
            buffer->clear();
            socket->write(m_response);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    QByteArray m_response;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

// A token the test server would accept, but for its expiry time.
QString expiredToken(const QString &userId)
{
    constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject claims{{QStringLiteral("sub"), userId},
                             {QStringLiteral("role"), QStringLiteral("worker")},
                             {QStringLiteral("name"), QStringLiteral("Ama Mensah")},
                             {QStringLiteral("iat"), now - 7200},
                             {QStringLiteral("exp"), now - 3600}};
    const QByteArray input = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(b64) +
                             '.' +
                             QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(b64);
    const QByteArray secret = test::ServerFixture::defaultConfig().jwtSecret.toUtf8();
    return QString::fromLatin1(
        input + '.' +
        QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256).toBase64(b64));
}

// Makes a self-signed certificate for 127.0.0.1 with openssl; false if it could not.
bool makeCertificate(const QString &dir, const QString &name, const QStringList &keyArgs,
                     QSslCertificate *certificate, QSslKey *key)
{
    const QString certPath = dir + QLatin1Char('/') + name + QStringLiteral(".crt");
    const QString keyPath = dir + QLatin1Char('/') + name + QStringLiteral(".key");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + keyArgs +
                      QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath,
                                  QStringLiteral("-out"), certPath, QStringLiteral("-subj"),
                                  QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                  QStringLiteral("subjectAltName=IP:127.0.0.1"),
                                  QStringLiteral("-days"), QStringLiteral("2")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return false;
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certPath);
    QFile keyFile(keyPath);
    if (certs.size() != 1 || !keyFile.open(QIODevice::ReadOnly))
        return false;
    *certificate = certs.first();
    const QSsl::KeyAlgorithm algorithm =
        keyArgs.contains(QStringLiteral("ec")) ? QSsl::Ec : QSsl::Rsa;
    *key = QSslKey(&keyFile, algorithm, QSsl::Pem);
    return !key->isNull();
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ServerFixture> m_fx;
    QNetworkAccessManager m_network;
    test::ServerFixture::Login m_ama, m_kofi, m_yaw, m_efua;
    int m_synchronous = 0;

    std::unique_ptr<ApiClient> client(const QString &token = {}, const QUrl &url = {})
    {
        auto api = std::make_unique<ApiClient>(&m_network);
        api->setBaseUrl(url.isEmpty() ? m_fx->url() : url);
        api->setToken(token);
        return api;
    }

    // Runs one call and waits for its answer; counts answers given inside the call.
    template<class T, class Call> ApiResult<T> await(Call call, int timeoutMs = 10000)
    {
        std::optional<ApiResult<T>> result;
        QObject context; // destroyed on return: a late answer cannot reach `result`
        call(&context, [&result](ApiResult<T> r) { result.emplace(std::move(r)); });
        if (result)
            ++m_synchronous;
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
            return kora::unexpected(
                ApiError{QStringLiteral("test_timeout"), QStringLiteral("no answer")});
        return std::move(*result);
    }

    static QString codeOf(const auto &result) { return result ? QString() : result.error().code; }
    static QString why(const auto &result)
    {
        return result ? QString()
                      : result.error().code + QStringLiteral(": ") + result.error().message;
    }

    ApiResult<kora::net::OpenedConversation> openDirect(ApiClient &api, const QString &other,
                                                        const QString &jobId = {},
                                                        const QString &jobTitle = {})
    {
        return await<kora::net::OpenedConversation>(
            [&](QObject *c, auto done) { api.createDirect(other, jobId, jobTitle, c, done); });
    }

    ApiResult<kora::net::SentMessage> send(ApiClient &api, const QString &conversationId,
                                           const QString &body, const QString &clientId)
    {
        return await<kora::net::SentMessage>([&](QObject *c, auto done) {
            api.sendMessage(conversationId, clientId, QStringLiteral("text"), body, {}, {}, c,
                            done);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fx = std::make_unique<test::ServerFixture>();
        QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
        m_ama = m_fx->login(QStringLiteral("ama"));
        m_kofi = m_fx->login(QStringLiteral("kofi"));
        m_yaw = m_fx->login(QStringLiteral("yaw"));
        m_efua = m_fx->login(QStringLiteral("efua"));
        QVERIFY(!m_ama.token.isEmpty() && !m_kofi.token.isEmpty() && !m_yaw.token.isEmpty() &&
                !m_efua.token.isEmpty());
    }

    void cleanup() { QCOMPARE(m_synchronous, 0); }

    void health()
    {
        auto api = client();
        const auto r =
            await<kora::net::Health>([&](QObject *c, auto done) { api->health(c, done); });
        QVERIFY2(r, qPrintable(why(r)));
        QCOMPARE(r->status, QStringLiteral("ok"));
        const auto raw = await<QJsonObject>([&](QObject *c, auto done) {
            api->request("GET", QStringLiteral("/health"), {}, {}, c, done);
        });
        QVERIFY2(raw, qPrintable(why(raw)));
        QVERIFY(raw->value(QLatin1String("version")).isString());
    }

    void loginOk()
    {
        auto api = client();
        const auto r = await<kora::net::LoginResult>([&](QObject *c, auto done) {
            api->login(QStringLiteral("ama@demo.kora"), QStringLiteral("demo-password"), c, done);
        });
        QVERIFY2(r, qPrintable(why(r)));
        QVERIFY(!r->token.isEmpty());
        QVERIFY(r->expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(r->user.name, QStringLiteral("Ama Mensah"));
        QCOMPARE(r->user.role, QStringLiteral("worker"));
        QCOMPARE(r->user.id, m_ama.userId);

        api->setToken(r->token);
        const auto me = await<proto::User>([&](QObject *c, auto done) { api->me(c, done); });
        QVERIFY2(me, qPrintable(why(me)));
        QCOMPARE(me->id, m_ama.userId);
    }

    // A refused login is not a lost session: it answers the call, and
    // unauthorized() (which asks for a new login) stays quiet.
    void loginWrongPassword()
    {
        auto api = client(m_ama.token);
        QSignalSpy unauthorized(api.get(), &ApiClient::unauthorized);
        const auto r = await<kora::net::LoginResult>([&](QObject *c, auto done) {
            api->login(QStringLiteral("ama@demo.kora"), QStringLiteral("wrong-password"), c, done);
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, proto::code::Unauthorized);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(unauthorized.count(), 0);
    }

    void badToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("garbage") << QStringLiteral("not-a-token");
        QTest::newRow("expired") << expiredToken(m_ama.userId);
        QTest::newRow("none") << QString();
    }

    void badToken()
    {
        QFETCH(QString, token);
        auto api = client(token);
        QSignalSpy unauthorized(api.get(), &ApiClient::unauthorized);
        const auto r = await<proto::User>([&](QObject *c, auto done) { api->me(c, done); });
        QCOMPARE(codeOf(r), proto::code::Unauthorized);
        QCOMPARE(unauthorized.count(), 1);
    }

    void conversationsWithJobContext()
    {
        auto api = client(m_ama.token);
        const auto all = await<kora::net::ConversationPage>(
            [&](QObject *c, auto done) { api->conversations(false, {}, 0, c, done); });
        QVERIFY2(all, qPrintable(why(all)));
        QVERIFY(all->conversations.size() >= 2);
        QVERIFY(!all->hasMore);
        const auto kitchen = std::find_if(
            all->conversations.cbegin(), all->conversations.cend(),
            [](const proto::Conversation &c) { return c.jobId == QLatin1String("JOB-1042"); });
        QVERIFY(kitchen != all->conversations.cend());
        QCOMPARE(kitchen->jobTitle, QStringLiteral("Kitchen tiling, East Legon"));
        QCOMPARE(kitchen->type, QStringLiteral("direct"));
        QCOMPARE(kitchen->participants.size(), 2);
        QVERIFY(kitchen->lastMessage.has_value());
        QCOMPARE(kitchen->lastSeq, kitchen->lastMessage->seq);

        const auto first = await<kora::net::ConversationPage>(
            [&](QObject *c, auto done) { api->conversations(false, {}, 1, c, done); });
        QVERIFY2(first, qPrintable(why(first)));
        QCOMPARE(first->conversations.size(), 1);
        QVERIFY(first->hasMore);
        const QDateTime before = first->conversations.first().updatedAt;
        const auto second = await<kora::net::ConversationPage>(
            [&](QObject *c, auto done) { api->conversations(false, before, 1, c, done); });
        QVERIFY2(second, qPrintable(why(second)));
        QCOMPARE(second->conversations.size(), 1);
        QVERIFY(second->conversations.first().id != first->conversations.first().id);
        QVERIFY(second->conversations.first().updatedAt < before);
    }

    void createDirectTwice()
    {
        auto kofi = client(m_kofi.token);
        const auto made = openDirect(*kofi, m_yaw.userId, QStringLiteral("JOB-3001"),
                                     QStringLiteral("Roof repair"));
        QVERIFY2(made, qPrintable(why(made)));
        QVERIFY(made->created);
        QCOMPARE(made->conversation.type, QStringLiteral("direct"));
        QCOMPARE(made->conversation.jobId, QStringLiteral("JOB-3001"));
        QCOMPARE(made->conversation.jobTitle, QStringLiteral("Roof repair"));
        QCOMPARE(made->conversation.participants.size(), 2);

        const auto again = openDirect(*kofi, m_yaw.userId);
        QVERIFY2(again, qPrintable(why(again)));
        QVERIFY(!again->created);
        QCOMPARE(again->conversation.id, made->conversation.id);

        auto yaw = client(m_yaw.token); // one thread per pair, whoever opens it
        const auto fromYaw = openDirect(*yaw, m_kofi.userId);
        QVERIFY2(fromYaw, qPrintable(why(fromYaw)));
        QVERIFY(!fromYaw->created);
        QCOMPARE(fromYaw->conversation.id, made->conversation.id);
    }

    void conversationAndArchive()
    {
        auto kofi = client(m_kofi.token);
        const QString id = m_fx->directConversation(m_kofi, m_ama);
        const auto one = await<proto::Conversation>(
            [&](QObject *c, auto done) { kofi->conversation(id, c, done); });
        QVERIFY2(one, qPrintable(why(one)));
        QCOMPARE(one->id, id);
        QVERIFY(!one->archived);

        const auto archived = await<proto::Conversation>(
            [&](QObject *c, auto done) { kofi->setArchived(id, true, c, done); });
        QVERIFY2(archived, qPrintable(why(archived)));
        QVERIFY(archived->archived);
        const auto contains = [](const kora::net::ConversationPage &page, const QString &id) {
            return std::any_of(page.conversations.cbegin(), page.conversations.cend(),
                               [&id](const proto::Conversation &c) { return c.id == id; });
        };
        const auto archivedList = await<kora::net::ConversationPage>(
            [&](QObject *c, auto done) { kofi->conversations(true, {}, 0, c, done); });
        QVERIFY2(archivedList, qPrintable(why(archivedList)));
        QVERIFY(contains(*archivedList, id));
        const auto activeList = await<kora::net::ConversationPage>(
            [&](QObject *c, auto done) { kofi->conversations(false, {}, 0, c, done); });
        QVERIFY2(activeList, qPrintable(why(activeList)));
        QVERIFY(!contains(*activeList, id));

        const auto restored = await<proto::Conversation>(
            [&](QObject *c, auto done) { kofi->setArchived(id, false, c, done); });
        QVERIFY2(restored, qPrintable(why(restored)));
        QVERIFY(!restored->archived);
    }

    void messagesPaging()
    {
        auto ama = client(m_ama.token);
        const auto opened = openDirect(*ama, m_yaw.userId);
        QVERIFY2(opened, qPrintable(why(opened)));
        const QString id = opened->conversation.id;
        const qint64 base = opened->conversation.lastSeq;

        constexpr int count = 120;
        QStringList clientIds;
        QList<ApiResult<kora::net::SentMessage>> sent;
        QObject context;
        for (int i = 0; i < count; ++i) {
            clientIds.append(proto::newUuid());
            ama->sendMessage(id, clientIds.last(), QStringLiteral("text"),
                             QStringLiteral("message %1").arg(i), {}, {}, &context,
                             [&sent](ApiResult<kora::net::SentMessage> r) { sent.append(r); });
        }
        QCOMPARE(sent.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), qsizetype(count), 15000);
        for (const auto &r : sent) {
            QVERIFY2(r, qPrintable(why(r)));
            QVERIFY(r->created);
        }

        // Backwards from the newest, 50 at a time, with beforeSeq.
        QList<proto::Message> all;
        std::optional<qint64> beforeSeq;
        for (int pages = 0;; ++pages) {
            QVERIFY(pages < 5);
            const auto page = await<kora::net::MessagePage>(
                [&](QObject *c, auto done) { ama->messages(id, beforeSeq, {}, 50, c, done); });
            QVERIFY2(page, qPrintable(why(page)));
            QVERIFY(!page->messages.isEmpty());
            if (!beforeSeq)
                QCOMPARE(page->messages.last().seq, base + count);
            for (qsizetype i = 1; i < page->messages.size(); ++i)
                QCOMPARE(page->messages[i].seq, page->messages[i - 1].seq + 1);
            all = page->messages + all;
            if (!page->hasMore)
                break;
            QCOMPARE(page->messages.size(), 50);
            beforeSeq = page->messages.first().seq;
        }
        QCOMPARE(all.size(), base + count);
        QCOMPARE(all.first().seq, 1);
        QStringList seen;
        for (const proto::Message &m : all)
            seen.append(m.clientId);
        for (const QString &clientId : clientIds)
            QVERIFY(seen.contains(clientId));

        // Forwards from a known seq with afterSeq.
        const auto after = await<kora::net::MessagePage>(
            [&](QObject *c, auto done) { ama->messages(id, {}, base + 100, 200, c, done); });
        QVERIFY2(after, qPrintable(why(after)));
        QCOMPARE(after->messages.size(), 20);
        QVERIFY(!after->hasMore);
        QCOMPARE(after->messages.first().seq, base + 101);
        QCOMPARE(after->messages.last().seq, base + count);
    }

    void idempotentSend()
    {
        auto kofi = client(m_kofi.token);
        const auto opened = openDirect(*kofi, m_efua.userId);
        QVERIFY2(opened, qPrintable(why(opened)));
        const QString clientId = proto::newUuid();
        const auto first = send(*kofi, opened->conversation.id, QStringLiteral("once"), clientId);
        QVERIFY2(first, qPrintable(why(first)));
        QVERIFY(first->created);
        QCOMPARE(first->message.clientId, clientId);
        const auto again = send(*kofi, opened->conversation.id, QStringLiteral("once"), clientId);
        QVERIFY2(again, qPrintable(why(again)));
        QVERIFY(!again->created);
        QCOMPARE(again->message.id, first->message.id);
        QCOMPARE(again->message.seq, first->message.seq);

        const auto now = await<proto::Conversation>(
            [&](QObject *c, auto done) { kofi->conversation(opened->conversation.id, c, done); });
        QVERIFY2(now, qPrintable(why(now)));
        QCOMPARE(now->lastSeq, first->message.seq);
    }

    void editAndDelete()
    {
        auto kofi = client(m_kofi.token);
        auto efua = client(m_efua.token);
        const auto opened = openDirect(*kofi, m_efua.userId);
        QVERIFY2(opened, qPrintable(why(opened)));
        const auto sent =
            send(*kofi, opened->conversation.id, QStringLiteral("draft"), proto::newUuid());
        QVERIFY2(sent, qPrintable(why(sent)));
        const proto::Message original = sent->message;

        const auto edited = await<proto::Message>([&](QObject *c, auto done) {
            kofi->editMessage(original.id, QStringLiteral("final"), c, done);
        });
        QVERIFY2(edited, qPrintable(why(edited)));
        QCOMPARE(edited->body, QStringLiteral("final"));
        QVERIFY(edited->editedAt.isValid());
        QCOMPARE(edited->seq, original.seq);
        QVERIFY(edited->updatedSeq > original.seq);

        const auto notMine = await<proto::Message>([&](QObject *c, auto done) {
            efua->editMessage(original.id, QStringLiteral("hijack"), c, done);
        });
        QCOMPARE(codeOf(notMine), proto::code::Forbidden);

        // The edit is part of "everything after seq N".
        const auto changes = await<kora::net::MessagePage>([&](QObject *c, auto done) {
            efua->messages(opened->conversation.id, {}, original.seq, 0, c, done);
        });
        QVERIFY2(changes, qPrintable(why(changes)));
        QVERIFY(std::any_of(changes->messages.cbegin(), changes->messages.cend(),
                            [&](const proto::Message &m) {
                                return m.id == original.id && m.body == QLatin1String("final");
                            }));

        const auto deleted = await<proto::Message>(
            [&](QObject *c, auto done) { kofi->deleteMessage(original.id, c, done); });
        QVERIFY2(deleted, qPrintable(why(deleted)));
        QVERIFY(deleted->deleted);
        QVERIFY(deleted->body.isEmpty());
        QCOMPARE(deleted->id, original.id);
        QVERIFY(deleted->updatedSeq > edited->updatedSeq);
    }

    void markRead()
    {
        auto kofi = client(m_kofi.token);
        auto efua = client(m_efua.token);
        const auto opened = openDirect(*kofi, m_efua.userId);
        QVERIFY2(opened, qPrintable(why(opened)));
        const QString id = opened->conversation.id;
        const auto sent = send(*kofi, id, QStringLiteral("please read"), proto::newUuid());
        QVERIFY2(sent, qPrintable(why(sent)));

        const auto before = await<proto::Conversation>(
            [&](QObject *c, auto done) { efua->conversation(id, c, done); });
        QVERIFY2(before, qPrintable(why(before)));
        QVERIFY(before->unreadCount > 0);

        const auto read = await<bool>(
            [&](QObject *c, auto done) { efua->markRead(id, before->lastSeq, c, done); });
        QVERIFY2(read, qPrintable(why(read)));
        QVERIFY(*read);

        const auto after = await<proto::Conversation>(
            [&](QObject *c, auto done) { efua->conversation(id, c, done); });
        QVERIFY2(after, qPrintable(why(after)));
        QCOMPARE(after->unreadCount, 0);
        const auto me = std::find_if(
            after->participants.cbegin(), after->participants.cend(),
            [this](const proto::Participant &p) { return p.user.id == m_efua.userId; });
        QVERIFY(me != after->participants.cend());
        QCOMPARE(me->lastReadSeq, before->lastSeq);
    }

    void nonParticipantIsForbidden()
    {
        const QString id = m_fx->directConversation(m_ama, m_kofi);
        auto yaw = client(m_yaw.token);
        const auto one = await<proto::Conversation>(
            [&](QObject *c, auto done) { yaw->conversation(id, c, done); });
        QCOMPARE(codeOf(one), proto::code::Forbidden);
        const auto page = await<kora::net::MessagePage>(
            [&](QObject *c, auto done) { yaw->messages(id, {}, {}, 0, c, done); });
        QCOMPARE(codeOf(page), proto::code::Forbidden);
        const auto sent = send(*yaw, id, QStringLiteral("let me in"), proto::newUuid());
        QCOMPARE(codeOf(sent), proto::code::Forbidden);
    }

    void genericRequest()
    {
        auto ama = client(m_ama.token);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("query"), QStringLiteral("Kofi"));
        const auto r = await<QJsonObject>([&](QObject *c, auto done) {
            ama->request("GET", QStringLiteral("/users"), query, {}, c, done);
        });
        QVERIFY2(r, qPrintable(why(r)));
        QVERIFY(r->value(QLatin1String("users")).isArray());

        const auto users = await<QList<proto::User>>(
            [&](QObject *c, auto done) { ama->users(QStringLiteral("Kofi"), 5, c, done); });
        QVERIFY2(users, qPrintable(why(users)));
        QVERIFY(std::any_of(users->cbegin(), users->cend(),
                            [this](const proto::User &u) { return u.id == m_kofi.userId; }));

        const auto missing = await<QJsonObject>([&](QObject *c, auto done) {
            ama->request("GET", QStringLiteral("/nowhere"), {}, {}, c, done);
        });
        QCOMPARE(codeOf(missing), proto::code::NotFound);
    }

    void unreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        auto api = client({}, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const auto r =
            await<kora::net::Health>([&](QObject *c, auto done) { api->health(c, done); });
        QCOMPARE(codeOf(r), kora::net::clientCode::Unreachable);
    }

    void noBaseUrl()
    {
        ApiClient api(&m_network);
        const auto r =
            await<kora::net::Health>([&](QObject *c, auto done) { api.health(c, done); });
        QCOMPARE(codeOf(r), kora::net::clientCode::Unreachable);
    }

    void timeout()
    {
        FakeServer silent{QByteArray()}; // accepts, never answers
        QVERIFY(silent.isListening());
        auto api = client(m_ama.token, silent.url());
        api->setTimeoutMs(300);
        QElapsedTimer timer;
        timer.start();
        const auto r = await<proto::User>([&](QObject *c, auto done) { api->me(c, done); });
        QCOMPARE(codeOf(r), kora::net::clientCode::Timeout);
        QVERIFY(timer.elapsed() >= 250);
        QVERIFY(timer.elapsed() < 5000);
    }

    void oddAnswers_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("retryAfter");
        const QByteArray json = "application/json";
        QTest::newRow("200 html") << httpResponse(200, "OK", "text/html", "<html>hi</html>")
                                  << QStringLiteral("bad_response") << 0;
        QTest::newRow("200 array")
            << httpResponse(200, "OK", json, "[1,2]") << QStringLiteral("bad_response") << 0;
        QTest::newRow("200 no id") << httpResponse(200, "OK", json, R"({"name":"x"})")
                                   << QStringLiteral("bad_response") << 0;
        QTest::newRow("502 html") << httpResponse(502, "Bad Gateway", "text/html", "<h1>down</h1>")
                                  << QStringLiteral("http_502") << 0;
        QTest::newRow("429 header")
            << httpResponse(429, "Too Many Requests", json,
                            R"({"error":{"code":"rate_limited","message":"slow down"}})",
                            "Retry-After: 7\r\n")
            << QStringLiteral("rate_limited") << 7;
        QTest::newRow("429 body")
            << httpResponse(429, "Too Many Requests", json,
                            R"({"error":{"code":"rate_limited","message":"m","retryAfter":3}})")
            << QStringLiteral("rate_limited") << 3;
    }

    void oddAnswers()
    {
        QFETCH(QByteArray, response);
        QFETCH(QString, code);
        QFETCH(int, retryAfter);
        FakeServer server(response);
        QVERIFY(server.isListening());
        auto api = client(m_ama.token, server.url());
        const auto r = await<proto::User>([&](QObject *c, auto done) { api->me(c, done); });
        QCOMPARE(codeOf(r), code);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(r.error().retryAfterSeconds, retryAfter);
    }

    void destroyedContextIsNotCalled()
    {
        int calls = 0;
        auto api = client(m_ama.token);
        QSignalSpy finished(&m_network, &QNetworkAccessManager::finished);
        auto *context = new QObject;
        api->me(context, [&calls](ApiResult<proto::User>) { ++calls; });
        delete context;
        QVERIFY(finished.wait(5000));
        QCOMPARE(calls, 0);

        // Destroying the client itself drops its callbacks too.
        QObject alive;
        api->me(&alive, [&calls](ApiResult<proto::User>) { ++calls; });
        api.reset();
        QVERIFY(finished.wait(5000));
        QCOMPARE(calls, 0);
    }

    void tls()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QTemporaryDir dir;
        QSslCertificate certificate, otherCertificate;
        QSslKey key, otherKey;
        QVERIFY(makeCertificate(dir.path(), QStringLiteral("server"),
                                {QStringLiteral("-newkey"), QStringLiteral("rsa:2048")},
                                &certificate, &key));
        QVERIFY(makeCertificate(dir.path(), QStringLiteral("other"),
                                {QStringLiteral("-newkey"), QStringLiteral("ec"),
                                 QStringLiteral("-pkeyopt"),
                                 QStringLiteral("ec_paramgen_curve:prime256v1")},
                                &otherCertificate, &otherKey));
        FakeServer server(
            httpResponse(200, "OK", "application/json", R"({"status":"ok","version":"t"})"));
        server.setTls(certificate, key);
        QVERIFY(server.isListening());
        auto api = client({}, server.url());
        const auto health = [&] {
            return await<kora::net::Health>([&](QObject *c, auto done) { api->health(c, done); });
        };

        const auto untrusted = health();
        QCOMPARE(codeOf(untrusted), kora::net::clientCode::Tls);
        QVERIFY2(
            untrusted.error().message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
            qPrintable(untrusted.error().message));
        const QString fingerprint = QString::fromLatin1(
            certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        QVERIFY2(untrusted.error().message.contains(fingerprint),
                 qPrintable(untrusted.error().message));

        api->setTrustedCertificate(otherCertificate);
        QCOMPARE(codeOf(health()), kora::net::clientCode::Tls);

        api->setTrustedCertificate(certificate);
        const auto trusted = health();
        QVERIFY2(trusted, qPrintable(why(trusted)));
        QCOMPARE(trusted->version, QStringLiteral("t"));

        // A call under the old rules still gets its answer after the trust changes;
        // later calls follow the new rules.
        std::optional<ApiResult<kora::net::Health>> inFlight;
        QObject context;
        api->health(&context, [&inFlight](ApiResult<kora::net::Health> r) {
            inFlight.emplace(std::move(r));
        });
        api->setTrustedCertificate(QSslCertificate());
        QTRY_VERIFY(inFlight.has_value());
        QVERIFY2(*inFlight, qPrintable(why(*inFlight)));
        QCOMPARE(codeOf(health()), kora::net::clientCode::Tls);

        api->setTrustedCertificate(certificate);
        QVERIFY(health());
        auto fresh = client({}, server.url()); // trust belongs to that one client
        QCOMPARE(codeOf(await<kora::net::Health>(
                     [&](QObject *c, auto done) { fresh->health(c, done); })),
                 kora::net::clientCode::Tls);
    }

    void cleanupTestCase() { m_fx.reset(); }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
