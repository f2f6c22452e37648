// TokenStore against a real secret service (ctest runs this under
// dbus-run-session with an unlocked gnome-keyring), and without one (a child
// run with no session bus): the token is then kept in memory and the store
// says the keychain is unavailable.
#include "TokenStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using kora::app::TokenStore;

namespace {
// Runs one TokenStore call and waits for its answer (no sleeps).
template<class Call> TokenStore::Result wait(TokenStore &store, Call call)
{
    std::optional<TokenStore::Result> result;
    QObject context;
    call(&context, [&result](const TokenStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        qFatal("no answer from the token store");
    Q_UNUSED(store);
    return *result;
}
const char *childVar = "KORA_KEYCHAIN_CHILD";
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        if (qEnvironmentVariableIsSet(childVar))
            QSKIP("child run");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a session bus with a secret service (ctest runs this under "
                  "dbus-run-session and gnome-keyring)");
        TokenStore store(QStringLiteral("Kora-test"));
        const QString key = TokenStore::keyFor(
            QUrl(QStringLiteral("http://127.0.0.1:8080")), QStringLiteral("ama@demo.kora"),
            QStringLiteral("test-") + QUuid::createUuid().toString());
        const QString token = QStringLiteral("header.payload.signature-") +
                              QUuid::createUuid().toString(QUuid::WithoutBraces);

        auto missing = wait(store, [&](QObject *c, auto done) { store.read(key, c, done); });
        QCOMPARE(missing.status, TokenStore::Status::NotFound);

        auto written =
            wait(store, [&](QObject *c, auto done) { store.write(key, token, c, done); });
        QCOMPARE(written.status, TokenStore::Status::Ok);
        QVERIFY2(written.keychainError.isEmpty(), qPrintable(written.keychainError));
        QVERIFY(store.keychainAvailable());

        // A second store (as after a restart) reads it back from the keychain.
        TokenStore other(QStringLiteral("Kora-test"));
        auto read = wait(other, [&](QObject *c, auto done) { other.read(key, c, done); });
        QCOMPARE(read.status, TokenStore::Status::Ok);
        QCOMPARE(read.token, token);

        auto removed = wait(store, [&](QObject *c, auto done) { store.remove(key, c, done); });
        QCOMPARE(removed.status, TokenStore::Status::Ok);
        auto gone = wait(other, [&](QObject *c, auto done) { other.read(key, c, done); });
        QCOMPARE(gone.status, TokenStore::Status::NotFound);
        QVERIFY(gone.token.isEmpty());
    }

    void destroyedContextIsNotCalled()
    {
        if (qEnvironmentVariableIsSet(childVar))
            QSKIP("child run");
        TokenStore store(QStringLiteral("Kora-test"));
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("nothing|here|x"), context, [&called](auto) { called = true; });
        delete context;
        // A later call on the same store is answered; the first one never is.
        auto r = wait(store, [&](QObject *c, auto done) {
            store.read(QStringLiteral("nothing|here|y"), c, done);
        });
        Q_UNUSED(r);
        QVERIFY(!called);
    }

    void withoutKeychainKeepsTokenInMemory()
    {
        if (!qEnvironmentVariableIsSet(childVar)) {
            // Run this function again in a child with no session bus at all.
            QTemporaryDir runtime;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            env.remove(QStringLiteral("DISPLAY")); // no D-Bus autolaunch through X11
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            env.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                       runtime.path()); // no $XDG_RUNTIME_DIR/bus
            env.insert(QString::fromLatin1(childVar), QStringLiteral("1"));
            QProcess child;
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("withoutKeychainKeepsTokenInMemory")});
            QVERIFY(child.waitForFinished(60000));
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 0);
            return;
        }
        TokenStore store(QStringLiteral("Kora-test"));
        QSignalSpy availability(&store, &TokenStore::keychainAvailableChanged);
        const QString key = TokenStore::keyFor(QUrl(QStringLiteral("http://127.0.0.1:8080")),
                                               QStringLiteral("kofi@demo.kora"), {});
        const QString token = QStringLiteral("in-memory-token");
        auto written =
            wait(store, [&](QObject *c, auto done) { store.write(key, token, c, done); });
        QCOMPARE(written.status, TokenStore::Status::MemoryOnly);
        QVERIFY(!written.keychainError.isEmpty());
        QVERIFY(!store.keychainAvailable());
        QCOMPARE(availability.size(), 1);
        QCOMPARE(TokenStore::unavailableMessage(),
                 QStringLiteral("Your system keychain is not available; you will stay signed in "
                                "only until Kora closes."));

        auto read = wait(store, [&](QObject *c, auto done) { store.read(key, c, done); });
        QCOMPARE(read.status, TokenStore::Status::MemoryOnly);
        QCOMPARE(read.token, token); // kept for this run

        auto removed = wait(store, [&](QObject *c, auto done) { store.remove(key, c, done); });
        Q_UNUSED(removed);
        auto gone = wait(store, [&](QObject *c, auto done) { store.read(key, c, done); });
        QVERIFY(gone.token.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
