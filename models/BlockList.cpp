#include "BlockList.h"

#include "Cache.h"
#include "ModelsLogging.h"
#include "SocketIoClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace kora::models {

namespace {
const QString CacheKey = QStringLiteral("blocks");
}

BlockList::BlockList(Cache &cache, net::ApiClient &api, net::SocketIoClient &socket,
                     QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
{
    const QJsonObject kept = QJsonDocument::fromJson(m_cache.value(CacheKey).toUtf8()).object();
    for (auto it = kept.begin(); it != kept.end(); ++it)
        m_names.insert(it.key(), it.value().toString());
    connect(&socket, &net::SocketIoClient::connected, this, &BlockList::refresh);
}

void BlockList::refresh()
{
    m_api.blocks(this, [this](Result<QList<proto::User>> result) {
        if (!result) {
            qCInfo(lcSync) << "cannot read the block list:" << result.error().code
                           << result.error().message;
            return;
        }
        QHash<QString, QString> names;
        for (const proto::User &user : std::as_const(*result))
            names.insert(user.id, user.name);
        replace(std::move(names));
    });
}

void BlockList::setBlocked(const QString &userId, const QString &name, bool blocked,
                           QObject *context, ResultCallback<bool> done)
{
    QPointer<QObject> guard(context);
    m_api.setBlocked(
        userId, blocked, this,
        [this, guard, userId, name, blocked, done = std::move(done)](Result<bool> result) {
            if (result) {
                QHash<QString, QString> names = m_names;
                if (blocked)
                    names.insert(userId, name);
                else
                    names.remove(userId);
                replace(std::move(names));
            }
            if (guard)
                done(std::move(result));
        });
}

void BlockList::replace(QHash<QString, QString> names)
{
    if (names == m_names)
        return;
    m_names = std::move(names);
    QJsonObject kept;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        kept.insert(it.key(), it.value());
    if (auto stored = m_cache.setValue(
            CacheKey, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
        !stored)
        qCWarning(lcSync) << "cannot keep the block list:" << stored.error();
    Q_EMIT changed();
}

} // namespace kora::models
