#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace kora::app {

// Sign-in tokens in the OS keychain (QtKeychain), one entry per server, email
// and profile under the service "Kora". When there is no keychain (no secret
// service, locked, refused) the token is kept in this object's memory only,
// for as long as the app runs, and keychainAvailable() turns false so the UI
// can say so. Tokens never go to QSettings or to the log.
//
// Every call answers later from the event loop, exactly once, unless
// `context` (or the store) is destroyed first: then never.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,         // done in the keychain (read: token found)
        NotFound,   // read or remove: no such entry
        MemoryOnly, // no keychain: done in memory only (read: found in memory)
    };
    struct Result
    {
        Status status = Status::Ok;
        QString token;         // read only
        QString keychainError; // set when the keychain failed
    };
    using Callback = std::function<void(const Result &)>;

    explicit TokenStore(QString service = QStringLiteral("Kora"), QObject *parent = nullptr);

    // The keychain key for an account in a profile (no secret in it).
    static QString keyFor(const QUrl &server, const QString &email, const QString &profile);

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &token, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

    // False once the keychain failed; true again after it next works.
    bool keychainAvailable() const { return m_available; }
    QString service() const { return m_service; }

    // The sentence the UI shows when the keychain is missing.
    static QString unavailableMessage();

Q_SIGNALS:
    void keychainAvailableChanged(bool available);

private:
    void setAvailable(bool available);

    QString m_service;
    bool m_available = true;
    QHash<QString, QString> m_memory; // key → token, when the keychain cannot keep it
};

} // namespace kora::app
