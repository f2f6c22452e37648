#include "ApiTransport.h"

#include "NetLogging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslCertificate>

#include <algorithm>
#include <memory>
#include <utility>

namespace kora::net {
namespace {

// Deletes a manager once the calls it carries have finished (deleting it would drop them).
void retire(QNetworkAccessManager *manager)
{
    if (!manager)
        return;
    const auto idle = [manager] {
        const auto replies = manager->findChildren<QNetworkReply *>();
        return std::all_of(replies.cbegin(), replies.cend(),
                           [](const QNetworkReply *r) { return r->isFinished(); });
    };
    if (idle()) {
        manager->deleteLater();
        return;
    }
    QObject::connect(manager, &QNetworkAccessManager::finished, manager, [manager, idle] {
        if (idle())
            manager->deleteLater();
    });
}

} // namespace

ApiTransport::ApiTransport(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(network);
}

void ApiTransport::setTrustedCertificate(const QSslCertificate &certificate)
{
    retire(std::exchange(m_pinned, nullptr));
    m_ssl.reset();
    if (certificate.isNull())
        return;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> cas = config.caCertificates();
    if (cas.isEmpty()) // loaded on demand: setting a list would drop the system's
        cas = QSslConfiguration::systemCaCertificates();
    cas.append(certificate);
    config.setCaCertificates(cas);
    m_ssl = config;
    m_pinned = new QNetworkAccessManager(this);
    m_pinned->setProxy(m_network->proxy());
}

QUrl ApiTransport::baseUrlWithPath(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString prefix = url.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path, QUrl::TolerantMode);
    return url;
}

QUrl ApiTransport::apiUrl(const QString &path) const
{
    return baseUrlWithPath(QLatin1String("/api/v1") + path);
}

QNetworkRequest ApiTransport::request(const QUrl &url, Auth auth) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    // A redirect would carry the token elsewhere; the API never redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (auth == Auth::Bearer && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    return request;
}

void ApiTransport::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QJsonObject &body, Auth auth, QObject *context,
                        Callback<ApiResponse> done)
{
    const QPointer<QObject> guard(context ? context : this);
    if (!hasBaseUrl()) {
        later<ApiResponse>(
            guard, std::move(done),
            proto::ApiError{clientCode::Unreachable, QStringLiteral("no server address is set")});
        return;
    }
    QUrl url = apiUrl(path);
    url.setQuery(query);

    QNetworkRequest request = this->request(url, auth);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = nullptr;
    if (body.isEmpty() && method != "POST" && method != "PATCH" && method != "PUT") {
        reply = network()->sendCustomRequest(request, method);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        reply = network()->sendCustomRequest(request, method,
                                             QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, this,
            [sslErrors](const QList<QSslError> &errors) { *sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, auth, sslErrors, method, path, done = std::move(done)] {
                ApiResult<ApiResponse> result = ApiReplies::read(reply, *sslErrors);
                qCDebug(lcNet).noquote()
                    << method << path
                    << (result ? QString::number(result->status) : result.error().code)
                    << reply->error();
                if (!result && auth == Auth::Bearer &&
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 401)
                    Q_EMIT unauthorized(); // may destroy this: touch only captures below
                if (guard)
                    done(std::move(result));
            });
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

} // namespace kora::net
