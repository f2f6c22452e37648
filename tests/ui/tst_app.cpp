// The app's composition and windows against a real in-process kora-server
// (offscreen): login errors, Session sync, MainWindow (list, Ctrl+K, narrow
// mode), the connection banner through a fault proxy, and the French
// translation.
#include "AppController.h"
#include "BlockList.h"
#include "BlockedPeopleDialog.h"
#include "Cache.h"
#include "ChatPane.h"
#include "Composer.h"
#include "ConnectionBanner.h"
#include "ConversationListModel.h"
#include "ConversationPane.h"
#include "FaultProxy.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Mentions.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "Notifier.h"
#include "Outbox.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "QuietHoursMenu.h"
#include "SearchDialog.h"
#include "SearchResults.h"
#include "ServerFixture.h"
#include "Session.h"
#include "SignIn.h"
#include "SyncEngine.h"
#include "Translations.h"
#include "TrustActions.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace kora;
using namespace Qt::StringLiterals;

class TestApp : public QObject
{
    Q_OBJECT

private:
    // A signed-in session of a demo user against `server` (a fixture or a proxy).
    std::unique_ptr<app::Session> makeSession(const QUrl &server, const QString &who,
                                              const test::ServerFixture::Login &login)
    {
        app::Session::Config config;
        config.server = server;
        config.token = login.token;
        config.user.id = login.userId;
        config.user.name = who;
        config.cachePath =
            m_dir->filePath(who + QString::number(++m_sessions) + QStringLiteral("/cache.sqlite3"));
        config.socketOptions.reconnectBaseMs = 20;
        config.socketOptions.reconnectMaxMs = 100;
        config.socketOptions.watchNetwork = false;
        auto created = app::Session::create(std::move(config));
        if (!created) {
            qWarning() << created.error();
            return nullptr;
        }
        return std::move(*created);
    }

    bool startAndSync(app::Session &session)
    {
        QSignalSpy finished(&session.sync(), &models::SyncEngine::syncFinished);
        session.start();
        return finished.wait(10000);
    }

    // KORA_SCREENSHOT_DIR=<dir>: saves what the test sees, to look at (never committed).
    static void shot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("KORA_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_sessions = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        app::installTranslations(*qApp, QStringLiteral("en"));
    }

    void loginWrongPassword()
    {
        test::ServerFixture server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        QNetworkAccessManager network;
        net::ApiClient api(&network);
        models::SignIn signIn(api);
        ui::LoginDialog dialog(signIn);
        dialog.setServer(server.url());
        dialog.setEmail(QStringLiteral("ama@demo.kora"));
        dialog.setPassword(QStringLiteral("not-the-password"));
        dialog.show();
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QVERIFY(password);
        password->setFocus();
        QTest::keyClick(password, Qt::Key_Return); // Enter submits
        QVERIFY(dialog.isBusy());
        QTRY_COMPARE(dialog.errorText(), QStringLiteral("Wrong email or password."));
        QVERIFY(!dialog.isBusy());
        shot(&dialog, QStringLiteral("login-wrong-password"));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void loginUnreachable()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed: nothing listens there now
        QNetworkAccessManager network;
        net::ApiClient api(&network);
        models::SignIn signIn(api);
        ui::LoginDialog dialog(signIn);
        dialog.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        dialog.setEmail(QStringLiteral("ama@demo.kora"));
        dialog.setPassword(QStringLiteral("demo-password"));
        dialog.submit();
        QTRY_VERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(dialog.errorText(),
                 QStringLiteral("Cannot reach the server at http://127.0.0.1:%1. Check the "
                                "address and your connection.")
                     .arg(port));
    }

