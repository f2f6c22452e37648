#include "ServerFixture.h"

#include "protocol/Json.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

namespace kora::test {

QJsonObject textMessage(const QString &body, const QString &clientId)
{
    return {{QStringLiteral("clientId"), clientId.isEmpty() ? proto::newUuid() : clientId},
            {QStringLiteral("kind"), QStringLiteral("text")},
            {QStringLiteral("body"), body}};
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpResult::errorCode() const
{
    return json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

server::ServerConfig ServerFixture::defaultConfig()
{
    server::ServerConfig config;
    config.port = 0;
    config.demo = true;
    config.jwtSecret = QStringLiteral("test-secret-for-kora-tests-only");
    config.serviceKey = QStringLiteral("test-service-key");
    // The contract's limits have their own test (tst_server_limits); elsewhere
    // tests send faster than people do.
    config.loginLimitPerMinute = 1000;
    config.messageLimitPer10s = 100000;
    config.uploadLimitPerMinute = 100000;
    config.conversationLimitPerHour = 100000;
    config.sqliteFullSync = false; // tests measure behaviour, not power-loss durability
    return config;
}

ServerFixture::ServerFixture(server::ServerConfig config)
{
    if (!m_database.ok()) {
        m_error = m_database.error();
        return;
    }
    config.databaseUrl = m_database.url();
    start(config);
}

ServerFixture::ServerFixture(server::ServerConfig config, const ServerFixture &first)
    : m_sharedUrl(first.databaseUrl())
{
    if (m_sharedUrl.isEmpty()) {
        m_error = QStringLiteral("several servers share a PostgreSQL database only");
        return;
    }
    config.databaseUrl = m_sharedUrl;
    config.demo = false; // the first one seeded it
    start(config);
}

bool ServerFixture::sql(const QStringList &statements, QString *error)
{
    if (!m_sharedUrl.isEmpty()) {
        return TestDatabase::runPostgres(m_sharedUrl, statements, error);
    }
    return m_database.run(statements, m_dir.path() + QStringLiteral("/kora.sqlite3"), error);
}

void ServerFixture::start(server::ServerConfig config)
{
    config.dataDir = m_dir.path();
    auto created = server::KoraServer::create(config);
    if (!created) {
        m_error = created.error();
        return;
    }
    auto port = (*created)->listen();
    if (!port) {
        m_error = port.error();
        return;
    }
    m_port = *port;
    m_server = std::move(*created);
}

ServerFixture::~ServerFixture() = default;

QUrl withPath(QUrl url, const QString &path)
{
    if (!path.isEmpty()) {
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        url.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            url.setQuery(path.mid(q + 1));
    }
    return url;
}

HttpResult httpRequest(QNetworkAccessManager &network, const QUrl &base, const QByteArray &method,
                       const QString &path, const QString &token, const QJsonObject &body,
                       const QByteArray &rawBody)
{
    QNetworkRequest req(withPath(base, path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    const QByteArray payload = !rawBody.isEmpty() ? rawBody
                               : body.isEmpty()
                                   ? QByteArray()
                                   : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = network.sendCustomRequest(req, method, payload);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    reply->deleteLater();
    return result;
}

HttpResult loginDemo(QNetworkAccessManager &network, const QUrl &base, const QString &who)
{
    return httpRequest(network, base, "POST", QStringLiteral("/api/v1/auth/login"), {},
                       {{QStringLiteral("email"), QString(who + QStringLiteral("@demo.kora"))},
                        {QStringLiteral("password"), QStringLiteral("demo-password")}},
                       {});
}

QUrl ServerFixture::url(const QString &path) const
{
    return withPath(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)), path);
}

HttpResult ServerFixture::request(const QByteArray &method, const QString &path,
                                  const QString &token, const QJsonObject &body,
                                  const QByteArray &rawBody)
{
    return httpRequest(m_network, url(), method, path, token, body, rawBody);
}

ServerFixture::Login ServerFixture::login(const QString &who)
{
    const HttpResult r = loginDemo(m_network, url(), who);
    return {r.json.value(QLatin1String("token")).toString(),
            r.json.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString()};
}

QString ServerFixture::directConversation(const Login &from, const Login &to)
{
    const HttpResult r = post(QStringLiteral("/api/v1/conversations"), from.token,
                              {{QStringLiteral("participantId"), to.userId}});
    return r.json.value(QLatin1String("id")).toString();
}

} // namespace kora::test
