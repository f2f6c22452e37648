#include "SignIn.h"

#include <QPointer>

namespace kora::models {

SignIn::SignIn(net::ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void SignIn::signIn(const QUrl &server, const QString &email, const QString &password,
                    QObject *context, ResultCallback<LoginResult> done)
{
    m_api.setBaseUrl(server);
    m_api.login(email, password, context, std::move(done));
}

void SignIn::checkToken(const QUrl &server, const QString &token, QObject *context,
                        ResultCallback<proto::User> done)
{
    m_api.setBaseUrl(server);
    m_api.setToken(token);
    QPointer<QObject> guard(context);
    m_api.me(this, [this, guard, done = std::move(done)](Result<proto::User> me) {
        m_api.setToken({}); // the session keeps the token, not the sign-in client
        if (guard)
            done(std::move(me));
    });
}

} // namespace kora::models
