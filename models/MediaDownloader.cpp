#include "MediaDownloader.h"

namespace kora::models {

MediaDownloader::MediaDownloader(net::ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

TransferId MediaDownloader::download(const QString &url, qint64 maxBytes, QObject *context,
                                     ResultCallback<QByteArray> done, Progress progress)
{
    return m_api.download(url, maxBytes, context, std::move(done), std::move(progress));
}

bool MediaDownloader::cancel(TransferId id)
{
    return m_api.cancelTransfer(id);
}

} // namespace kora::models
