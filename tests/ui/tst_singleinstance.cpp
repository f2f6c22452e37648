// One Kora per user and profile, with real `kora` processes (offscreen, no
// server, so signed out): a second launch hands its kora:// link to the
// running one and exits 0; the running one keeps the link until sign-in; a
// hostile link is refused; another profile runs on its own; a socket left by
// a killed process is cleaned up by the next launch.
#include "SingleInstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kConversation = u"kora://conversation/0191d2c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d"_s;
const QString kChat = u"kora://chat?user=3f2504e0-4f89-41d3-9a0c-0305e82c3301&jobId=job-7"
                      u"&jobTitle=Fix%20the%20sink"_s;
} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QProcess> launch(const QStringList &arguments)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral(KORA_BINARY),
                 QStringList{u"--server"_s, u"http://127.0.0.1:9"_s} + arguments);
        return p;
    }

    // Waits (on output, never a sleep) until `p` has printed `line`.
    static bool waitForLine(QProcess &p, const QString &line, QByteArray &seen,
                            int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!QString::fromUtf8(seen).contains(line)) {
            if (timer.elapsed() > timeoutMs || p.state() == QProcess::NotRunning) {
                seen += p.readAll();
                return QString::fromUtf8(seen).contains(line);
            }
            p.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - timer.elapsed())));
            seen += p.readAll();
        }
        return true;
    }

    static void stop(QProcess &p)
    {
        p.kill();
        QVERIFY(p.waitForFinished(10000));
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_runtime; // 0700, as XDG_RUNTIME_DIR must be

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_runtime.isValid());
    }

    void secondLaunchHandsOver()
    {
        // Cold start with a link while signed out: kept until signed in.
        auto first = launch({kConversation});
        QByteArray out;
        QVERIFY2(waitForLine(*first, u"link kept until signed in: "_s + kConversation, out),
                 out.constData());

        // A second launch with another link: handed over, exit 0.
        auto second = launch({kChat});
        QVERIFY(second->waitForFinished(20000));
        const QByteArray secondOut = second->readAll();
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QVERIFY2(second->exitCode() == 0, secondOut.constData());
        QVERIFY2(secondOut.contains("handed over to the running Kora"), secondOut.constData());
        QVERIFY2(waitForLine(*first, u"activated by another launch"_s, out), out.constData());
        QVERIFY2(
            waitForLine(
                *first,
                u"link kept until signed in: kora://chat?user="
                u"3f2504e0-4f89-41d3-9a0c-0305e82c3301&jobId=job-7&jobTitle=Fix%20the%20sink"_s,
                out),
            out.constData());

        // A hostile link: the second launch still exits 0, the first refuses it.
        auto third = launch({u"kora://conversation/../../etc/passwd"_s});
        QVERIFY(third->waitForFinished(20000));
        QCOMPARE(third->exitCode(), 0);
        QVERIFY2(waitForLine(*first,
                             u"link refused: Kora cannot open this link. The link does not "
                             u"name a conversation."_s,
                             out),
                 out.constData());

        // Another profile is another Kora.
        auto other = launch({u"--profile"_s, u"other"_s, kConversation});
        QByteArray otherOut;
        QVERIFY2(waitForLine(*other, u"link kept until signed in: "_s + kConversation, otherOut),
                 otherOut.constData());
        QVERIFY(other->state() == QProcess::Running);
        QVERIFY(first->state() == QProcess::Running);
        stop(*other);

        // A crash leaves the socket behind; the next launch cleans it up and runs.
        const QString socket = m_runtime.filePath(u"app.kora.Kora.default.socket"_s);
        QVERIFY(QFile::exists(socket));
        stop(*first);
        QVERIFY(QFile::exists(socket));
        auto next = launch({kConversation});
        QByteArray nextOut;
        QVERIFY2(waitForLine(*next, u"link kept until signed in: "_s + kConversation, nextOut),
                 nextOut.constData());
        auto handOver = launch({});
        QVERIFY(handOver->waitForFinished(20000));
        QCOMPARE(handOver->exitCode(), 0);
        QVERIFY2(waitForLine(*next, u"activated by another launch"_s, nextOut),
                 nextOut.constData());
        stop(*next);
    }

    // The class alone: junk on the socket is dropped, the listener stays.
    void junkIsDropped()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(u"s"_s);
        kora::app::SingleInstance primary(name);
        QCOMPARE(primary.claim({}), kora::app::SingleInstance::Outcome::Primary);
        QSignalSpy activated(&primary, &kora::app::SingleInstance::activated);
        QLocalSocket junk;
        junk.connectToServer(name);
        QVERIFY(junk.waitForConnected(5000));
        junk.write(QByteArray("\x00\x00\x00\x08garbage!", 12));
        junk.flush();
        QTRY_COMPARE(junk.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(activated.size(), 0);
        QLocalSocket huge;
        huge.connectToServer(name);
        QVERIFY(huge.waitForConnected(5000));
        huge.write(QByteArray("\x7f\xff\xff\xff", 4));
        huge.flush();
        QTRY_COMPARE(huge.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(activated.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
