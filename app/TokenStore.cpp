#include "TokenStore.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "kora.app.keychain")

namespace kora::app {

namespace {

// Connects a finished job to `handler`, called unless `context` is gone.
template<class Job, class Handler> void whenFinished(Job *job, QObject *context, Handler handler)
{
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, handler = std::move(handler)](QKeychain::Job *) { handler(job); });
}

bool isMissing(QKeychain::Error error)
{
    return error == QKeychain::EntryNotFound;
}

} // namespace

TokenStore::TokenStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString TokenStore::keyFor(const QUrl &server, const QString &email, const QString &profile)
{
    // Readable enough to find in a keychain manager, nothing secret in it.
    const QString host = server.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
    return QStringLiteral("%1|%2|%3")
        .arg(profile.isEmpty() ? QStringLiteral("default") : profile, host, email.toLower());
}

QString TokenStore::unavailableMessage()
{
    return tr("Your system keychain is not available; you will stay signed in only until Kora "
              "closes.");
}

void TokenStore::setAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    Q_EMIT keychainAvailableChanged(available);
}

void TokenStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<TokenStore> self(this);
    whenFinished(job, context ? context : this,
                 [self, key, done = std::move(done)](QKeychain::ReadPasswordJob *job) {
                     if (!self)
                         return;
                     Result result;
                     if (job->error() == QKeychain::NoError) {
                         self->setAvailable(true);
                         result.token = job->textData();
                         result.status = Status::Ok;
                     } else if (isMissing(job->error())) {
                         self->setAvailable(true);
                         result.token = self->m_memory.value(key);
                         result.status =
                             result.token.isEmpty() ? Status::NotFound : Status::MemoryOnly;
                     } else {
                         qCInfo(lcKeychain)
                             << "keychain read failed:" << job->error() << job->errorString();
                         self->setAvailable(false);
                         result.keychainError = job->errorString();
                         result.token = self->m_memory.value(key);
                         result.status = Status::MemoryOnly;
                     }
                     done(result);
                 });
    job->start();
}

void TokenStore::write(const QString &key, const QString &token, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(token);
    // Kept in memory at once: a read before the keychain answers still finds it.
    m_memory.insert(key, token);
    QPointer<TokenStore> self(this);
    whenFinished(job, context ? context : this,
                 [self, key, done = std::move(done)](QKeychain::WritePasswordJob *job) {
                     if (!self)
                         return;
                     Result result;
                     if (job->error() == QKeychain::NoError) {
                         self->setAvailable(true);
                         self->m_memory.remove(key);
                         result.status = Status::Ok;
                     } else {
                         qCInfo(lcKeychain)
                             << "keychain write failed:" << job->error() << job->errorString();
                         self->setAvailable(false);
                         result.keychainError = job->errorString();
                         result.status = Status::MemoryOnly;
                     }
                     done(result);
                 });
    job->start();
}

void TokenStore::remove(const QString &key, QObject *context, Callback done)
{
    const bool wasInMemory = m_memory.remove(key) > 0;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<TokenStore> self(this);
    whenFinished(job, context ? context : this,
                 [self, wasInMemory, done = std::move(done)](QKeychain::DeletePasswordJob *job) {
                     if (!self)
                         return;
                     Result result;
                     if (job->error() == QKeychain::NoError) {
                         self->setAvailable(true);
                         result.status = Status::Ok;
                     } else if (isMissing(job->error())) {
                         self->setAvailable(true);
                         result.status = wasInMemory ? Status::Ok : Status::NotFound;
                     } else {
                         qCInfo(lcKeychain)
                             << "keychain delete failed:" << job->error() << job->errorString();
                         self->setAvailable(false);
                         result.keychainError = job->errorString();
                         result.status = Status::MemoryOnly;
                     }
                     done(result);
                 });
    job->start();
}

} // namespace kora::app
