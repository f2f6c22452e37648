#pragma once

#include "KoraServer.h"
#include "TestDatabase.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace kora::test {

struct HttpResult
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
    QString errorCode() const;
};

// `path` (with an optional ?query) on `base`.
QUrl withPath(QUrl base, const QString &path);
// One REST call, waited for with QSignalSpy (15 s at most).
HttpResult httpRequest(QNetworkAccessManager &network, const QUrl &base, const QByteArray &method,
                       const QString &path, const QString &token = {}, const QJsonObject &body = {},
                       const QByteArray &rawBody = {});
// Logs in a demo account ("ama" → ama@demo.kora, demo-password).
HttpResult loginDemo(QNetworkAccessManager &network, const QUrl &base, const QString &who);

// A kora-server running in this process on 127.0.0.1, port 0, with demo data
// in a fresh temporary data dir, and a small REST helper that waits for each
// answer with QSignalSpy (no sleeps).
// The body of a text send, with a fresh clientId unless one is given.
QJsonObject textMessage(const QString &body, const QString &clientId = {});

class ServerFixture
{
public:
    explicit ServerFixture(server::ServerConfig config = defaultConfig());
    // A second server process's stand-in on the database of `first`
    // (PostgreSQL: several servers on one database; its own data dir).
    ServerFixture(server::ServerConfig config, const ServerFixture &first);
    ~ServerFixture();

    static server::ServerConfig defaultConfig();
    bool ok() const { return m_server != nullptr; }
    QString error() const { return m_error; }
    QUrl url(const QString &path = {}) const;
    server::KoraServer &server() { return *m_server; }
    QString dataDir() const { return m_dir.path(); }
    quint16 port() const { return m_port; }
    bool isPostgres() const { return m_database.isPostgres() || !m_sharedUrl.isEmpty(); }
    QString databaseUrl() const { return m_sharedUrl.isEmpty() ? m_database.url() : m_sharedUrl; }
    // Statements run on the server's database from a connection of the test's own.
    bool sql(const QStringList &statements, QString *error = nullptr);

    HttpResult request(const QByteArray &method, const QString &path, const QString &token = {},
                       const QJsonObject &body = {}, const QByteArray &rawBody = {});
    HttpResult get(const QString &path, const QString &token)
    {
        return request("GET", path, token);
    }
    HttpResult post(const QString &path, const QString &token, const QJsonObject &body)
    {
        return request("POST", path, token, body);
    }

    // Logs a demo account in ("ama" → ama@demo.kora); returns {token, userId}.
    struct Login
    {
        QString token;
        QString userId;
    };
    Login login(const QString &who);
    // The direct conversation between two logged-in users, made if needed.
    QString directConversation(const Login &from, const Login &to);

private:
    void start(server::ServerConfig config);
    QTemporaryDir m_dir;
    TestDatabase m_database; // outlives the server
    QString m_sharedUrl;
    std::unique_ptr<server::KoraServer> m_server;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace kora::test
