#pragma once

#include "SessionTypes.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kora::models {
class SignIn;
}

namespace kora::ui {

// Server URL, email and password, and "Sign in". Signs in through the
// models::SignIn it is given (at the server of the form) and says clearly
// what went wrong: wrong password, server unreachable, certificate not
// trusted, no answer in time. On success it emits signedIn and accepts.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // `signIn` is not owned and must outlive the dialog.
    explicit LoginDialog(models::SignIn &signIn, QWidget *parent = nullptr);

    void setServer(const QUrl &server);
    QUrl server() const;
    void setEmail(const QString &email);
    QString email() const;
    void setPassword(const QString &password);
    // A line above the form ("Your session has expired.", keychain warnings).
    void setNotice(const QString &notice);
    // The error shown now (empty when none).
    QString errorText() const;
    bool isBusy() const { return m_busy; }
    const models::LoginResult &loginResult() const { return m_result; }

    // What the user sees for a failed sign-in.
    static QString describeError(const proto::ApiError &error, const QUrl &server);

public Q_SLOTS:
    // Same as pressing "Sign in" (Enter).
    void submit();

Q_SIGNALS:
    void signedIn(const kora::models::LoginResult &result);

protected:
    // Focus goes to the first empty field (the email when the server is filled in).
    void showEvent(QShowEvent *event) override;

private:
    void setBusy(bool busy);
    void showError(const QString &text);
    void updateButton();
    void growToFit();
    QLineEdit *firstEmptyField() const;

    models::SignIn &m_auth;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_notice;
    QLabel *m_error;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    bool m_busy = false;
    models::LoginResult m_result;
};

} // namespace kora::ui
