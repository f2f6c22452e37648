#include "LoginDialog.h"

#include "DesignSystem.h"
#include "SignIn.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace kora::ui {

LoginDialog::LoginDialog(models::SignIn &signIn, QWidget *parent)
    : QDialog(parent)
    , m_auth(signIn)
{
    setWindowTitle(tr("Sign in to Kora"));
    setObjectName(QStringLiteral("loginDialog"));

    auto *title = new QLabel(tr("Sign in to Kora"), this);
    title->setFont(theme::titleFont(title->font()));

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();

    m_server = new QLineEdit(QStringLiteral("http://127.0.0.1:8080"), this);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Sign-in error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // server messages are not markup
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, theme::failure(errorPalette));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true); // Enter in any field submits
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);

    for (QLineEdit *edit : {m_server, m_email, m_password})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    updateButton();
}

void LoginDialog::setServer(const QUrl &server)
{
    m_server->setText(server.toString());
}

QUrl LoginDialog::server() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

void LoginDialog::setEmail(const QString &email)
{
    m_email->setText(email);
    if (isVisible())
        firstEmptyField()->setFocus(Qt::OtherFocusReason);
}

QString LoginDialog::email() const
{
    return m_email->text().trimmed();
}

void LoginDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void LoginDialog::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    growToFit();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::updateButton()
{
    m_signIn->setEnabled(!m_busy && !m_server->text().trimmed().isEmpty() &&
                         !m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *edit : {m_server, m_email, m_password})
        edit->setReadOnly(busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    updateButton();
}

void LoginDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    growToFit();
}

void LoginDialog::growToFit()
{
    // A wrapped error (or notice) needs more height: the dialog grows rather
    // than squashing the fields.
    QLayout *box = layout();
    if (!box || !isVisible())
        return;
    box->activate();
    const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width())
                                                : box->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

QLineEdit *LoginDialog::firstEmptyField() const
{
    for (QLineEdit *edit : {m_server, m_email, m_password}) {
        if (edit->text().trimmed().isEmpty())
            return edit;
    }
    return m_password;
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Typing starts where something is missing: with the server filled in
    // (always, by default), in the email field, not in the address.
    firstEmptyField()->setFocus(Qt::OtherFocusReason);
    growToFit();
}

QString LoginDialog::describeError(const proto::ApiError &error, const QUrl &server)
{
    const QString where = server.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
    if (error.code == proto::code::Unauthorized)
        return tr("Wrong email or password.");
    if (error.code == models::clientCode::Unreachable)
        return tr("Cannot reach the server at %1. Check the address and your connection.")
            .arg(where);
    if (error.code == models::clientCode::Timeout)
        return tr("The server at %1 did not answer in time. Try again.").arg(where);
    if (error.code == models::clientCode::Tls)
        return tr("The server's certificate cannot be trusted: %1").arg(error.message);
    if (error.code == proto::code::RateLimited)
        return tr("Too many sign-in attempts. Wait a minute and try again.");
    if (error.code == proto::code::Invalid)
        return tr("Enter a valid email address and password.");
    if (error.code == models::clientCode::BadResponse ||
        error.code.startsWith(QLatin1String("http_")))
        return tr("The server at %1 does not look like a Kora server.").arg(where);
    return tr("Sign-in failed: %1").arg(error.message.isEmpty() ? error.code : error.message);
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    const QUrl url = server();
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        showError(tr("Enter a server address such as https://chat.example.com."));
        m_server->setFocus();
        return;
    }
    if (email().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your email and password."));
        (email().isEmpty() ? m_email : m_password)->setFocus();
        return;
    }
    showError({});
    setBusy(true);
    m_auth.signIn(url, email(), m_password->text(), this,
                  [this, url](models::Result<models::LoginResult> r) {
                      setBusy(false);
                      if (!r) {
                          showError(describeError(r.error(), url));
                          if (r.error().code == proto::code::Unauthorized) {
                              m_password->selectAll();
                              m_password->setFocus();
                          }
                          return;
                      }
                      m_result = *r;
                      m_password->clear(); // nothing secret kept longer than needed
                      QPointer<LoginDialog> self(this);
                      Q_EMIT signedIn(m_result);
                      if (self) // a receiver may have closed and destroyed the dialog
                          accept();
                  });
}

} // namespace kora::ui
