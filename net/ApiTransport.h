#pragma once

#include "ApiReplies.h"
#include "ApiTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;
class QSslCertificate;

namespace kora::net {

// The HTTP side of the REST client: the base URL and the API prefix, the
// bearer token, the transfer timeout, the trusted certificate (with a network
// manager of its own), and JSON calls whose replies are read by ApiReplies.
// A 401 on an authenticated call emits unauthorized(). Callbacks come later
// from the event loop, exactly once, unless their context (or this) is gone.
class ApiTransport : public QObject
{
    Q_OBJECT
public:
    template<class T> using Callback = std::function<void(ApiResult<T>)>;
    enum class Auth { None, Bearer };

    // `network` is not owned and must outlive this transport.
    explicit ApiTransport(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    bool hasBaseUrl() const { return m_baseUrl.isValid() && !m_baseUrl.host().isEmpty(); }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setTrustedCertificate(const QSslCertificate &certificate);

    // Escapes an id for use as one path segment.
    static QString segment(const QString &id)
    {
        return QString::fromLatin1(QUrl::toPercentEncoding(id));
    }
    // <base>/api/v1<path> (path already percent-encoded).
    QUrl apiUrl(const QString &path) const;
    // The base URL with `path` below its own path prefix.
    QUrl baseUrlWithPath(const QString &path) const;
    // A request with the timeout, no redirects, the token (Bearer) and the TLS rules.
    QNetworkRequest request(const QUrl &url, Auth auth) const;
    QNetworkAccessManager *network() const { return m_pinned ? m_pinned : m_network; }

    // One JSON call below /api/v1; `body` is sent as JSON unless empty.
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const QJsonObject &body, Auth auth, QObject *context, Callback<ApiResponse> done);
    // send() with the answer parsed into T by `parse` (ApiResponse → ApiResult<T>).
    template<class T, class Parse>
    void call(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const QJsonObject &body, Auth auth, QObject *context, Callback<T> done, Parse parse)
    {
        send(method, path, query, body, auth, context,
             [done = std::move(done), parse = std::move(parse)](ApiResult<ApiResponse> r) {
                 if (!r)
                     done(unexpected(r.error()));
                 else
                     done(parse(*r));
             });
    }
    // Calls `done` with `error` later from the event loop, unless `guard` is gone by then.
    template<class T>
    void later(const QPointer<QObject> &guard, Callback<T> done, proto::ApiError error)
    {
        QTimer::singleShot(0, this, [guard, done = std::move(done), error = std::move(error)] {
            if (guard)
                done(unexpected(error));
        });
    }

Q_SIGNALS:
    void unauthorized();

private:
    QNetworkAccessManager *m_network;
    QNetworkAccessManager *m_pinned = nullptr; // child; only with a trusted certificate
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 15000;
    std::optional<QSslConfiguration> m_ssl;
};

} // namespace kora::net
