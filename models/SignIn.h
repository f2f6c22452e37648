#pragma once

#include "SessionTypes.h"

#include <QObject>
#include <QUrl>

namespace kora::models {

// Signing in before a session exists: email and password for a token, or a
// stored token checked (GET /me). Uses a REST client of its own base URL,
// never the token of a running session.
class SignIn : public QObject
{
    Q_OBJECT
public:
    // `api` is not owned and must outlive this object.
    explicit SignIn(net::ApiClient &api, QObject *parent = nullptr);

    // `done` comes once, later, unless `context` is gone. A refused password
    // answers proto::code::Unauthorized; a server that is not there
    // clientCode::Unreachable or Timeout; a certificate clientCode::Tls.
    void signIn(const QUrl &server, const QString &email, const QString &password, QObject *context,
                ResultCallback<LoginResult> done);
    // Who a stored token belongs to, or why it does not work.
    void checkToken(const QUrl &server, const QString &token, QObject *context,
                    ResultCallback<proto::User> done);

private:
    net::ApiClient &m_api;
};

} // namespace kora::models
