#pragma once

#include "SessionTypes.h"

#include <QObject>

namespace kora::models {

// Who one may write to: the server's user search.
class UserDirectory : public QObject
{
    Q_OBJECT
public:
    // `api` is not owned and must outlive this object.
    explicit UserDirectory(net::ApiClient &api, QObject *parent = nullptr);

    // People matching `query` (name or email; empty: everyone one may write
    // to), at most `limit`. `done` comes once, later, unless `context` is gone.
    void search(const QString &query, int limit, QObject *context,
                ResultCallback<QList<proto::User>> done);

private:
    net::ApiClient &m_api;
};

} // namespace kora::models
