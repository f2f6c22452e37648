#include "ServerProcess.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace kora::test {

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        stop();
}

QStringList ServerProcess::clusterArguments(const QString &databaseUrl)
{
    return {
        QStringLiteral("--database"),           databaseUrl,
        QStringLiteral("--jwt-secret"),         QStringLiteral("test-secret-for-kora-tests-only"),
        QStringLiteral("--service-key"),        QStringLiteral("test-service-key"),
        QStringLiteral("--login-limit"),        QStringLiteral("100000"),
        QStringLiteral("--message-limit"),      QStringLiteral("1000000"),
        QStringLiteral("--upload-limit"),       QStringLiteral("1000000"),
        QStringLiteral("--conversation-limit"), QStringLiteral("1000000")};
}

bool ServerProcess::start(const QStringList &arguments)
{
    m_process.setProgram(QStringLiteral(KORA_SERVER_BINARY));
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                       QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                       QStringLiteral("--data-dir"), m_dir.path()} +
                           arguments);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Started again (on the same data dir): forget the last run's address.
    QObject::disconnect(&m_process, &QProcess::readyRead, nullptr, nullptr);
    m_url.clear();
    m_output.clear();
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("kora-server did not start: ") + m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    const bool up = QTest::qWaitFor(
        [this] {
            m_output += QString::fromUtf8(m_process.readAll());
            const auto match = listening.match(m_output);
            if (match.hasMatch())
                m_url = QUrl(match.captured(1));
            return m_url.isValid() || m_process.state() == QProcess::NotRunning;
        },
        30000);
    if (!up || !m_url.isValid()) {
        m_output += QString::fromUtf8(m_process.readAll());
        m_error = QStringLiteral("kora-server did not come up: ") + m_output.right(2000);
        return false;
    }
    // Keep reading so its output never blocks it.
    QObject::connect(&m_process, &QProcess::readyRead, &m_process, [this] {
        m_output = QString(m_output + QString::fromUtf8(m_process.readAll())).right(20000);
    });
    return true;
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

int ServerProcess::stop()
{
    m_process.terminate();
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    return m_process.exitCode();
}

} // namespace kora::test
