#include "AppController.h"

#include "ClientSession.h"

#include "LoginDialog.h"
#include "MainWindow.h"
#include "Notifier.h"
#include "Preferences.h"
#include "Session.h"
#include "SupportWindow.h"
#include "Theme.h"
#include "Translations.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcApp, "kora.app.flow")

namespace kora::app {

namespace {
const QString kServer = QStringLiteral("account/server");
const QString kEmail = QStringLiteral("account/email");
// Not secret: lets a signed-in user open the cached data while offline.
const QString kUserId = QStringLiteral("account/userId");
const QString kUserName = QStringLiteral("account/userName");
const QString kUserRole = QStringLiteral("account/userRole");

QString settingsName(const QString &profile)
{
    return profile.isEmpty() ? QStringLiteral("Kora") : QStringLiteral("Kora-") + profile;
}
} // namespace

AppController::AppController(LaunchOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(QSettings::IniFormat, QSettings::UserScope, QCoreApplication::organizationName(),
                 settingsName(m_options.profile))
{
    m_loginApi.setTimeoutMs(15000);
}

AppController::~AppController()
{
    closeSession();
    delete m_login; // a top-level dialog (no parent) is the controller's to end
}

bool AppController::isValidProfile(const QString &profile)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,40}$"));
    return valid.match(profile).hasMatch();
}

QString AppController::tokenKey(const QUrl &server, const QString &email) const
{
    return TokenStore::keyFor(server, email, m_options.profile);
}

QString AppController::keychainNotice() const
{
    return m_tokens.keychainAvailable() ? QString() : TokenStore::unavailableMessage();
}

void AppController::activate(const QStringList &arguments)
{
    QWidget *window = nullptr;
    if (m_login && m_login->isVisible())
        window = m_login;
    else if (m_window)
        window = m_window.get();
    else if (m_support)
        window = m_support.get();
    if (window) {
        window->show();
        window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window->raise();
        window->activateWindow();
    }
    for (const QString &argument : arguments)
        m_links.open(argument);
}

void AppController::start()
{
    {
        // The language and theme first: the login dialog speaks it too.
        const models::Preferences preferences(m_settings);
        installTranslations(*qApp, m_options.language.isEmpty() ? preferences.language()
                                                                : m_options.language);
        applyTheme(m_options.theme.isEmpty() ? preferences.theme() : m_options.theme);
    }
    QUrl server = m_options.server;
    if (server.isEmpty())
        server = QUrl(m_settings.value(kServer, defaultServer()).toString());
    QString email = m_options.email;
    if (email.isEmpty())
        email = m_settings.value(kEmail).toString();
    if (email.isEmpty()) {
        m_options.server = server;
        showLogin({}, false);
        return;
    }
    tryStoredToken(server, email);
}

void AppController::tryStoredToken(const QUrl &server, const QString &email)
{
    m_options.server = server;
    m_options.email = email;
    m_tokens.read(
        tokenKey(server, email), this, [this, server, email](const TokenStore::Result &r) {
            if (r.token.isEmpty()) {
                showLogin(keychainNotice(), false);
                return;
            }
            const QString token = r.token;
            m_signIn.checkToken(
                server, token, this, [this, server, email, token](models::Result<proto::User> me) {
                    if (me) {
                        openSession(server, token, *me);
                        return;
                    }
                    const QString code = me.error().code;
                    if (code == proto::code::Unauthorized) {
                        m_tokens.remove(tokenKey(server, email), this,
                                        [](const TokenStore::Result &) {});
                        showLogin(tr("Your session has expired. Sign in again."), false);
                        return;
                    }
                    // The server is not there now: work from the cache if we know who we are.
                    const QString userId = m_settings.value(kUserId).toString();
                    if ((code == net::clientCode::Unreachable || code == net::clientCode::Timeout ||
                         code == net::clientCode::Network) &&
                        !userId.isEmpty() &&
                        m_settings.value(kServer).toString() == server.toString()) {
                        proto::User user;
                        user.id = userId;
                        user.name = m_settings.value(kUserName).toString();
                        user.role = m_settings.value(kUserRole).toString();
                        openSession(server, token, user);
                        return;
                    }
                    showLogin(ui::LoginDialog::describeError(me.error(), server), false);
                });
        });
}