    void loginFocusStartsWhereSomethingIsMissing()
    {
        QNetworkAccessManager network;
        net::ApiClient api(&network);
        models::SignIn signIn(api);
        {
            // The server is filled in (by default): typing starts in the email field.
            ui::LoginDialog dialog(signIn);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit"));
            auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"));
            QVERIFY(email && server);
            QTRY_COMPARE(QApplication::focusWidget(), email);
            const QString address = server->text();
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ama@demo.kora"));
            QCOMPARE(email->text(), QStringLiteral("ama@demo.kora"));
            QCOMPARE(server->text(), address);
            // Tab goes on to the password.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(),
                     dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")));
        }
        {
            // A known email (signing in again): straight to the password.
            ui::LoginDialog dialog(signIn);
            dialog.setEmail(QStringLiteral("ama@demo.kora"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QTRY_COMPARE(QApplication::focusWidget(),
                         dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")));
        }
        {
            // A long, wrapping error makes the dialog taller instead of squashing the form.
            quint16 port = 0;
            {
                QTcpServer probe;
                QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
                port = probe.serverPort();
            } // closed: nothing listens there now
            ui::LoginDialog dialog(signIn);
            dialog.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
            dialog.setEmail(QStringLiteral("ama@demo.kora"));
            dialog.setPassword(QStringLiteral("demo-password"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.resize(dialog.minimumWidth(), dialog.minimumSizeHint().height());
            dialog.submit();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 15000);
            QApplication::processEvents();
            auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
            QVERIFY(error && error->isVisible());
            QVERIFY(error->heightForWidth(error->width()) > error->fontMetrics().height());
            QVERIFY(error->height() >= error->heightForWidth(error->width()));
            for (auto *edit : dialog.findChildren<QLineEdit *>())
                QVERIFY(edit->height() >= edit->minimumSizeHint().height());
            shot(&dialog, QStringLiteral("login-long-error"));
        }
    }

    void loginBadAddress()
    {
        QNetworkAccessManager network;
        net::ApiClient api(&network);
        models::SignIn signIn(api);
        ui::LoginDialog dialog(signIn);
        dialog.setServer(QUrl(QStringLiteral("ftp://example.com")));
        dialog.setEmail(QStringLiteral("ama@demo.kora"));
        dialog.setPassword(QStringLiteral("x"));
        dialog.submit();
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.errorText().contains(QLatin1String("server address")));
    }

    void loginGood()
    {
        test::ServerFixture server;
        QVERIFY(server.ok());
        QNetworkAccessManager network;
        net::ApiClient api(&network);
        models::SignIn signIn(api);
        ui::LoginDialog dialog(signIn);
        QSignalSpy signedIn(&dialog, &ui::LoginDialog::signedIn);
        dialog.setServer(server.url());
        dialog.setEmail(QStringLiteral("ama@demo.kora"));
        dialog.setPassword(QStringLiteral("demo-password"));
        dialog.submit();
        QVERIFY(signedIn.wait(10000));
        QVERIFY(!dialog.loginResult().token.isEmpty());
        QCOMPARE(dialog.loginResult().user.name, QStringLiteral("Ama Mensah"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.errorText().isEmpty());
        // The password does not linger in the form.
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
    }

    void sessionComposesAndSyncs()
    {
        test::ServerFixture server;
        QVERIFY(server.ok());
        const auto ama = server.login(QStringLiteral("ama"));
        auto session = makeSession(server.url(), QStringLiteral("ama"), ama);
        QVERIFY(session);
        QCOMPARE(session->services().userId, ama.userId);
        QVERIFY(startAndSync(*session));
        QCOMPARE(session->cache().conversations().size(), 2);
        QCOMPARE(session->socket().state(), net::SocketIoClient::State::Connected);
    }

    void sessionSignedOutOnRefusedToken()
    {
        test::ServerFixture server;
        QVERIFY(server.ok());
        auto ama = server.login(QStringLiteral("ama"));
        ama.token = QStringLiteral("not.a.token");
        auto session = makeSession(server.url(), QStringLiteral("ama"), ama);
        QVERIFY(session);
        QSignalSpy signedOut(session.get(), &app::Session::signedOut);
        session->start();
        QVERIFY(signedOut.wait(10000));
        QVERIFY(session->isSignedOut());
        QCOMPARE(signedOut.size(), 1); // once, though REST and socket both refuse
    }

    void cachePathPerProfile()
    {
        const QUrl url(QStringLiteral("http://127.0.0.1:8080"));
        const QString plain = app::Session::cachePathFor(url, QStringLiteral("u1"), {});
        const QString worker =
            app::Session::cachePathFor(url, QStringLiteral("u1"), QStringLiteral("worker"));
        QCOMPARE(plain, models::Cache::defaultPath(url, QStringLiteral("u1")));
        QVERIFY(worker != plain);
        QVERIFY(worker.contains(QLatin1String("/profiles/worker/accounts/")));
        QVERIFY(app::AppController::isValidProfile(QStringLiteral("hirer-2")));
        QVERIFY(!app::AppController::isValidProfile(QStringLiteral("../x")));
    }

    void mainWindowListSwitcherNarrow()
    {
        test::ServerFixture server;
        QVERIFY(server.ok());
        const auto ama = server.login(QStringLiteral("ama"));
        auto session = makeSession(server.url(), QStringLiteral("ama"), ama);
        QVERIFY(session);
        QVERIFY(startAndSync(*session));

        QSettings settings(m_dir->filePath(QStringLiteral("main.ini")), QSettings::IniFormat);
        auto window = std::make_unique<ui::MainWindow>(session->services(), settings);
        window->resize(1000, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QCOMPARE(window->windowTitle(), QStringLiteral("Kora — ama"));
        // The account button says who is signed in and holds the account's actions.
        auto *account = window->findChild<QToolButton *>(QStringLiteral("accountButton"));
        QVERIFY(account && account->isVisible());
        QCOMPARE(account->text(), QStringLiteral("ama"));
        QCOMPARE(account->accessibleName(), QStringLiteral("Account: ama"));
        QVERIFY(account->menu());
        QStringList accountActions;
        for (QAction *action : account->menu()->actions())
            accountActions.append(action->objectName());
        QVERIFY(accountActions.contains(QStringLiteral("signOutAction")));
        QVERIFY(accountActions.contains(QStringLiteral("signOutEverywhereAction")));
        QVERIFY(accountActions.contains(QStringLiteral("blockedPeopleAction")));
        QVERIFY(!window->isNarrow());
        // A notice (the keychain's) can be read, then dismissed.
        window->setNotice(QStringLiteral("Tokens are not kept"));
        QVERIFY(window->statusBar()->isVisible());
        auto *dismiss = window->findChild<QToolButton *>(QStringLiteral("noticeDismiss"));
        QVERIFY(dismiss && dismiss->isVisible());
        dismiss->click();
        QVERIFY(!window->statusBar()->isVisible());
        QAbstractItemModel *list = window->conversationPane()->model();
        QTRY_COMPARE(list->rowCount(), 2);
        QVERIFY(window->banner()->isHidden()); // connected and idle

        // Ctrl+K opens the switcher; typing filters; Enter opens.
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        QWidget *switcher = window->quickSwitcher();
        QVERIFY(switcher);
        QTRY_VERIFY(switcher->isVisible());
        auto *filter = switcher->findChild<QLineEdit *>(QStringLiteral("quickSwitcherFilter"));
        auto *matches = switcher->findChild<QListView *>(QStringLiteral("quickSwitcherList"));
        QVERIFY(filter && matches);
        QCOMPARE(matches->model()->rowCount(), 2);
        QTest::keyClicks(filter, QStringLiteral("bathroom"));
        QCOMPARE(matches->model()->rowCount(), 1);
        shot(window.get(), QStringLiteral("main-window"));
        shot(switcher, QStringLiteral("quick-switcher"));
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY(!switcher->isVisible());
        const QString bathroom = window->currentConversationId();
        QVERIFY(!bathroom.isEmpty());
        QCOMPARE(session->cache().conversation(bathroom)->conversation.jobTitle,
                 QStringLiteral("Bathroom regrouting"));
        QCOMPARE(window->conversationPane()->currentConversationId(), bathroom);

        // Esc closes the switcher without opening anything.
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(switcher->isVisible());
        QTest::keyClicks(filter, QStringLiteral("kitchen"));
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(!switcher->isVisible());
        QCOMPARE(window->currentConversationId(), bathroom);

        // Narrow: one pane at a time, back returns to the list.
        window->resize(600, 700);
        QTRY_VERIFY(window->isNarrow());
        QVERIFY(window->chatPane()->isVisible());
        QVERIFY(!window->conversationPane()->isVisible());
        shot(window.get(), QStringLiteral("narrow-chat"));
        Q_EMIT window->chatPane()->backRequested();
        QVERIFY(window->conversationPane()->isVisible());
        QVERIFY(!window->chatPane()->isVisible());
        window->openConversation(bathroom);
        QVERIFY(window->chatPane()->isVisible());
        QTest::keyClick(window.get(), Qt::Key_Escape); // Esc is "back" too
        QVERIFY(window->conversationPane()->isVisible());
        window->resize(1000, 700);
        QTRY_VERIFY(!window->isNarrow());
        QVERIFY(window->conversationPane()->isVisible() && window->chatPane()->isVisible());

        // Mute is kept per conversation; state is restored by a new window.
        window->setMuted(bathroom, true);
        window->saveState();
        window.reset();
        ui::MainWindow again(session->services(), settings);
        QCOMPARE(again.currentConversationId(), bathroom);
        QVERIFY(again.isMuted(bathroom));
        QCOMPARE(again.size(), QSize(1000, 700));
    }

    // The whole window without a mouse: find, open, write, switch, Tab round
    // every control (each one named for screen readers), new-conversation
    // dialog in and out.
    void keyboardOnlyWalk()
    {
        test::ServerFixture server;
        QVERIFY(server.ok());
        const auto ama = server.login(QStringLiteral("ama"));
        auto session = makeSession(server.url(), QStringLiteral("ama"), ama);
        QVERIFY(session);
        QVERIFY(startAndSync(*session));
        QSettings settings(m_dir->filePath(QStringLiteral("keyboard.ini")), QSettings::IniFormat);
        auto window = std::make_unique<ui::MainWindow>(session->services(), settings);
        window->resize(1000, 700);
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTRY_COMPARE(window->conversationPane()->model()->rowCount(), 2);
        const auto focused = [] { return QApplication::focusWidget(); };

        // Ctrl+F, type, Down into the list, Enter opens; the composer has the focus.
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = qobject_cast<QLineEdit *>(focused());
        QVERIFY(search && window->conversationPane()->isAncestorOf(search));
        QTest::keyClicks(search, QStringLiteral("kitchen"));
        QTest::keyClick(search, Qt::Key_Down);
        auto *list = qobject_cast<QListView *>(focused());
        QVERIFY(list && window->conversationPane()->isAncestorOf(list));
        QTest::keyClick(list, Qt::Key_Return);
        const QString kitchen = window->currentConversationId();
        QVERIFY(!kitchen.isEmpty());
        QVERIFY(session->cache().conversation(kitchen)->conversation.jobTitle.contains(
            QStringLiteral("Kitchen")));
        QPlainTextEdit *editor = window->chatPane()->composer()->editor();
        QTRY_COMPARE(focused(), editor);
        QTest::keyClicks(editor, QStringLiteral("Sent without a mouse"));
        QTest::keyClick(editor, Qt::Key_Return);
        const models::MessageListModel *messages = window->chatPane()->messageModel();
        QTRY_COMPARE(messages->index(messages->rowCount() - 1, 0)
                         .data(models::MessageListModel::BodyRole)
                         .toString(),
                     QStringLiteral("Sent without a mouse"));

        // Esc in the search box clears the filter; Alt+Down / Alt+Up step through.
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focused(), search);
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QTRY_COMPARE(window->conversationPane()->model()->rowCount(), 2);
        QTest::keyClick(window.get(), Qt::Key_Down, Qt::AltModifier);
        const QString other = window->currentConversationId();
        QVERIFY(!other.isEmpty() && other != kitchen);
        QTest::keyClick(window.get(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(window->currentConversationId(), kitchen);

        // Tab goes round every control and back; Tab in the composer leaves it.
        editor->setFocus(Qt::TabFocusReason);
        QSet<QWidget *> stops;
        for (int i = 0; i < 30; ++i) {
            QWidget *before = focused();
            QVERIFY(before);
            QTest::keyClick(before, Qt::Key_Tab);
            QWidget *now = focused();
            QVERIFY2(now && now != before, before->metaObject()->className());
            QVERIFY2(!now->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 %2").arg(
                         QString::fromLatin1(now->metaObject()->className()), now->objectName())));
            if (now == editor)
                break;
            stops.insert(now);
        }
        QCOMPARE(focused(), editor);
        QVERIFY(editor->toPlainText().isEmpty()); // no tab character typed
        QVERIFY(stops.contains(search));
        QVERIFY(stops.contains(list));
        QVERIFY(stops.contains(window->chatPane()->messageView()));
        const auto named = [&](const QString &accessible) {
            return std::any_of(stops.cbegin(), stops.cend(),
                               [&](QWidget *w) { return w->accessibleName() == accessible; });
        };
        QVERIFY(named(QStringLiteral("New conversation")));
        QVERIFY(named(QStringLiteral("Conversation views")));
        QVERIFY(named(QStringLiteral("Send message")));
        QVERIFY(named(QStringLiteral("Attach files")));
        QVERIFY(named(QStringLiteral("Quick replies")));
        QVERIFY(named(QStringLiteral("Emoji")));
        // Shift+Tab walks back the same way.
        QTest::keyClick(editor, Qt::Key_Backtab);
        QVERIFY(focused() != editor && stops.contains(focused()));

        // Ctrl+N opens the people search with the focus in it; Esc closes it.
        QWidget *const beforeDialog = focused();
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()) &&
                    focused()->accessibleName() == QStringLiteral("Search people"));
        QWidget *dialog = focused()->window();
        QVERIFY(dialog != window.get());
        QTest::keyClick(focused(), Qt::Key_Escape);
        QPointer<QWidget> closing(dialog);
        QTRY_VERIFY(!closing || !closing->isVisible());
        // The window keeps where the focus was, for when it is active again.
        QCOMPARE(window->focusWidget(), beforeDialog);
    }

    // Sign out from the menu: the window and the session go, the login dialog
    // comes, and nothing of the account is kept for opening offline.
    void signOutReturnsToLogin()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const auto restoreBus = qScopeGuard([bus] {
            if (bus.isNull())
                qunsetenv("DBUS_SESSION_BUS_ADDRESS");
            else
                qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        });
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:"); // no keychain: in memory only
        test::ServerFixture server;
        QVERIFY(server.ok());
        app::LaunchOptions options;
        options.server = server.url();
        options.profile = QStringLiteral("tst-signout-%1").arg(QCoreApplication::applicationPid());
        options.email = QStringLiteral("ama@demo.kora");
        options.password = QStringLiteral("demo-password");
        app::AppController controller(options);
        const auto cleanup = qScopeGuard([&] { QFile::remove(controller.settings().fileName()); });
        QSignalSpy shown(&controller, &app::AppController::mainWindowShown);
        controller.start();
        QVERIFY(shown.wait(15000));
        QVERIFY(controller.mainWindow() && controller.session());
        QVERIFY(
            !controller.settings().value(QStringLiteral("account/userId")).toString().isEmpty());

        auto *signOut =
            controller.mainWindow()->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut);
        signOut->trigger();
        QTRY_VERIFY(!controller.mainWindow());
        QVERIFY(!controller.session());
        QTRY_VERIFY(controller.loginDialog() && controller.loginDialog()->isVisible());
        QVERIFY(controller.settings().value(QStringLiteral("account/userId")).toString().isEmpty());
        // The email stays for the next sign-in; the password field is empty.
        auto *email = controller.loginDialog()->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        auto *password =
            controller.loginDialog()->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QVERIFY(email && password);
        QCOMPARE(email->text(), QStringLiteral("ama@demo.kora"));
        QVERIFY(password->text().isEmpty());
    }

