#pragma once

#include "ApiClient.h"
#include "LinkHandler.h"
#include "LoginDialog.h"
#include "SignIn.h"
#include "TokenStore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QUrl>

#include <memory>

namespace kora::ui {
class MainWindow;
class SupportWindow;
} // namespace kora::ui

namespace kora::app {

class Notifier;
class Session;

// What the command line asked for.
struct LaunchOptions
{
    QUrl server;      // empty: the profile's last, else http://127.0.0.1:8080
    QString profile;  // empty: the default profile
    QString email;    // --login
    QString password; // read from the --password-env variable (demo script only)
    QString language; // --lang: for this run, over the preference
    QString theme;    // --theme: for this run, over the preference
};

// The composition root's flow: the profile's language and theme (or the
// command line's) first, then a stored token that still works (GET /me)
// opens the main window at once, otherwise the login dialog; a refused token
// asks to sign in again without losing the outbox; "Sign out" forgets the
// token. Owns the session and the windows of this process.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(LaunchOptions options, QObject *parent = nullptr);
    ~AppController() override;

    static QString defaultServer() { return QStringLiteral("http://127.0.0.1:8080"); }
    // A profile name is used in file names: letters, digits, '-' and '_' only.
    static bool isValidProfile(const QString &profile);

    void start();

    Session *session() const { return m_session.get(); }
    ui::MainWindow *mainWindow() const { return m_window.get(); }
    // The read-only support window, instead of the main window, for support accounts.
    ui::SupportWindow *supportWindow() const { return m_support.get(); }
    ui::LoginDialog *loginDialog() const { return m_login; }
    QSettings &settings() { return m_settings; }
    // kora:// links (from the command line or another launch).
    LinkHandler &links() { return m_links; }

    // Brings this process's window forward (another launch handed over) and
    // opens the links among `arguments`.
    void activate(const QStringList &arguments);

Q_SIGNALS:
    // The user closed the login dialog without signing in.
    void loginCancelled();
    void mainWindowShown();

private:
    QString tokenKey(const QUrl &server, const QString &email) const;
    void tryStoredToken(const QUrl &server, const QString &email);
    void showLogin(const QString &notice, bool again);
    void onSignedIn(const net::LoginResult &result, const QUrl &server, const QString &email);
    bool openSession(const QUrl &server, const QString &token, const proto::User &user);
    void closeSession();
    void createMainWindow();
    // A new language: translators switched, then the window built again
    // (every string in it is read anew), Preferences reopened on Language.
    void switchLanguage(const QString &language);
    void applyTheme(const QString &theme);
    void signOut();
    QString keychainNotice() const;

    LaunchOptions m_options;
    QSettings m_settings;
    TokenStore m_tokens;
    QNetworkAccessManager m_network;
    net::ApiClient m_loginApi{&m_network};
    models::SignIn m_signIn{m_loginApi};
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::SupportWindow> m_support;
    std::unique_ptr<Notifier> m_notifier;
    QPointer<ui::LoginDialog> m_login;
    bool m_autoSubmitted = false;
    LinkHandler m_links;
};

} // namespace kora::app
