#include "ApiTransfers.h"

#include "ApiReplies.h"
#include "ApiTransport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace kora::net {

using proto::ApiError;
constexpr auto Bearer = ApiTransport::Auth::Bearer;

ApiTransfers::ApiTransfers(ApiTransport &transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{}

ApiTransfers::TransferId
ApiTransfers::start(QNetworkReply *reply, bool upload, QObject *context, Progress progress,
                    qint64 maxBytes, std::function<void(ApiResult<QByteArray>, int status)> finish)
{
    const TransferId id = ++m_lastTransfer;
    m_transfers.emplace(id, reply);
    const QPointer<QObject> guard(context ? context : this);
    auto sslErrors = std::make_shared<QList<QSslError>>();
    // Why the reply was aborted by us, if it was: Cancelled or TooLarge.
    auto abortReason = std::make_shared<ApiError>();
    connect(reply, &QNetworkReply::sslErrors, this,
            [sslErrors](const QList<QSslError> &errors) { *sslErrors = errors; });
    if (progress) {
        const auto report = [guard, progress](qint64 done, qint64 total) {
            if (guard)
                progress(done, total);
        };
        // An upload reports what it sent (not its small JSON answer), a download what came.
        if (upload)
            connect(reply, &QNetworkReply::uploadProgress, this, report);
        else
            connect(reply, &QNetworkReply::downloadProgress, this, report);
    }
    if (maxBytes >= 0) {
        const auto tooLarge = [reply, abortReason, maxBytes](qint64 size) {
            if (size <= maxBytes || !abortReason->code.isEmpty())
                return;
            *abortReason =
                ApiError{proto::code::TooLarge,
                         QStringLiteral("the file is larger than %1 bytes").arg(maxBytes)};
            reply->abort();
        };
        connect(reply, &QNetworkReply::metaDataChanged, this, [reply, tooLarge] {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid())
                tooLarge(length.toLongLong());
        });
        connect(reply, &QNetworkReply::downloadProgress, this,
                [tooLarge](qint64 received, qint64) { tooLarge(received); });
    }
    connect(reply, &QNetworkReply::finished, this,
            [this, id, reply, guard, sslErrors, abortReason, finish = std::move(finish)] {
                m_transfers.erase(id);
                reply->deleteLater();
                if (!guard)
                    return;
                const QVariant cancelled = reply->property("kora.cancelled");
                if (cancelled.toBool()) {
                    finish(unexpected(ApiError{clientCode::Cancelled,
                                               QStringLiteral("the transfer was cancelled")}),
                           0);
                    return;
                }
                if (!abortReason->code.isEmpty()) {
                    finish(unexpected(*abortReason), 0);
                    return;
                }
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                if (!status.isValid() ||
                    (reply->error() != QNetworkReply::NoError && reply->error() < 200)) {
                    finish(unexpected(ApiReplies::transportError(reply->error(),
                                                                 reply->errorString(), *sslErrors)),
                           0);
                    return;
                }
                const int code = status.toInt();
                const QByteArray body = reply->readAll();
                if (code < 200 || code > 299) {
                    finish(
                        unexpected(ApiReplies::httpError(
                            code,
                            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                            body, reply->rawHeader("Retry-After"))),
                        code);
                    return;
                }
                finish(body, code);
            });
    return id;
}

bool ApiTransfers::cancelTransfer(TransferId id)
{
    const auto it = m_transfers.find(id);
    if (it == m_transfers.end() || !it->second || it->second->isFinished())
        return false;
    QNetworkReply *reply = it->second;
    reply->setProperty("kora.cancelled", true);
    reply->abort(); // finished comes synchronously or later; either way `done` runs once
    return true;
}

ApiTransfers::TransferId ApiTransfers::uploadAttachment(const QString &filePath,
                                                        const QString &name, const QString &mime,
                                                        QObject *context,
                                                        Callback<proto::Attachment> done,
                                                        Progress progress)
{
    const QPointer<QObject> guard(context ? context : this);
    if (!m_transport.hasBaseUrl()) {
        m_transport.later<proto::Attachment>(
            guard, std::move(done),
            ApiError{clientCode::Unreachable, QStringLiteral("no server address is set")});
        return 0;
    }
    auto file = std::make_unique<QFile>(filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        m_transport.later<proto::Attachment>(
            guard, std::move(done),
            ApiError{clientCode::FileError,
                     QStringLiteral("cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(filePath), file->errorString())});
        return 0;
    }
    QNetworkRequest request =
        m_transport.request(m_transport.apiUrl(QStringLiteral("/attachments")), Bearer);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      mime.isEmpty() ? QByteArrayLiteral("application/octet-stream")
                                     : mime.toLatin1());
    request.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
    // Percent-encoded UTF-8: a header is bytes, a name is any text.
    request.setRawHeader("X-Filename", QUrl::toPercentEncoding(name));
    QNetworkReply *reply = m_transport.network()->post(request, file.get());
    file.release()->setParent(reply); // read while the reply lives, closed with it

    return start(reply, true, context, std::move(progress), -1,
                 [this, done = std::move(done)](ApiResult<QByteArray> body, int status) {
                     if (!body) {
                         if (status == 401)
                             Q_EMIT m_transport.unauthorized();
                         done(unexpected(body.error()));
                         return;
                     }
                     const QJsonDocument doc = QJsonDocument::fromJson(*body);
                     done(ApiReplies::entity<proto::Attachment>(doc.object()));
                 });
}

std::optional<QUrl> ApiTransfers::resolveDownload(const QString &urlOrPath) const
{
    const QUrl given(urlOrPath, QUrl::StrictMode);
    if (!given.isValid() || urlOrPath.isEmpty())
        return std::nullopt;
    if (given.isRelative()) {
        if (!given.host().isEmpty()) // "//elsewhere/…"
            return std::nullopt;
        QString path = given.path(QUrl::FullyEncoded);
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        QUrl url = m_transport.baseUrlWithPath(path);
        url.setQuery(given.query(QUrl::FullyEncoded), QUrl::TolerantMode);
        return url;
    }
    const QUrl base = m_transport.baseUrl();
    if (given.scheme() != base.scheme() ||
        given.host().compare(base.host(), Qt::CaseInsensitive) != 0 ||
        given.port(given.scheme() == QLatin1String("https") ? 443 : 80) !=
            base.port(base.scheme() == QLatin1String("https") ? 443 : 80) ||
        !given.userInfo().isEmpty())
        return std::nullopt;
    return given;
}

ApiTransfers::TransferId ApiTransfers::download(const QString &urlOrPath, qint64 maxBytes,
                                                QObject *context, Callback<QByteArray> done,
                                                Progress progress)
{
    const QPointer<QObject> guard(context ? context : this);
    if (!m_transport.hasBaseUrl()) {
        m_transport.later<QByteArray>(
            guard, std::move(done),
            ApiError{clientCode::Unreachable, QStringLiteral("no server address is set")});
        return 0;
    }
    const std::optional<QUrl> url = resolveDownload(urlOrPath);
    if (!url) {
        m_transport.later<QByteArray>(
            guard, std::move(done),
            ApiError{proto::code::Invalid,
                     QStringLiteral("not an address on this server: %1").arg(urlOrPath.left(200))});
        return 0;
    }
    QNetworkReply *reply = m_transport.network()->get(m_transport.request(*url, Bearer));
    return start(reply, false, context, std::move(progress), maxBytes,
                 [this, done = std::move(done)](ApiResult<QByteArray> body, int status) {
                     if (!body && status == 401)
                         Q_EMIT m_transport.unauthorized();
                     done(std::move(body));
                 });
}

} // namespace kora::net
