#pragma once

#include "SessionTypes.h"

#include <QObject>

namespace kora::models {

// Authenticated downloads of attachment bytes (a message's url or thumbUrl),
// for the media cache and "Save as".
class MediaDownloader : public QObject
{
    Q_OBJECT
public:
    // `api` is not owned and must outlive this object.
    explicit MediaDownloader(net::ApiClient &api, QObject *parent = nullptr);

    // At most `maxBytes`; `done` comes once, later (clientCode::Cancelled
    // after cancel()), unless `context` is gone. Returns what cancel() takes.
    TransferId download(const QString &url, qint64 maxBytes, QObject *context,
                        ResultCallback<QByteArray> done, Progress progress = {});
    // Unknown or finished ids are ignored; returns whether one was cancelled.
    bool cancel(TransferId id);

private:
    net::ApiClient &m_api;
};

} // namespace kora::models