void AppController::showLogin(const QString &notice, bool again)
{
    if (m_login) {
        m_login->setNotice(notice);
        m_login->raise();
        m_login->activateWindow();
        return;
    }
    auto *dialog = new ui::LoginDialog(m_signIn, again ? m_window.get() : nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_login = dialog;
    dialog->setServer(m_options.server.isEmpty() ? QUrl(defaultServer()) : m_options.server);
    dialog->setEmail(m_options.email);
    dialog->setNotice(notice);
    connect(dialog, &ui::LoginDialog::signedIn, this, [this, dialog](const net::LoginResult &r) {
        onSignedIn(r, dialog->server(), dialog->email());
    });
    connect(dialog, &QDialog::rejected, this, [this, again] {
        if (!again && !m_window && !m_support)
            Q_EMIT loginCancelled();
    });
    if (again)
        dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    if (!m_autoSubmitted && !m_options.password.isEmpty() && !m_options.email.isEmpty()) {
        m_autoSubmitted = true; // once: a wrong demo password must not loop
        dialog->setPassword(m_options.password);
        m_options.password.clear();
        dialog->submit();
    }
}

void AppController::onSignedIn(const net::LoginResult &result, const QUrl &server,
                               const QString &email)
{
    m_options.server = server;
    m_options.email = email;
    m_settings.setValue(kServer, server.toString());
    m_settings.setValue(kEmail, email);
    m_settings.setValue(kUserId, result.user.id);
    m_settings.setValue(kUserName, result.user.name);
    m_settings.setValue(kUserRole, result.user.role);
    m_tokens.write(tokenKey(server, email), result.token, this, [this](const TokenStore::Result &) {
        if (m_window)
            m_window->setNotice(keychainNotice());
    });

    if (m_session && !m_support && m_session->user().id == result.user.id &&
        m_session->server() == server) {
        // Signed in again after the token expired: same cache, same outbox.
        m_session->setToken(result.token);
        if (m_window) {
            m_window->setSignedOut(false);
            m_links.setTarget(&m_session->services(), m_window.get());
        }
        return;
    }
    closeSession();
    openSession(server, result.token, result.user);
}

bool AppController::openSession(const QUrl &server, const QString &token, const proto::User &user)
{
    Session::Config config;
    config.server = server;
    config.token = token;
    config.user = user;
    config.cachePath = Session::cachePathFor(server, user.id, m_options.profile);
    auto created = Session::create(std::move(config));
    if (!created) {
        qCWarning(lcApp) << "cannot open the cache:" << created.error();
        showLogin(tr("Kora cannot open its local data: %1").arg(created.error()), false);
        return false;
    }
    m_session = std::move(*created);
    if (user.role == QLatin1String("support")) {
        // Support mode: its own window on the admin routes; the session's
        // socket, sync engine and outbox are never started.
        m_support = std::make_unique<ui::SupportWindow>(m_session->clientSession(), user);
        connect(m_session.get(), &Session::signedOut, m_support.get(),
                [this](const QString &reason) { showLogin(reason, false); });
        connect(m_support.get(), &ui::SupportWindow::signOutRequested, this,
                &AppController::signOut);
        m_links.setSupportMode(true);
        m_support->show();
        Q_EMIT mainWindowShown();
        return true;
    }
    createMainWindow();
    m_session->start();
    Q_EMIT mainWindowShown();
    return true;
}

void AppController::createMainWindow()
{
    m_window = std::make_unique<ui::MainWindow>(m_session->services(), m_settings);
    m_notifier = std::make_unique<Notifier>(m_session->services(), *m_window);
    m_window->setNotice(keychainNotice());
    QList<ui::PreferencesDialog::Choice> languages;
    for (const QString &code : availableLanguages())
        languages.append({code, ui::PreferencesDialog::languageName(code)});
    m_window->setLanguages(languages);
    const proto::User &user = m_session->user();
    m_window->setAccount({user.name, user.id, user.role, m_settings.value(kEmail).toString(),
                          m_session->server().toDisplayString()});
    ui::MainWindow *window = m_window.get();
    connect(&window->preferences(), &models::Preferences::themeChanged, this,
            &AppController::applyTheme);
    connect(&window->preferences(), &models::Preferences::languageChanged, this,
            [this](const QString &language) {
                // Not inside the dialog's own signal: the window goes.
                QMetaObject::invokeMethod(
                    this, [this, language] { switchLanguage(language); }, Qt::QueuedConnection);
            });
    connect(m_session.get(), &Session::signedOut, m_window.get(), [this](const QString &reason) {
        m_window->setSignedOut(true);
        m_links.setTarget(nullptr, nullptr); // links wait until signed in again
        showLogin(reason + QLatin1Char(' ') + tr("Sign in again; unsent messages are kept."), true);
    });
    connect(m_window.get(), &ui::MainWindow::signInRequested, this,
            [this] { showLogin(tr("Sign in again; unsent messages are kept."), true); });
    connect(m_window.get(), &ui::MainWindow::signOutRequested, this, &AppController::signOut);
    connect(m_window.get(), &ui::MainWindow::signOutEverywhereRequested, this, [this] {
        if (!m_session)
            return;
        m_session->clientSession().signOutEverywhere(
            this, [this](const models::Result<bool> &done) {
                if (done) {
                    signOut();
                    return;
                }
                if (m_window)
                    m_window->setNotice(
                        tr("Could not sign out everywhere: %1").arg(done.error().message));
            });
    });
    m_window->show();
    m_links.setSupportMode(false);
    m_links.setTarget(&m_session->services(), m_window.get());
}

void AppController::switchLanguage(const QString &language)
{
    installTranslations(*qApp, language);
    if (!m_window || !m_session)
        return;
    m_links.setTarget(nullptr, nullptr);
    m_window->saveState(); // geometry and the open conversation; drafts keep themselves
    if (m_login && m_login->parent() == m_window.get())
        delete m_login;
    m_notifier.reset();
    m_window.reset();
    createMainWindow();
    m_window->showPreferences(ui::PreferencesDialog::Page::Language);
}

void AppController::applyTheme(const QString &theme)
{
    app::applyTheme(*qApp, themeFromString(theme));
}

void AppController::closeSession()
{
    m_links.setTarget(nullptr, nullptr);
    m_links.setSupportMode(false);
    if (m_window)
        m_window->saveState();
    m_notifier.reset();
    m_support.reset();
    if (m_window && m_login && m_login->parent() == m_window.get())
        delete m_login;
    m_window.reset();
    if (m_session)
        m_session->stop();
    m_session.reset();
}

void AppController::signOut()
{
    const QUrl server = m_options.server;
    const QString email = m_options.email;
    m_tokens.remove(tokenKey(server, email), this, [](const TokenStore::Result &) {});
    m_settings.remove(kUserId);
    m_settings.remove(kUserName);
    m_settings.remove(kUserRole);
    // Leaves the event loop turn that triggered the action before destroying the window.
    QMetaObject::invokeMethod(
        this,
        [this] {
            // A "sign in again" dialog over the window (the server may have ended
            // the session first, as signing out everywhere does) goes with it.
            if (m_window && m_login && m_login->parent() == m_window.get())
                delete m_login;
            showLogin({}, false); // first, so the app never has no window
            closeSession();
        },
        Qt::QueuedConnection);
}

} // namespace kora::app
