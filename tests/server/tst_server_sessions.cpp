// Sign out everywhere (issue 16, finding 8): token versions end every token
// a user holds, on REST and on open sockets, by the user, by support
// (audited first) and by the operator's service key; on PostgreSQL the
// other processes follow at once and a process started later knows too.
#include "ServerFixture.h"
#include "ServerProcess.h"
#include "Sessions.h"
#include "SioTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using kora::test::HttpResult;
using kora::test::ServerFixture;
using kora::test::SioTestClient;
using Login = ServerFixture::Login;

class TestServerSessions : public QObject
{
    Q_OBJECT

private:
    HttpResult systemSignOut(ServerFixture &fx, const QString &userId, const QByteArray &key)
    {
        QNetworkRequest req(fx.url(u"/api/v1/system/users/"_s + userId + u"/sign-out"_s));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!key.isEmpty())
            req.setRawHeader("X-Service-Key", key);
        QNetworkReply *reply = m_network.post(req, QByteArray());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        reply->deleteLater();
        return result;
    }
    HttpResult call(const QUrl &base, const QByteArray &method, const QString &path,
                    const QString &token, const QJsonObject &body = {})
    {
        QUrl url = base;
        url.setPath(path);
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = m_network.sendCustomRequest(
            req, method, method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        reply->deleteLater();
        return result;
    }
    HttpResult changeAccount(ServerFixture &fx, const QString &userId, const QJsonObject &body,
                             const QByteArray &key = "test-service-key")
    {
        QNetworkRequest req(fx.url(u"/api/v1/system/users/"_s + userId));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!key.isEmpty())
            req.setRawHeader("X-Service-Key", key);
        QNetworkReply *reply =
            m_network.sendCustomRequest(req, "PATCH", QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        reply->deleteLater();
        return result;
    }
    static int me(ServerFixture &fx, const Login &who)
    {
        return fx.get(u"/api/v1/me"_s, who.token).status;
    }
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void signOutEverywhereEndsEveryToken()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const Login laptop = fx.login(u"ama"_s);
        const Login phone = fx.login(u"ama"_s);
        const Login kofi = fx.login(u"kofi"_s);
        SioTestClient socket;
        QVERIFY2(socket.connectWithToken(fx.url(), phone.token),
                 socket.lastConnectFrame().constData());
        QCOMPARE(me(fx, laptop), 200);

        QCOMPARE(fx.post(u"/api/v1/auth/sign-out-everywhere"_s, laptop.token, {}).status, 204);
        // Both tokens are over, the open socket is closed with the reason.
        QCOMPARE(me(fx, laptop), 401);
        QCOMPARE(me(fx, phone), 401);
        QVERIFY(socket.waitForClosed());
        QCOMPARE(int(socket.socket().closeCode()),
                 int(QWebSocketProtocol::CloseCodePolicyViolated));
        QCOMPARE(socket.socket().closeReason(), u"signed out"_s);
        SioTestClient again;
        QVERIFY(!again.connectWithToken(fx.url(), phone.token));
        // Someone else is untouched; signing in again works.
        QCOMPARE(me(fx, kofi), 200);
        const Login fresh = fx.login(u"ama"_s);
        QCOMPARE(me(fx, fresh), 200);
        SioTestClient back;
        QVERIFY2(back.connectWithToken(fx.url(), fresh.token), back.lastConnectFrame().constData());
        // A second sign-out ends the fresh token too.
        QCOMPARE(fx.post(u"/api/v1/auth/sign-out-everywhere"_s, fresh.token, {}).status, 204);
        QCOMPARE(me(fx, fresh), 401);
        QVERIFY(back.waitForClosed());
        QCOMPARE(me(fx, fx.login(u"ama"_s)), 200);
    }

    void supportSignsOutAndItIsAudited()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const Login support = fx.login(u"support"_s);
        const Login kofi = fx.login(u"kofi"_s);
        const Login ama = fx.login(u"ama"_s);
        const QString path = u"/api/v1/admin/users/"_s + kofi.userId + u"/sign-out"_s;
        // Only support accounts; nothing changes otherwise.
        QCOMPARE(fx.post(path, ama.token, {}).status, 403);
        QCOMPARE(me(fx, kofi), 200);
        QCOMPARE(fx.post(u"/api/v1/admin/users/no-such-user/sign-out"_s, support.token, {}).status,
                 404);
        QCOMPARE(fx.post(path, support.token, {}).status, 204);
        QCOMPARE(me(fx, kofi), 401);
        QCOMPARE(me(fx, ama), 200);
        const HttpResult log = fx.get(u"/api/v1/admin/audit?limit=5"_s, support.token);
        QCOMPARE(log.status, 200);
        bool found = false;
        for (const QJsonValue &entry : log.json.value(u"entries"_s).toArray()) {
            const QJsonObject e = entry.toObject();
            if (e.value(u"action"_s).toString() == u"sign_out"_s &&
                e.value(u"detail"_s).toString() == u"user="_s + kofi.userId)
                found = true;
        }
        QVERIFY2(found, log.body.constData());
        // Support may sign itself out everywhere (not a write of data).
        QCOMPARE(fx.post(u"/api/v1/auth/sign-out-everywhere"_s, support.token, {}).status, 204);
        QCOMPARE(me(fx, support), 401);
    }

    // The routes' own budget (each sign-out is a write and a notifying
    // commit for the cluster): per caller, across the routes; past it a 429
    // with Retry-After, neither audited nor done. The service key's budget
    // is its own.
    void signOutsHaveABudget()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const Login support = fx.login(u"support"_s);
        const Login kofi = fx.login(u"kofi"_s);
        const Login ama = fx.login(u"ama"_s);
        const Login yaw = fx.login(u"yaw"_s);
        const QString kofiPath = u"/api/v1/admin/users/"_s + kofi.userId + u"/sign-out"_s;
        for (int i = 0; i < kora::server::Sessions::perMinute; ++i)
            QCOMPARE(fx.post(kofiPath, support.token, {}).status, 204);
        const HttpResult refused =
            fx.post(u"/api/v1/admin/users/"_s + ama.userId + u"/sign-out"_s, support.token, {});
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), u"rate_limited"_s);
        QVERIFY(refused.header("retry-after").toInt() >= 1);
        QVERIFY(refused.header("retry-after").toInt() <= 60);
        QCOMPARE(me(fx, ama), 200);
        QCOMPARE(fx.post(u"/api/v1/auth/sign-out-everywhere"_s, support.token, {}).status, 429);
        QCOMPARE(me(fx, support), 200);
        const HttpResult log = fx.get(u"/api/v1/admin/audit?limit=200"_s, support.token);
        QCOMPARE(log.status, 200);
        int audited = 0;
        for (const QJsonValue &entry : log.json.value(u"entries"_s).toArray()) {
            const QJsonObject e = entry.toObject();
            QVERIFY(e.value(u"detail"_s).toString() != u"user="_s + ama.userId);
            if (e.value(u"action"_s).toString() == u"sign_out"_s)
                ++audited;
        }
        QCOMPARE(audited, kora::server::Sessions::perMinute);
        QCOMPARE(systemSignOut(fx, yaw.userId, "test-service-key").status, 204);
        QCOMPARE(me(fx, yaw), 401);
    }

    // The marketplace changes a role or removes an account: at once, since
    // the role travels in the token: every token ends, the open socket is
    // closed, the next sign-in carries the new role; a removed account signs
    // in no more and nobody finds it, until it is restored.
    void roleChangeAndRemovalTakeEffectAtOnce()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const Login kofi = fx.login(u"kofi"_s);
        const Login ama = fx.login(u"ama"_s);
        const QString withAma = fx.directConversation(kofi, ama);
        SioTestClient socket;
        QVERIFY2(socket.connectWithToken(fx.url(), kofi.token),
                 socket.lastConnectFrame().constData());

        // Refused, nothing changed.
        QCOMPARE(changeAccount(fx, kofi.userId, {{u"role"_s, u"support"_s}}, {}).status, 401);
        QCOMPARE(changeAccount(fx, kofi.userId, {{u"role"_s, u"admin"_s}}).status, 400);
        QCOMPARE(changeAccount(fx, kofi.userId, {{u"disabled"_s, u"yes"_s}}).status, 400);
        QCOMPARE(changeAccount(fx, kofi.userId, {}).status, 400);
        QCOMPARE(changeAccount(fx, u"no-such-user"_s, {{u"role"_s, u"hirer"_s}}).status, 404);
        QCOMPARE(me(fx, kofi), 200);

        // Kofi becomes support: his token and socket end now; signed in
        // again he is support, read-only.
        const HttpResult promoted = changeAccount(fx, kofi.userId, {{u"role"_s, u"support"_s}});
        QCOMPARE(promoted.status, 200);
        QCOMPARE(promoted.json.value(u"role"_s).toString(), u"support"_s);
        QCOMPARE(promoted.json.value(u"disabled"_s).toBool(), false);
        QCOMPARE(me(fx, kofi), 401);
        QVERIFY(socket.waitForClosed());
        const Login asSupport = fx.login(u"kofi"_s);
        QVERIFY(!asSupport.token.isEmpty());
        QCOMPARE(fx.get(u"/api/v1/me"_s, asSupport.token).json.value(u"role"_s).toString(),
                 u"support"_s);
        const HttpResult write = fx.post(u"/api/v1/conversations/"_s + withAma + u"/messages"_s,
                                         asSupport.token, kora::test::textMessage(u"hello"_s));
        QCOMPARE(write.status, 403);
        QCOMPARE(changeAccount(fx, kofi.userId, {{u"role"_s, u"hirer"_s}}).status, 200);
        QCOMPARE(me(fx, asSupport), 401);

        QVERIFY(
            fx.get(u"/api/v1/users?query=kofi"_s, ama.token).body.contains(kofi.userId.toUtf8()));
        // Removed: no sign-in (a clear refusal to who knows the password), found by nobody.
        QCOMPARE(changeAccount(fx, kofi.userId, {{u"disabled"_s, true}})
                     .json.value(u"disabled"_s)
                     .toBool(),
                 true);
        const HttpResult refused =
            call(fx.url(), "POST", u"/api/v1/auth/login"_s, {},
                 {{u"email"_s, u"kofi@demo.kora"_s}, {u"password"_s, u"demo-password"_s}});
        QCOMPARE(refused.status, 403);
        QVERIFY2(refused.body.contains("removed"), refused.body.constData());
        const HttpResult found = fx.get(u"/api/v1/users?query=kofi"_s, ama.token);
        QCOMPARE(found.status, 200);
        QVERIFY2(!found.body.contains(kofi.userId.toUtf8()), found.body.constData());
        // Restored: he signs in again.
        QCOMPARE(changeAccount(fx, kofi.userId, {{u"disabled"_s, false}}).status, 200);
        QCOMPARE(me(fx, fx.login(u"kofi"_s)), 200);
    }

    void serviceKeySignsOut()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const Login yaw = fx.login(u"yaw"_s);
        QCOMPARE(systemSignOut(fx, yaw.userId, {}).status, 401);
        QCOMPARE(systemSignOut(fx, yaw.userId, "wrong-key").status, 401);
        QCOMPARE(me(fx, yaw), 200);
        QCOMPARE(systemSignOut(fx, u"no-such-user"_s, "test-service-key").status, 404);
        QCOMPARE(systemSignOut(fx, yaw.userId, "test-service-key").status, 204);
        QCOMPARE(me(fx, yaw), 401);

        // The operator's command does the same, and says what went wrong.
        const Login ama = fx.login(u"ama"_s);
        const auto script = [&](const QStringList &args) {
            QProcess process;
            process.setProgram(QStringLiteral(KORA_SCRIPTS_DIR "/sign-out-user"));
            process.setArguments(
                QStringList{u"--server"_s, fx.url().toString(), u"--key"_s, u"test-service-key"_s} +
                args);
            QSignalSpy finished(&process, &QProcess::finished);
            process.start();
            if (!finished.wait(15000))
                return std::pair{-1, process.errorString()};
            return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() +
                                                                   process.readAllStandardError())};
        };
        const auto unknown = script({u"no-such-user"_s});
        QCOMPARE(unknown.first, 1);
        QVERIFY2(unknown.second.contains(u"404"_s), qPrintable(unknown.second));
        QCOMPARE(me(fx, ama), 200);
        const auto done = script({ama.userId});
        QVERIFY2(done.first == 0, qPrintable(done.second));
        QVERIFY2(done.second.contains(u"signed out everywhere"_s), qPrintable(done.second));
        QCOMPARE(me(fx, ama), 401);
    }

    // Versions outlive the process, and reach every process of a cluster.
    void versionIsKeptAcrossProcesses()
    {
        ServerFixture first;
        QVERIFY2(first.ok(), qPrintable(first.error()));
        if (!first.isPostgres()) {
            // One SQLite process: the version is in the database for the next start.
            kora::test::ServerProcess server;
            QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.error()));
            const HttpResult login =
                call(server.url(), "POST", u"/api/v1/auth/login"_s, {},
                     {{u"email"_s, u"ama@demo.kora"_s}, {u"password"_s, u"demo-password"_s}});
            const QString token = login.json.value(u"token"_s).toString();
            QVERIFY2(!token.isEmpty(), login.body.constData());
            QCOMPARE(
                call(server.url(), "POST", u"/api/v1/auth/sign-out-everywhere"_s, token).status,
                204);
            QCOMPARE(server.stop(), 0);
            QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.error()));
            QCOMPARE(call(server.url(), "GET", u"/api/v1/me"_s, token).status, 401);
            return;
        }
        ServerFixture second(ServerFixture::defaultConfig(), first);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        const Login ama = first.login(u"ama"_s);
        SioTestClient onSecond;
        QVERIFY2(onSecond.connectWithToken(second.url(), ama.token),
                 onSecond.lastConnectFrame().constData());
        QCOMPARE(me(second, ama), 200);
        QCOMPARE(first.post(u"/api/v1/auth/sign-out-everywhere"_s, ama.token, {}).status, 204);
        // The other process hears of it at once: its socket closes, the token is refused.
        QVERIFY(onSecond.waitForClosed(10000));
        QCOMPARE(onSecond.socket().closeReason(), u"signed out"_s);
        QCOMPARE(me(second, ama), 401);
        // A process started afterwards reads the version at start.
        ServerFixture third(ServerFixture::defaultConfig(), first);
        QVERIFY2(third.ok(), qPrintable(third.error()));
        QCOMPARE(me(third, ama), 401);
        QCOMPARE(me(third, third.login(u"ama"_s)), 200);
    }
};

QTEST_GUILESS_MAIN(TestServerSessions)
#include "tst_server_sessions.moc"
