// The bench-only token route (POST /api/v1/bench/tokens) of `--bench-users`:
// absent without the flag, answered to loopback clients only, and minting
// tokens for the bench accounts alone (never a demo user, nor an account that
// merely has a bench email with another password).
#include "ServerFixture.h"

#include "DemoSeeder.h"
#include "KoraServer.h"
#include "PasswordHasher.h"

#include <QJsonArray>
#include <QNetworkInterface>
#include <QTest>

using kora::test::HttpResult;
using kora::test::ServerFixture;

namespace {

const QString tokensPath = QStringLiteral("/api/v1/bench/tokens");

QJsonArray tokensOf(const HttpResult &r)
{
    return r.json.value(QLatin1String("tokens")).toArray();
}

QStringList emailsOf(const HttpResult &r)
{
    QStringList emails;
    for (const QJsonValue &v : tokensOf(r))
        emails.append(v.toObject().value(QLatin1String("email")).toString());
    return emails;
}

// The first IPv4 address of this machine that is not loopback, if any.
QHostAddress outsideAddress()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a;
    }
    return {};
}

} // namespace

class TestServerBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(kora::server::password::initialise()); }

    void absentWithoutBenchUsers()
    {
        ServerFixture fx; // demo data, no --bench-users
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const HttpResult r = fx.post(tokensPath, {}, {});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        // Not even with a valid token of a user.
        const auto ama = fx.login(QStringLiteral("ama"));
        QVERIFY(!ama.token.isEmpty());
        QCOMPARE(fx.post(tokensPath, ama.token, {}).status, 404);
    }

    void mintsTheBenchAccountsTokens()
    {
        auto config = ServerFixture::defaultConfig();
        config.benchUsers = 4; // and the demo accounts, which must never get one
        ServerFixture fx(config);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));

        const HttpResult all = fx.post(tokensPath, {}, {});
        QCOMPARE(all.status, 200);
        QCOMPARE(emailsOf(all), (QStringList{QStringLiteral("bench-0001@bench.kora"),
                                             QStringLiteral("bench-0002@bench.kora"),
                                             QStringLiteral("bench-0003@bench.kora"),
                                             QStringLiteral("bench-0004@bench.kora")}));
        QVERIFY(!all.json.value(QLatin1String("expiresAt")).toString().isEmpty());
        const auto ama = fx.login(QStringLiteral("ama"));
        for (const QJsonValue &v : tokensOf(all)) {
            const QJsonObject entry = v.toObject();
            const QString token = entry.value(QLatin1String("token")).toString();
            const QJsonObject user = entry.value(QLatin1String("user")).toObject();
            QVERIFY(user.value(QLatin1String("id")).toString() != ama.userId);
            // Each token is a real one of that user.
            const HttpResult me = fx.get(QStringLiteral("/api/v1/me"), token);
            QCOMPARE(me.status, 200);
            QCOMPARE(me.json.value(QLatin1String("id")), user.value(QLatin1String("id")));
        }

        const HttpResult two = fx.post(tokensPath, {}, {{QStringLiteral("count"), 2}});
        QCOMPARE(two.status, 200);
        QCOMPARE(emailsOf(two), emailsOf(all).mid(0, 2));
        for (const QJsonValue &bad : {QJsonValue(0), QJsonValue(5), QJsonValue(1.5),
                                      QJsonValue(QStringLiteral("4")), QJsonValue(-1)}) {
            const HttpResult refused = fx.post(tokensPath, {}, {{QStringLiteral("count"), bad}});
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.errorCode(), QStringLiteral("invalid"));
        }
        // The password login still works, against the one precomputed hash.
        const HttpResult login =
            fx.post(QStringLiteral("/api/v1/auth/login"), {},
                    {{QStringLiteral("email"), QStringLiteral("bench-0003@bench.kora")},
                     {QStringLiteral("password"), kora::server::benchPassword}});
        QCOMPARE(login.status, 200);
    }

    void benchHashIsOfTheBenchPassword()
    {
        QVERIFY(kora::server::password::verify(kora::server::benchPasswordHash,
                                               kora::server::benchPassword));
        QVERIFY(!kora::server::password::verify(kora::server::benchPasswordHash,
                                                QStringLiteral("demo-password")));
    }

    void anAccountWithABenchEmailButAnotherPasswordGetsNone()
    {
        // One database, two server lifetimes: between them bench-0002's
        // password is changed, as if that account had been made another way.
        kora::test::TestDatabase database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QTemporaryDir dir;
        auto config = ServerFixture::defaultConfig();
        config.demo = false;
        config.benchUsers = 3;
        config.dataDir = dir.path();
        config.databaseUrl = database.url();
        {
            auto first = kora::server::KoraServer::create(config);
            QVERIFY2(first, qPrintable(first ? QString() : first.error()));
        }
        const QString otherHash = kora::server::password::hash(QStringLiteral("someone-else"));
        QString error;
        QVERIFY2(database.run({QStringLiteral("UPDATE users SET password_hash = '%1' WHERE email = "
                                              "'bench-0002@bench.kora'")
                                   .arg(otherHash)},
                              dir.filePath(QStringLiteral("kora.sqlite3")), &error),
                 qPrintable(error));

        auto second = kora::server::KoraServer::create(config);
        QVERIFY2(second, qPrintable(second ? QString() : second.error()));
        const auto port = (*second)->listen();
        QVERIFY(port);
        QNetworkAccessManager network;
        const HttpResult r = kora::test::httpRequest(network, (*second)->url(), "POST", tokensPath);
        QCOMPARE(r.status, 200);
        QCOMPARE(emailsOf(r), (QStringList{QStringLiteral("bench-0001@bench.kora"),
                                           QStringLiteral("bench-0003@bench.kora")}));
    }

    void refusedToOtherAddresses()
    {
        const QHostAddress outside = outsideAddress();
        if (outside.isNull())
            QSKIP("this machine has no address but loopback");
        auto config = ServerFixture::defaultConfig();
        config.benchUsers = 2;
        config.bind = QHostAddress::AnyIPv4;
        ServerFixture fx(config);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        QNetworkAccessManager network;
        QUrl base;
        base.setScheme(QStringLiteral("http"));
        base.setHost(outside.toString());
        base.setPort(fx.port());
        const HttpResult r = kora::test::httpRequest(network, base, "POST", tokensPath);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        QVERIFY(tokensOf(r).isEmpty());
        // The same server answers on loopback.
        QCOMPARE(fx.post(tokensPath, {}, {}).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerBench)
#include "tst_server_bench.moc"