    // Sign out everywhere: asked once; confirmed, the server ends every token
    // of the account and this window goes back to the login dialog.
    void signOutEverywhereFromTheMenu()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const auto restoreBus = qScopeGuard([bus] {
            if (bus.isNull())
                qunsetenv("DBUS_SESSION_BUS_ADDRESS");
            else
                qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        });
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:"); // no keychain: in memory only
        test::ServerFixture server;
        QVERIFY(server.ok());
        const auto otherDevice = server.login(QStringLiteral("ama"));
        app::LaunchOptions options;
        options.server = server.url();
        options.profile =
            QStringLiteral("tst-everywhere-%1").arg(QCoreApplication::applicationPid());
        options.email = QStringLiteral("ama@demo.kora");
        options.password = QStringLiteral("demo-password");
        app::AppController controller(options);
        const auto cleanup = qScopeGuard([&] { QFile::remove(controller.settings().fileName()); });
        QSignalSpy shown(&controller, &app::AppController::mainWindowShown);
        controller.start();
        QVERIFY(shown.wait(15000));
        auto *action = controller.mainWindow()->findChild<QAction *>(
            QStringLiteral("signOutEverywhereAction"));
        QVERIFY(action);

        // Cancel: nothing happens.
        action->trigger();
        auto *question = controller.mainWindow()->findChild<QMessageBox *>(
            QStringLiteral("signOutEverywhereQuestion"));
        QVERIFY(question && question->isVisible());
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!controller.mainWindow()->findChild<QMessageBox *>(
            QStringLiteral("signOutEverywhereQuestion")));
        QCOMPARE(server.get(QStringLiteral("/api/v1/me"), otherDevice.token).status, 200);

        action->trigger();
        question = controller.mainWindow()->findChild<QMessageBox *>(
            QStringLiteral("signOutEverywhereQuestion"));
        QVERIFY(question);
        for (QAbstractButton *b : question->buttons())
            if (question->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.mainWindow(), 10000);
        // Whether the server's closing of the socket ("sign in again") or the
        // answer came first, one top-level login dialog is left.
        QTRY_VERIFY(controller.loginDialog() && controller.loginDialog()->isVisible());
        QVERIFY(!controller.loginDialog()->parent());
        QCOMPARE(server.get(QStringLiteral("/api/v1/me"), otherDevice.token).status, 401);
        QVERIFY(controller.settings().value(QStringLiteral("account/userId")).toString().isEmpty());
    }

    // Block from the conversation list's context menu (asked in the chat,
    // as from its ⋮ menu), then unblock in Kora ▸ Blocked people….
    void blockFromTheListUnblockInBlockedPeople()
    {
        test::ServerFixture server;
        QVERIFY(server.ok());
        const auto ama = server.login(QStringLiteral("ama"));
        auto session = makeSession(server.url(), QStringLiteral("ama"), ama);
        QVERIFY(session);
        QVERIFY(startAndSync(*session));
        QSettings settings(m_dir->filePath(QStringLiteral("blocked.ini")), QSettings::IniFormat);
        auto window = std::make_unique<ui::MainWindow>(session->services(), settings);
        window->resize(1000, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QAbstractItemModel *list = window->conversationPane()->model();
        QTRY_COMPARE(list->rowCount(), 2);
        const QString id = list->index(0, 0).data(models::ConversationListModel::IdRole).toString();

        std::unique_ptr<QMenu> menu(window->conversationPane()->createContextMenu(id));
        auto *block = menu->findChild<QAction *>(QStringLiteral("conversationBlockAction"));
        QVERIFY(block);
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("conversationReportAction")));
        block->trigger();
        QCOMPARE(window->currentConversationId(), id); // opened, asked there
        ui::TrustActions *trust = window->chatPane()->trustActions();
        QMessageBox *question = trust->blockQuestion();
        QVERIFY(question && question->isVisible());
        const QString name = trust->peerName();
        for (QAbstractButton *b : question->buttons())
            if (question->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        QTRY_VERIFY(trust->peerBlocked());
        menu.reset(window->conversationPane()->createContextMenu(id));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("conversationBlockAction"))
                    ->text()
                    .contains(name));

        window->showBlockedPeople();
        auto *dialog = qobject_cast<ui::BlockedPeopleDialog *>(window->blockedPeopleDialog());
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->list()->count(), 1);
        QCOMPARE(dialog->list()->item(0)->text(), name);
        dialog->unblockButton()->click();
        QTRY_COMPARE(dialog->list()->count(), 0);
        QVERIFY(!trust->peerBlocked());
        QVERIFY(dialog->message()->text().contains(name));
        QCOMPARE(server.get(QStringLiteral("/api/v1/blocks"), ama.token)
                     .json.value(QLatin1String("users"))
                     .toArray()
                     .size(),
                 0);
    }

    void bannerOfflineAndReconnected()
    {
        test::ServerFixture server;
        QVERIFY(server.ok());
        FaultProxy proxy(QHostAddress::LocalHost, server.port());
        QVERIFY(proxy.listen() != 0);
        const auto ama = server.login(QStringLiteral("ama"));
        const auto kofi = server.login(QStringLiteral("kofi"));
        const QString conversation = server.directConversation(ama, kofi);
        auto session = makeSession(proxy.url(), QStringLiteral("ama"), ama);
        QVERIFY(session);
        QVERIFY(startAndSync(*session));

        ui::ConnectionBanner banner(session->services());
        banner.setReconnectedMs(50);
        QVERIFY(banner.isHidden());
        QCOMPARE(banner.mode(), ui::ConnectionBanner::Mode::Hidden);

        // The server goes away; three messages wait in the outbox.
        proxy.setRefuse(true);
        proxy.dropAll();
        QTRY_VERIFY(!session->socket().isConnected());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(session->outbox().send(conversation, QStringLiteral("offline %1").arg(i)));
        QTRY_COMPARE(banner.text(), QStringLiteral("Offline — 3 messages waiting"));
        QVERIFY(banner.isVisible() || !banner.isHidden());
        QCOMPARE(banner.mode(), ui::ConnectionBanner::Mode::Offline);
        banner.resize(700, banner.sizeHint().height());
        shot(&banner, QStringLiteral("banner-offline"));
        // Narrow, the text is cut with an ellipsis (all of it in the tooltip).
        banner.show();
        banner.resize(230, banner.sizeHint().height());
        QApplication::processEvents();
        auto *label = banner.findChild<QLabel *>(QStringLiteral("bannerText"));
        QVERIFY(label);
        QVERIFY2(label->text().endsWith(QChar(0x2026)), qPrintable(label->text()));
        QCOMPARE(label->toolTip(), banner.text());
        banner.hide();

        // Back: "Reconnected" for a moment, the queue drains, then hidden.
        QSignalSpy modes(&banner, &ui::ConnectionBanner::modeChanged);
        proxy.setRefuse(false);
        QTRY_VERIFY(modes.contains(
            QVariantList{QVariant::fromValue(ui::ConnectionBanner::Mode::Reconnected)}));
        QTRY_COMPARE_WITH_TIMEOUT(session->cache().pendingCount(), 0, 10000);
        QTRY_COMPARE(banner.mode(), ui::ConnectionBanner::Mode::Hidden);
        QVERIFY(banner.isHidden());
    }

    void bannerFloatsAndMovesNothing()
    {
        test::ServerFixture server;
        QVERIFY(server.ok());
        FaultProxy proxy(QHostAddress::LocalHost, server.port());
        QVERIFY(proxy.listen() != 0);
        const auto ama = server.login(QStringLiteral("ama"));
        auto session = makeSession(proxy.url(), QStringLiteral("ama"), ama);
        QVERIFY(session);
        QVERIFY(startAndSync(*session));
        QSettings settings(m_dir->filePath(QStringLiteral("banner.ini")), QSettings::IniFormat);
        ui::MainWindow window(session->services(), settings);
        window.resize(1000, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.banner()->setReconnectedMs(50);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        QApplication::processEvents();
        const QRect before = splitter->geometry();
        const QRect listBefore = window.conversationPane()->geometry();

        // Offline: the banner shows over the bottom of the list; nothing moves.
        proxy.setRefuse(true);
        proxy.dropAll();
        QTRY_VERIFY(window.banner()->isVisible());
        QApplication::processEvents();
        QCOMPARE(splitter->geometry(), before);
        QCOMPARE(window.conversationPane()->geometry(), listBefore);
        const QRect list(window.conversationPane()->mapTo(window.centralWidget(), QPoint(0, 0)),
                         window.conversationPane()->size());
        QTRY_VERIFY(list.contains(window.banner()->geometry()) &&
                    window.banner()->geometry().bottom() > list.center().y());
        shot(&window, QStringLiteral("main-window-offline"));

        // Back: "Reconnected", then gone; still nothing moved.
        proxy.setRefuse(false);
        QTRY_VERIFY_WITH_TIMEOUT(!window.banner()->isVisible(), 10000);
        QCOMPARE(splitter->geometry(), before);
    }

    void bannerBeforeFirstConnectAndSignedOut()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        test::ServerFixture::Login nobody{QStringLiteral("t"), QStringLiteral("u")};
        auto session = makeSession(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                                   QStringLiteral("nobody"), nobody);
        QVERIFY(session);
        ui::ConnectionBanner banner(session->services());
        QVERIFY(banner.isHidden());
        session->start();
        QCOMPARE(banner.text(), QStringLiteral("Connecting…"));
        QTRY_COMPARE(banner.text(), QStringLiteral("Offline — trying to reconnect"));
        QSignalSpy signIn(&banner, &ui::ConnectionBanner::signInRequested);
        banner.setSignedOut(true);
        QCOMPARE(banner.text(), QStringLiteral("Signed out — sign in again"));
        auto *button = banner.findChild<QPushButton *>(QStringLiteral("bannerButton"));
        QVERIFY(button && !button->isHidden());
        button->click();
        QCOMPARE(signIn.size(), 1);
    }

    void notificationsForMessagesNotInFront()
    {
        test::ServerFixture server;
        QVERIFY(server.ok());
        const auto ama = server.login(QStringLiteral("ama"));
        const auto kofi = server.login(QStringLiteral("kofi"));
        const auto efua = server.login(QStringLiteral("efua"));
        const QString withKofi = server.directConversation(ama, kofi);
        const QString withEfua = server.directConversation(ama, efua);
        auto session = makeSession(server.url(), QStringLiteral("ama"), ama);
        QVERIFY(session);
        QVERIFY(startAndSync(*session));
        QSettings settings(m_dir->filePath(QStringLiteral("notify.ini")), QSettings::IniFormat);
        ui::MainWindow window(session->services(), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        app::Notifier notifier(session->services(), window);
        QSignalSpy notified(&notifier, &app::Notifier::notified);
        const auto post = [&](const test::ServerFixture::Login &from, const QString &conversationId,
                              const QString &body) {
            QCOMPARE(
                server
                    .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId),
                          from.token, test::textMessage(body))
                    .status,
                201);
        };

        // Someone else's message in a conversation that is not in front: a notification.
        // (The REST helper runs the event loop, so the signal may come before any wait: count.)
        post(kofi, withKofi, QStringLiteral("The tiles are here"));
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, 10000);
        QCOMPARE(notified.last().at(0).toString(), withKofi);
        QCOMPARE(notified.last().at(2).toString(), QStringLiteral("The tiles are here"));
        // Who is signed in, and how much waits (outside muted conversations), in the title.
        const auto unreadNotMuted = [&] {
            int total = 0;
            for (const auto &c : session->cache().conversations()) {
                if (!c.conversation.archived && !window.isMuted(c.conversation.id))
                    total += int(c.conversation.unreadCount);
            }
            return total;
        };
        QVERIFY(unreadNotMuted() > 0);
        QTRY_COMPARE(window.windowTitle(), ui::MainWindow::titleFor(u"ama"_s, unreadNotMuted()));
        QVERIFY(window.windowTitle().startsWith(u"Kora — ama ("_s));

        // Muted from the list's context menu: nothing; then a message elsewhere is
        // still announced, and only that one.
        ui::ConversationPane *pane = window.conversationPane();
        std::unique_ptr<QMenu> menu(pane->createContextMenu(withKofi));
        QAction *mute = menu->findChild<QAction *>(QStringLiteral("mute"));
        QVERIFY(mute);
        QCOMPARE(mute->text(), QStringLiteral("Mute notifications"));
        mute->trigger();
        QVERIFY(window.isMuted(withKofi));
        const auto rowOf = [pane](const QString &id) {
            QAbstractItemModel *m = pane->model();
            for (int r = 0; r < m->rowCount(); ++r) {
                if (m->index(r, 0).data(models::ConversationListModel::IdRole).toString() == id)
                    return m->index(r, 0);
            }
            return QModelIndex();
        };
        QVERIFY(rowOf(withKofi).data(models::ConversationListModel::MutedRole).toBool());
        QVERIFY(rowOf(withKofi).data(Qt::AccessibleTextRole).toString().contains(u"muted"));
        QVERIFY(!rowOf(withEfua).data(models::ConversationListModel::MutedRole).toBool());
        window.resize(1000, 640);
        QApplication::processEvents();
        shot(&window, QStringLiteral("main-window-muted"));
        // Muted unread do not count.
        QTRY_COMPARE(window.windowTitle(), ui::MainWindow::titleFor(u"ama"_s, unreadNotMuted()));
        menu.reset(pane->createContextMenu(withKofi));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("unmute")));
        post(kofi, withKofi, QStringLiteral("hello again"));
        post(efua, withEfua, QStringLiteral("Bathroom on Friday?"));
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 2, 10000);
        QCOMPARE(notified.last().at(0).toString(), withEfua);
        QTRY_COMPARE(window.windowTitle(), ui::MainWindow::titleFor(u"ama"_s, unreadNotMuted()));
        QCOMPARE(ui::MainWindow::titleFor(u"Ama Mensah"_s, 3), u"Kora — Ama Mensah (3)"_s);
        QCOMPARE(ui::MainWindow::titleFor(u"Ama Mensah"_s, 0), u"Kora — Ama Mensah"_s);
        // The mute is kept with the window's settings.
        QVERIFY(settings.value(QStringLiteral("notifications/muted"))
                    .toStringList()
                    .contains(withKofi));

        // Your own messages (from another device) never notify.
        post(ama, withEfua, QStringLiteral("Friday works"));
        post(efua, withEfua, QStringLiteral("Great"));
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 3, 10000);
        QCOMPARE(notified.last().at(2).toString(), QStringLiteral("Great"));
    }

    // Kora ▸ Preferences…: the theme applies at once and goes back to the
    // platform's look; a new language rebuilds the window in it (Qt's own
    // strings too) and reopens Preferences on the Language page; the account
    // page says who is signed in. Everything is kept in the profile.
    void preferencesApplyLive()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const auto restore = qScopeGuard([bus] {
            if (bus.isNull())
                qunsetenv("DBUS_SESSION_BUS_ADDRESS");
            else
                qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
            app::installTranslations(*qApp, QStringLiteral("en"));
        });
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:"); // no keychain: in memory only
        test::ServerFixture server;
        QVERIFY(server.ok());
        app::LaunchOptions options;
        options.server = server.url();
        options.profile = QStringLiteral("tst-prefs-%1").arg(QCoreApplication::applicationPid());
        options.email = QStringLiteral("ama@demo.kora");
        options.password = QStringLiteral("demo-password");
        app::AppController controller(options);
        const auto cleanup = qScopeGuard([&] { QFile::remove(controller.settings().fileName()); });
        QSignalSpy shown(&controller, &app::AppController::mainWindowShown);
        controller.start();
        QVERIFY(shown.wait(15000));
        QPointer<ui::MainWindow> window = controller.mainWindow();
        QVERIFY(window);
        const QPalette platform = QApplication::palette();
        const auto isDark = [] {
            const QPalette p = QApplication::palette();
            return p.color(QPalette::Window).lightness() <
                   p.color(QPalette::WindowText).lightness();
        };
        QVERIFY(!isDark());
        // Qt's own dialogs draw Kora's icons, not the desktop's icon theme.
        const auto sameIcon = [](const QIcon &a, const QIcon &b) {
            return !a.isNull() && a.pixmap(32, 32).toImage() == b.pixmap(32, 32).toImage();
        };
        QVERIFY(sameIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxQuestion),
                         QIcon(u":/icons/dialog-question.svg"_s)));
        QMessageBox question(QMessageBox::Question, u"Kora"_s, u"Sure?"_s);
        QVERIFY(!question.iconPixmap().isNull());
        QCOMPARE(question.iconPixmap().toImage(),
                 QIcon(u":/icons/dialog-question.svg"_s)
                     .pixmap(question.iconPixmap().deviceIndependentSize().toSize(),
                             question.devicePixelRatio())
                     .toImage());

        auto *open = window->findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        open->trigger();
        QPointer<ui::PreferencesDialog> dialog = window->preferencesDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->page(), ui::PreferencesDialog::Page::Appearance);

        // Dark at once, kept; then the system's look again.
        auto *dark = dialog->findChild<QRadioButton *>(QStringLiteral("theme-dark"));
        auto *system = dialog->findChild<QRadioButton *>(QStringLiteral("theme-system"));
        QVERIFY(dark && system && system->isChecked());
        dark->click();
        QVERIFY(isDark());
        QCOMPARE(controller.settings().value(QStringLiteral("appearance/theme")).toString(),
                 QStringLiteral("dark"));
        window->resize(1000, 640);
        QApplication::processEvents();
        shot(window, QStringLiteral("main-window-dark-live"));
        QVERIFY(sameIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning),
                         QIcon(u":/icons/dialog-warning.svg"_s)));
        system->click();
        QVERIFY(!isDark());
        QVERIFY(sameIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical),
                         QIcon(u":/icons/dialog-error.svg"_s)));
        QCOMPARE(QApplication::palette().color(QPalette::Window), platform.color(QPalette::Window));

        // The account page: who, as what, where.
        dialog->showPage(ui::PreferencesDialog::Page::Account);
        QApplication::processEvents();
        QCOMPARE(dialog->palette().color(QPalette::Window), platform.color(QPalette::Window));
        auto *name = dialog->findChild<QLabel *>(QStringLiteral("accountName"));
        auto *details = dialog->findChild<QLabel *>(QStringLiteral("accountDetails"));
        QVERIFY(name && details);
        QVERIFY(!name->text().isEmpty());
        QVERIFY2(details->text().contains(u"ama@demo.kora"_s), qPrintable(details->text()));
        QVERIFY(details->text().contains(server.url().host()));
        QVERIFY(details->text().contains(ui::PreferencesDialog::roleText(u"hirer"_s)) ||
                details->text().contains(ui::PreferencesDialog::roleText(u"worker"_s)));
        shot(dialog, QStringLiteral("preferences-account"));
        // Notifications: "For 1 hour" says until when, "Turn off" ends it.
        dialog->showPage(ui::PreferencesDialog::Page::Notifications);
        dialog->findChild<QPushButton *>(QStringLiteral("quietHourButton"))->click();
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("quietStatusLabel"));
        QVERIFY(status && status->text().startsWith(u"Quiet until"_s));
        auto *off = dialog->findChild<QPushButton *>(QStringLiteral("quietOffButton"));
        QVERIFY(off && off->isEnabled());
        shot(dialog, QStringLiteral("preferences-notifications"));
        off->click();
        QCOMPARE(status->text(), QStringLiteral("Notifications on"));
        QVERIFY(!off->isEnabled());

        // French: the window is built again in French, Preferences reopened there.
        dialog->showPage(ui::PreferencesDialog::Page::Language);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageBox"));
        QVERIFY(language);
        const int french = language->findData(u"fr"_s);
        QVERIFY(french > 0);
        QCOMPARE(language->itemText(french), QStringLiteral("Français"));
        QCOMPARE(language->itemText(0), QStringLiteral("Same as the system"));
        language->setCurrentIndex(french);
        Q_EMIT language->activated(french);
        QTRY_VERIFY(!window);
        QTRY_VERIFY(controller.mainWindow() && controller.mainWindow()->preferencesDialog());
        window = controller.mainWindow();
        dialog = window->preferencesDialog();
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->page(), ui::PreferencesDialog::Page::Language);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Préférences"));
        auto *close = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(close && close->button(QDialogButtonBox::Close));
        QCOMPARE(close->button(QDialogButtonBox::Close)->text().remove(u'&'), u"Fermer"_s);
        QCOMPARE(window->findChild<QAction *>(QStringLiteral("preferencesAction"))->text(),
                 QStringLiteral("&Préférences…"));
        QCOMPARE(controller.settings().value(QStringLiteral("appearance/language")).toString(),
                 QStringLiteral("fr"));
        QVERIFY(controller.session()); // the same session, never signed out
        shot(dialog, QStringLiteral("preferences-language-fr"));
    }

    // Quiet hours hold notifications (the unread count still grows), except a
    // direct message from someone marked important; without preview text a
    // notification says only "New message"; the sound follows its setting.
    void quietHoursHoldNotifications()
    {
        test::ServerFixture server;
        QVERIFY(server.ok());
        const auto ama = server.login(QStringLiteral("ama"));
        const auto kofi = server.login(QStringLiteral("kofi"));
        const auto efua = server.login(QStringLiteral("efua"));
        const QString withKofi = server.directConversation(ama, kofi);
        const QString withEfua = server.directConversation(ama, efua);
        auto session = makeSession(server.url(), QStringLiteral("ama"), ama);
        QVERIFY(session);
        QVERIFY(startAndSync(*session));
        QSettings settings(m_dir->filePath(QStringLiteral("quiet.ini")), QSettings::IniFormat);
        ui::MainWindow window(session->services(), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        app::Notifier notifier(session->services(), window);
        QSignalSpy notified(&notifier, &app::Notifier::notified);
        QSignalSpy sounds(&notifier, &app::Notifier::soundPlayed);
        const auto post = [&](const test::ServerFixture::Login &from, const QString &conversationId,
                              const QString &body) {
            QCOMPARE(
                server
                    .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId),
                          from.token, test::textMessage(body))
                    .status,
                201);
        };

        // Do not disturb for an hour, from the Kora menu.
        QMenu *quiet = window.quietHoursMenu();
        QVERIFY(quiet);
        auto *hour = quiet->findChild<QAction *>(QStringLiteral("quietForAnHour"));
        QVERIFY(hour);
        hour->trigger();
        QVERIFY(window.preferences().isQuiet());
        QVERIFY(notifier.isQuiet());
        QVERIFY(notifier.toolTip().contains(u"Quiet until"_s));
        Q_EMIT quiet->aboutToShow();
        QVERIFY(quiet->findChild<QAction *>(QStringLiteral("quietStatus"))
                    ->text()
                    .startsWith(u"Quiet until"_s));
        QVERIFY(window.findChild<QToolButton *>(QStringLiteral("accountButton"))
                    ->toolTip()
                    .contains(u"Quiet until"_s));

        // Kofi is important (the list's menu); Efua is not.
        ui::ConversationPane *pane = window.conversationPane();
        std::unique_ptr<QMenu> menu(pane->createContextMenu(withKofi));
        QAction *important = menu->findChild<QAction *>(QStringLiteral("importantAction"));
        QVERIFY(important && important->isCheckable() && !important->isChecked());
        important->trigger();
        QVERIFY(window.preferences().isImportant(kofi.userId));
        menu.reset(pane->createContextMenu(withKofi));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("importantAction"))->isChecked());

        // Efua's message waits in silence; Kofi's comes through (in order, so
        // Efua's was judged first).
        post(efua, withEfua, QStringLiteral("Bathroom on Friday?"));
        post(kofi, withKofi, QStringLiteral("The tiles are here"));
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, 10000);
        QCOMPARE(notified.last().at(0).toString(), withKofi);
        QCOMPARE(sounds.count(), 1);
        QTRY_VERIFY(session->cache().conversation(withEfua)->conversation.unreadCount > 0);

        // Breaking through can be turned off.
        window.preferences().setBreakThrough(false);
        post(kofi, withKofi, QStringLiteral("Still there?"));
        // Quiet ends ("Turn off"): Efua's next one notifies, without its text
        // and without a sound, as set.
        window.preferences().setShowPreview(false);
        window.preferences().setSound(false);
        auto *off = quiet->findChild<QAction *>(QStringLiteral("quietOff"));
        QVERIFY(off);
        Q_EMIT quiet->aboutToShow();
        QVERIFY(off->isEnabled());
        // Kofi's "Still there?" must have been judged before quiet ends.
        QTRY_COMPARE(session->cache().conversation(withKofi)->conversation.lastMessage->body,
                     QStringLiteral("Still there?"));
        off->trigger();
        QVERIFY(!window.preferences().isQuiet());
        post(efua, withEfua, QStringLiteral("Friday at ten"));
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 2, 10000);
        QCOMPARE(notified.last().at(0).toString(), withEfua);
        QCOMPARE(notified.last().at(2).toString(), QStringLiteral("New message"));
        QCOMPARE(sounds.count(), 1);

        // The tray's icon wears a moon while quiet.
        const QIcon base(QStringLiteral(":/icons/kora.svg"));
        const QImage plain = app::Notifier::badgeIcon(base, 0, false).pixmap(32, 32).toImage();
        const QImage moon = app::Notifier::badgeIcon(base, 0, true).pixmap(32, 32).toImage();
        QVERIFY(plain != moon);
        QCOMPARE(plain.pixelColor(4, 4), moon.pixelColor(4, 4)); // only the corner differs
    }

    // An @mention in a group comes through the group's mute and quiet hours
    // (as important people do) and says so; a word that only starts with the
    // name, or a mention of someone else, does not.
    void mentionsComeThroughMuteAndQuiet()
    {
        test::ServerFixture server;
        QVERIFY(server.ok());
        const auto ama = server.login(QStringLiteral("ama"));
        const auto kofi = server.login(QStringLiteral("kofi"));
        const auto efua = server.login(QStringLiteral("efua"));
        const auto made = server.post(
            QStringLiteral("/api/v1/conversations"), kofi.token,
            QJsonObject{{QStringLiteral("participantIds"), QJsonArray{ama.userId, efua.userId}},
                        {QStringLiteral("title"), QStringLiteral("Crew")}});
        QCOMPARE(made.status, 201);
        const QString group = made.json.value(QStringLiteral("id")).toString();
        auto session = makeSession(server.url(), QStringLiteral("ama"), ama);
        QVERIFY(session);
        QVERIFY(startAndSync(*session));
        QSettings settings(m_dir->filePath(QStringLiteral("mentions.ini")), QSettings::IniFormat);
        ui::MainWindow window(session->services(), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        app::Notifier notifier(session->services(), window);
        QSignalSpy notified(&notifier, &app::Notifier::notified);
        window.setMuted(group, true);
        const auto post = [&](const QString &body) {
            QCOMPARE(server
                         .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(group),
                               efua.token, test::textMessage(body))
                         .status,
                     201);
        };
        auto lastBody = [&] {
            const auto c = session->cache().conversation(group);
            return c && c->conversation.lastMessage ? c->conversation.lastMessage->body : QString();
        };
        for (const QString &quiet :
             {QStringLiteral("Morning all"), QStringLiteral("@Amazing work, @Kofi Asante")}) {
            post(quiet);
            QTRY_COMPARE(lastBody(), quiet); // judged: muted, no mention of Ama
        }
        QCOMPARE(notified.count(), 0);
        post(QStringLiteral("@ama mensah can you check the grout?"));
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, 10000);
        QCOMPARE(notified.last().at(0).toString(), group);
        QCOMPARE(notified.last().at(1).toString(),
                 QStringLiteral("Efua Owusu mentioned you in Crew"));

        // Quiet hours: a mention still comes through, unless that is turned off.
        window.quietHoursMenu()->findChild<QAction *>(QStringLiteral("quietForAnHour"))->trigger();
        QVERIFY(window.preferences().isQuiet());
        post(QStringLiteral("And @Ama, Friday?"));
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 2, 10000);
        window.preferences().setBreakThrough(false);
        post(QStringLiteral("@Ama?"));
        QTRY_COMPARE(lastBody(), QStringLiteral("@Ama?"));
        QCOMPARE(notified.count(), 2);
        // The rules themselves.
        const QList<proto::Participant> people = session->cache().participants(group);
        const auto found =
            models::findMentions(QStringLiteral("hi @Efua and @ama mensah, not me@ama"), people);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].userId, efua.userId);
        QCOMPARE(found[1].start, 13);
        QCOMPARE(found[1].length, 11);
        QCOMPARE(found[1].userId, ama.userId);
    }

    // Search in the open conversation: the newest match first, Older and
    // Newer walk through them and the chat highlights each one.
    // Issue 13: a search result far back in a conversation's history (2,000
    // messages before the newest, none of it cached) opens the conversation
    // at that message, its older pages read back until it is there.
    void searchOpensAMessageFarBack()
    {
        test::ServerFixture server;
        QVERIFY(server.ok());
        const auto ama = server.login(QStringLiteral("ama"));
        const auto kofi = server.login(QStringLiteral("kofi"));
        const QString withKofi = server.directConversation(ama, kofi);
        const QString path = QStringLiteral("/api/v1/conversations/%1/messages").arg(withKofi);
        const auto wanted = server.post(
            path, kofi.token, test::textMessage(QStringLiteral("Ridge tiles: terracotta")));
        QCOMPARE(wanted.status, 201);
        const QString wantedId = wanted.json.value(QStringLiteral("id")).toString();
        // 2,000 newer ones, written straight into the server's database (a
        // request each would take minutes of durable commits).
        const QString seed =
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                "INSERT INTO messages (id, conversation_id, seq, updated_seq, sender_id, "
                "client_id, kind, body, created_at) "
                "SELECT '00000000-0000-4000-8000-' || substr('00000000000' || i, -12), c.id, "
                "c.last_seq + i, c.last_seq + i, CASE i % 2 WHEN 0 THEN '%2' ELSE '%3' END, "
                "'10000000-0000-4000-8000-' || substr('00000000000' || i, -12), 'text', "
                "'note ' || i, %4 + i FROM n, conversations c WHERE c.id = '%1'")
                .arg(withKofi, kofi.userId, ama.userId)
                .arg(QDateTime::currentMSecsSinceEpoch() - 100000);
        QString error;
        QVERIFY2(server.sql({seed, QStringLiteral("UPDATE conversations SET last_seq = last_seq + "
                                                  "2000 WHERE id = '%1'")
                                       .arg(withKofi)},
                            &error),
                 qPrintable(error));
        auto session = makeSession(server.url(), QStringLiteral("ama"), ama);
        QVERIFY(session);
        QVERIFY(startAndSync(*session));
        QSettings settings(m_dir->filePath(QStringLiteral("far.ini")), QSettings::IniFormat);
        ui::MainWindow window(session->services(), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ui::SearchDialog *search = window.showMessageSearch();
        QVERIFY(search);
        QTest::keyClicks(search->searchEdit(), QStringLiteral("terracotta"));
        QTRY_COMPARE_WITH_TIMEOUT(search->results()->rowCount(), 1, 10000);
        QVERIFY(
            search->results()->index(0, 0).data(models::SearchResults::OnServerOnlyRole).toBool());
        QTest::keyClick(search->searchEdit(), Qt::Key_Return);
        QCOMPARE(window.chatPane()->conversationId(), withKofi);

        auto *delegate =
            qobject_cast<ui::MessageDelegate *>(window.chatPane()->messageView()->itemDelegate());
        QVERIFY(delegate);
        QListView *view = window.chatPane()->messageView();
        const auto rowOfWanted = [&] {
            const QAbstractItemModel *rows = view->model();
            for (int r = 0; rows && r < rows->rowCount(); ++r) {
                if (rows->index(r, 0).data(models::MessageListModel::IdRole).toString() == wantedId)
                    return r;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOfWanted() >= 0, 60000);
        const QModelIndex index = view->model()->index(rowOfWanted(), 0);
        QTRY_COMPARE(delegate->highlighted(),
                     index.data(models::MessageListModel::LocalIdRole).toLongLong());
        QCOMPARE(index.data(models::MessageListModel::BodyRole).toString(),
                 QStringLiteral("Ridge tiles: terracotta"));
        QTRY_VERIFY(view->viewport()->rect().intersects(view->visualRect(index))); // on screen
        shot(&window, QStringLiteral("search-far-back"));
    }

    void searchInTheOpenConversation()
    {
        test::ServerFixture server;
        QVERIFY(server.ok());
        const auto ama = server.login(QStringLiteral("ama"));
        const auto kofi = server.login(QStringLiteral("kofi"));
        const QString withKofi = server.directConversation(ama, kofi);
        QStringList ids;
        for (const QString &body :
             {QStringLiteral("Plinth first"), QStringLiteral("unrelated"),
              QStringLiteral("second plinth"), QStringLiteral("the PLINTHS, third")}) {
            const auto sent =
                server.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(withKofi),
                            kofi.token, test::textMessage(body));
            QCOMPARE(sent.status, 201);
            if (body != QLatin1String("unrelated"))
                ids.prepend(sent.json.value(QStringLiteral("id")).toString()); // newest first
        }
        auto session = makeSession(server.url(), QStringLiteral("ama"), ama);
        QVERIFY(session);
        QVERIFY(startAndSync(*session));
        QSettings settings(m_dir->filePath(QStringLiteral("search.ini")), QSettings::IniFormat);
        ui::MainWindow window(session->services(), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.showConversationSearch()); // nothing open yet
        window.openConversation(withKofi);
        ui::SearchDialog *search = window.showConversationSearch();
        QVERIFY(search);
        QVERIFY(search->windowTitle().contains(QStringLiteral("Kofi Asante")));
        QTest::keyClicks(search->searchEdit(), QStringLiteral("plinth"));
        QTRY_COMPARE(search->results()->rowCount(), 3);
        auto *delegate =
            qobject_cast<ui::MessageDelegate *>(window.chatPane()->messageView()->itemDelegate());
        QVERIFY(delegate);
        auto highlightedId = [&]() -> QString {
            const QAbstractItemModel *rows = window.chatPane()->messageView()->model();
            for (int r = 0; rows && r < rows->rowCount(); ++r) {
                const QModelIndex index = rows->index(r, 0);
                if (index.data(models::MessageListModel::LocalIdRole).toLongLong() ==
                    delegate->highlighted())
                    return index.data(models::MessageListModel::IdRole).toString();
            }
            return {};
        };
        QTRY_COMPARE(highlightedId(), ids[0]);
        QTRY_COMPARE(search->statusLabel()->text(), QStringLiteral("1 of 3"));
        QVERIFY(!search->newerButton()->isEnabled());
        search->olderButton()->click();
        QTRY_COMPARE(highlightedId(), ids[1]);
        search->olderButton()->click();
        QTRY_COMPARE(highlightedId(), ids[2]);
        QCOMPARE(search->statusLabel()->text(), QStringLiteral("3 of 3"));
        QVERIFY(!search->olderButton()->isEnabled());
        QTest::keyClick(search->searchEdit(), Qt::Key_Up); // newer, by keyboard
        QTRY_COMPARE(highlightedId(), ids[1]);
        shot(search, QStringLiteral("search-in-conversation"));
        QTest::keyClick(search->searchEdit(), Qt::Key_Return);
        QVERIFY(!search->isVisible());
        QCOMPARE(window.chatPane()->conversationId(), withKofi);
    }

    void frenchTranslation()
    {
        QNetworkAccessManager network;
        net::ApiClient api(&network);
        models::SignIn signIn(api);
        // What main() does with --lang fr: Kora's strings and Qt's own.
        QVERIFY(app::hasQtTranslation(QStringLiteral("fr")));
        QCOMPARE(app::installTranslations(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
        {
            ui::LoginDialog dialog(signIn);
            auto *button = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
            QVERIFY(button);
            QCOMPARE(button->text(), QStringLiteral("Se connecter"));
            shot(&dialog, QStringLiteral("login-fr"));
            QCOMPARE(ui::LoginDialog::describeError({proto::code::Unauthorized, {}, 0}, {}),
                     QStringLiteral("Adresse e-mail ou mot de passe incorrect."));
            QCOMPARE(QCoreApplication::translate("kora::ui::ConnectionBanner",
                                                 "Offline — %n message(s) waiting", nullptr, 3),
                     QStringLiteral("Hors ligne — 3 messages en attente"));
            // Qt speaks French too: the standard Cancel button, the file dialog.
            auto *box = dialog.findChild<QDialogButtonBox *>();
            QVERIFY(box && box->button(QDialogButtonBox::Cancel));
            QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuler"));
            QFileDialog files(nullptr, QString());
            files.setOption(QFileDialog::DontUseNativeDialog);
            auto *lookIn = files.findChild<QLabel *>(QStringLiteral("lookInLabel"));
            QVERIFY(lookIn);
            QCOMPARE(lookIn->text(), QStringLiteral("Voir dans :"));
        }
        // Back to English (a language switch removes the previous translators).
        QCOMPARE(app::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        ui::LoginDialog english(signIn);
        auto *button = english.findChild<QPushButton *>(QStringLiteral("signInButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Sign in"));
        auto *box = english.findChild<QDialogButtonBox *>();
        QVERIFY(box && box->button(QDialogButtonBox::Cancel));
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    }

    // Every language Kora ships: its strings (a plain one and a plural one)
    // and Qt's, and the language menu names it in its own language.
    void everyLanguageShipped_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Deutsch");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Español de España");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("Português (Brasil)");
        QTest::newRow("sw") << QStringLiteral("sw") << QStringLiteral("Kiswahili");
        QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("العربية");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Français");
    }

    void everyLanguageShipped()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QVERIFY(app::availableLanguages().contains(code));
        QCOMPARE(ui::PreferencesDialog::languageName(code), name);
        QCOMPARE(app::installTranslations(*qApp, code), code);
        const QString signIn = QCoreApplication::translate("kora::ui::LoginDialog", "Sign in");
        QVERIFY2(!signIn.isEmpty() && signIn != QStringLiteral("Sign in"), qPrintable(signIn));
        const QString waiting = QCoreApplication::translate(
            "kora::ui::ConnectionBanner", "Offline — %n message(s) waiting", nullptr, 3);
        QVERIFY2(waiting.contains(QLatin1Char('3')) &&
                     waiting != QStringLiteral("Offline — 3 messages waiting"),
                 qPrintable(waiting));
        QCOMPARE(app::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    }

    void arabicRightToLeft()
    {
        QNetworkAccessManager network;
        net::ApiClient api(&network);
        models::SignIn signIn(api);
        // Kora's strings and Qt's in Arabic, and the layout right to left
        // (what --lang ar gives): the sign-in button at the dialog's left.
        QVERIFY(app::hasQtTranslation(QStringLiteral("ar")));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(app::installTranslations(*qApp, QStringLiteral("ar")), QStringLiteral("ar"));
        QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        {
            ui::LoginDialog dialog(signIn);
            QVERIFY(dialog.isRightToLeft());
            auto *button = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
            QVERIFY(button);
            QCOMPARE(button->text(),
                     QCoreApplication::translate("kora::ui::LoginDialog", "Sign in"));
            QVERIFY(button->text() != QStringLiteral("Sign in"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *email = dialog.findChild<QLineEdit *>();
            QVERIFY(email);
            // Mirrored: a field's text starts at its right edge.
            QVERIFY(email->isRightToLeft());
            auto *box = dialog.findChild<QDialogButtonBox *>();
            QVERIFY(box && box->button(QDialogButtonBox::Cancel));
            QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(),
                     QCoreApplication::translate("QPlatformTheme", "Cancel"));
            QVERIFY(box->button(QDialogButtonBox::Cancel)->text() != QStringLiteral("Cancel"));
            shot(&dialog, QStringLiteral("login-ar"));
        }
        // Back to English: left to right again, Qt's strings English.
        QCOMPARE(app::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        ui::LoginDialog english(signIn);
        QVERIFY(!english.isRightToLeft());
        auto *box = english.findChild<QDialogButtonBox *>();
        QVERIFY(box && box->button(QDialogButtonBox::Cancel));
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestApp)
#include "tst_app.moc"
