#include "UserDirectory.h"

namespace kora::models {

UserDirectory::UserDirectory(net::ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void UserDirectory::search(const QString &query, int limit, QObject *context,
                           ResultCallback<QList<proto::User>> done)
{
    m_api.users(query, limit, context, std::move(done));
}

} // namespace kora::models
