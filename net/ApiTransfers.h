#pragma once

#include "ApiTypes.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>
#include <unordered_map>

class QNetworkReply;

namespace kora::net {

class ApiTransport;

// Attachment uploads and downloads over the transport: streamed from disk,
// with progress, a size cap on downloads, and cancellation by id. Downloads
// only go to the server's own scheme, host and port, so the token never goes
// elsewhere. See ApiClient for the contract of each call.
class ApiTransfers : public QObject
{
    Q_OBJECT
public:
    template<class T> using Callback = std::function<void(ApiResult<T>)>;
    using TransferId = quint64; // 0 is never a transfer
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit ApiTransfers(ApiTransport &transport, QObject *parent = nullptr);

    TransferId uploadAttachment(const QString &filePath, const QString &name, const QString &mime,
                                QObject *context, Callback<proto::Attachment> done,
                                Progress progress);
    TransferId download(const QString &urlOrPath, qint64 maxBytes, QObject *context,
                        Callback<QByteArray> done, Progress progress);
    bool cancelTransfer(TransferId id);

private:
    std::optional<QUrl> resolveDownload(const QString &urlOrPath) const;
    TransferId start(QNetworkReply *reply, bool upload, QObject *context, Progress progress,
                     qint64 maxBytes,
                     std::function<void(ApiResult<QByteArray>, int status)> finish);

    ApiTransport &m_transport;
    TransferId m_lastTransfer = 0;
    std::unordered_map<TransferId, QPointer<QNetworkReply>> m_transfers; // running only
};

} // namespace kora::net
