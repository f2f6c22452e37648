#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace kora::app {

// One running Kora per OS user and profile. The first launch listens on a
// local socket (QLocalServer, owner-only); a later launch connects, hands
// over its arguments (kora:// links), waits for the answer and exits. A socket
// left behind by a crash is removed when nothing answers on it; a lock file
// beside it keeps two launches at the same moment from both listening.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // `name`: from nameFor(), or any local socket name (tests).
    explicit SingleInstance(QString name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket for `profile` (empty: the default one) of this OS user: in
    // the user's private runtime folder on Unix; a name with the user in it
    // elsewhere.
    static QString nameFor(const QString &appId, const QString &profile);

    enum class Outcome {
        Primary,    // nobody else runs: this process listens now
        HandedOver, // the running one has the arguments: exit
        NoAnswer,   // one runs but did not take them in time (see errorString)
        Unavailable // could not listen (see errorString): run without it
    };
    // Blocks for at most `timeoutMs`.
    Outcome claim(const QStringList &arguments, int timeoutMs = 5000);
    QString errorString() const { return m_error; }
    QString name() const { return m_name; }

    static constexpr qsizetype MaxMessageBytes = 64 * 1024;

Q_SIGNALS:
    // Another launch handed over; `arguments` are its (the links, maybe none).
    void activated(const QStringList &arguments);

private:
    void onConnection();
    void readFrom(QLocalSocket *socket);

    QString m_name;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

} // namespace kora::app
