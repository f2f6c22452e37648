#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace kora::test {

// A real kora-server process (the built binary) on 127.0.0.1 and a port of
// its own choosing, with a fresh data dir; started and waited for until it
// says where it listens. Killed (SIGKILL) or stopped (SIGTERM) on purpose;
// stopped when this object goes.
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts with `--port 0 --bind 127.0.0.1 --data-dir <tmp>` + `arguments`;
    // false (with error()) when it exits or says nothing within 30 s. May be
    // called again after stop() or kill(): a restart on the same data dir.
    bool start(const QStringList &arguments);
    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dir.path(); }
    QString error() const { return m_error; }
    QString output() const { return m_output; }
    qint64 pid() const { return m_process.processId(); }
    void kill();
    // SIGTERM and wait for the exit (graceful stop); its exit code.
    int stop();

    // The flags every cluster test passes: the test JWT secret and high limits.
    static QStringList clusterArguments(const QString &databaseUrl);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_error;
    QString m_output;
};

} // namespace kora::test
