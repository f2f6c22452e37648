#include "ApiReplies.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSslCertificate>

namespace kora::net {

using proto::ApiError;

ApiError ApiReplies::badResponse(const QString &what)
{
    return {clientCode::BadResponse,
            QStringLiteral("the server's answer could not be read: %1").arg(what)};
}

ApiError ApiReplies::transportError(QNetworkReply::NetworkError error, const QString &text,
                                    const QList<QSslError> &sslErrors)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::UnknownNetworkError:
        return {clientCode::Unreachable, text};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout gives; we never abort
        return {clientCode::Timeout, text};
    case QNetworkReply::SslHandshakeFailedError:
        return {clientCode::Tls, sslErrors.isEmpty() ? text : describeSslErrors(sslErrors)};
    default:
        return {clientCode::Network, text};
    }
}

ApiError ApiReplies::httpError(int status, const QString &reason, const QByteArray &body,
                               const QByteArray &retryAfter)
{
    const QJsonObject e =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    ApiError error = ApiError::fromJson(e);
    if (error.code.isEmpty())
        error = {QStringLiteral("http_%1").arg(status),
                 QStringLiteral("HTTP %1 %2").arg(status).arg(reason).trimmed()};
    bool ok = false;
    const int seconds = retryAfter.trimmed().toInt(&ok);
    if (error.retryAfterSeconds <= 0 && ok && seconds > 0)
        error.retryAfterSeconds = seconds;
    return error;
}

QString ApiReplies::describeSslErrors(const QList<QSslError> &errors)
{
    QStringList problems;
    QSslCertificate certificate;
    for (const QSslError &e : errors) {
        problems.append(e.errorString());
        if (certificate.isNull())
            certificate = e.certificate();
    }
    problems.removeDuplicates();
    QString text = problems.join(QLatin1String("; "));
    if (!certificate.isNull())
        text += QStringLiteral(" (certificate \"%1\", SHA-256 %2)")
                    .arg(certificate.subjectDisplayName(),
                         QString::fromLatin1(
                             certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    return text;
}

ApiResult<ApiResponse> ApiReplies::read(QNetworkReply *reply, const QList<QSslError> &sslErrors)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Below 200 are transport failures (network, proxy); above, Qt's names for HTTP statuses.
    if (!status.isValid() || (reply->error() != QNetworkReply::NoError && reply->error() < 200))
        return unexpected(transportError(reply->error(), reply->errorString(), sslErrors));
    const int code = status.toInt();
    const QByteArray body = reply->readAll();
    if (code < 200 || code > 299)
        return unexpected(
            httpError(code, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                      body, reply->rawHeader("Retry-After")));
    if (body.trimmed().isEmpty())
        return ApiResponse{code, {}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return unexpected(badResponse(error.errorString()));
    if (!doc.isObject())
        return unexpected(badResponse(QStringLiteral("not a JSON object")));
    return ApiResponse{code, doc.object()};
}

} // namespace kora::net
