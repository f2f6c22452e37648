#include "NewConversationDialog.h"

#include "Avatar.h"
#include "Cache.h"
#include "ClientSession.h"
#include "ConversationDelegate.h"
#include "DesignSystem.h"
#include "ListKeys.h"
#include "Participants.h"
#include "UserDirectory.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <utility>

namespace kora::ui {

namespace {
constexpr int resultLimit = 20;
constexpr int debounceMs = 250;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int ExistingRole = Qt::UserRole + 2; // the direct conversation with them, if one
} // namespace

NewConversationDialog::NewConversationDialog(const Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setWindowTitle(tr("New conversation"));
    setAccessibleName(tr("New conversation"));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search people by name or email"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search people"));
    m_search->installEventFilter(this);

    m_results = new QListWidget(this);
    m_results->setAccessibleName(tr("People"));
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setUniformItemSizes(true);
    const int iconSide = qMax(24, fontMetrics().height() * 2);
    m_results->setIconSize(QSize(iconSide, iconSide));
    m_results->setMinimumHeight(iconSide * 5);

    // What it is about, in words: job ids come from the marketplace's links.
    m_jobTitle = new QLineEdit(this);
    m_jobTitle->setAccessibleName(tr("Job title (optional)"));
    m_jobTitle->setPlaceholderText(tr("Optional, e.g. Kitchen tiling"));

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // The people you already have a direct conversation with (in the cache).
    for (const models::CachedConversation &c : m_services.cache.conversations()) {
        if (c.conversation.type != QLatin1String("direct"))
            continue;
        if (const proto::Participant *p =
                models::otherParticipant(c.conversation.participants, m_services.userId))
            m_existing.insert(p->user.id, c.conversation.id);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewConversationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewConversationDialog::reject);

    auto *job = new QFormLayout;
    job->addRow(tr("About a &job:"), m_jobTitle);

    auto *layout = new QVBoxLayout(this);
    auto *searchLabel = new QLabel(tr("&Person:"), this);
    searchLabel->setBuddy(m_search);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addLayout(job);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &NewConversationDialog::search);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QListWidget::currentRowChanged, this,
            &NewConversationDialog::updateButtons);
    connect(m_results, &QListWidget::itemDoubleClicked, this, &NewConversationDialog::accept);

    resize(fontMetrics().averageCharWidth() * 60, sizeHint().height());
    updateButtons();
    m_search->setFocus();
    search(); // everyone one may write to, before anything is typed
}

QString NewConversationDialog::describeError(const proto::ApiError &error)
{
    using namespace models::clientCode;
    if (error.code == Unreachable)
        return tr("The server cannot be reached. Check your connection and try again.");
    if (error.code == Timeout)
        return tr("The server did not answer in time. Try again.");
    if (error.code == Tls)
        return tr("The secure connection to the server failed: %1").arg(error.message);
    if (error.code == Network)
        return tr("A network error occurred: %1").arg(error.message);
    if (error.code == proto::code::Unauthorized)
        return tr("Your session has expired. Sign in again.");
    if (error.code == proto::code::Forbidden || error.code == proto::code::ReadOnly)
        return tr("You are not allowed to do this.");
    if (error.code == proto::code::NotFound)
        return tr("That person or conversation no longer exists.");
    if (error.code == proto::code::RateLimited)
        return tr("Too many requests. Wait a moment and try again.");
    if (!error.message.isEmpty())
        return error.message;
    return tr("Something went wrong (%1).").arg(error.code);
}

void NewConversationDialog::search()
{
    m_debounce->stop();
    const int serial = ++m_serial;
    m_searching = true;
    setStatus(tr("Searching…"));
    m_services.session.users().search(m_search->text().trimmed(), resultLimit, this,
                                      [this, serial](models::Result<QList<proto::User>> result) {
                                          if (serial != m_serial)
                                              return; // a newer search is on its way
                                          m_searching = false;
                                          const bool acceptNow =
                                              std::exchange(m_acceptWhenReady, false);
                                          if (!result) {
                                              setStatus(describeError(result.error()), true);
                                              return;
                                          }
                                          showResults(serial, *result);
                                          if (acceptNow)
                                              accept();
                                      });
}

void NewConversationDialog::showResults(int, const QList<proto::User> &users)
{
    const QString selected =
        m_results->currentItem() ? m_results->currentItem()->data(IdRole).toString() : QString();
    m_results->clear();
    const qreal dpr = windowHandle() ? windowHandle()->devicePixelRatio() : devicePixelRatioF();
    const int side = m_results->iconSize().width();
    for (const proto::User &user : users) {
        const QString name = ConversationDelegate::oneLine(user.name);
        const QString role = ConversationDelegate::roleText(user.role);
        auto *item = new QListWidgetItem(m_results);
        // Items are painted as plain text by the standard delegate.
        QString text = role.isEmpty() ? name : tr("%1 · %2").arg(name, role);
        QString spoken = role.isEmpty() ? name : tr("%1, %2").arg(name, role);
        const QString existing = m_existing.value(user.id);
        if (!existing.isEmpty()) {
            // Whom you already talk to: the same conversation opens.
            text = tr("%1 — in your conversations").arg(text);
            spoken = tr("%1, in your conversations").arg(spoken);
        }
        item->setText(text);
        item->setIcon(QIcon(initialsAvatar(name, name, side, dpr)));
        item->setData(IdRole, user.id);
        item->setData(ExistingRole, existing);
        item->setData(Qt::AccessibleTextRole, spoken);
        if (user.id == selected)
            m_results->setCurrentItem(item);
    }
    if (!m_results->currentItem() && m_results->count() > 0)
        m_results->setCurrentRow(0);
    if (users.isEmpty())
        setStatus(m_search->text().trimmed().isEmpty()
                      ? tr("There is nobody to write to yet.")
                      : tr("Nobody found for “%1”.").arg(m_search->text().trimmed()));
    else
        setStatus({});
    updateButtons();
}

void NewConversationDialog::accept()
{
    if (m_busy)
        return;
    // Enter right after typing: open what matches the text typed, not a stale result.
    if (m_debounce->isActive())
        search();
    if (m_searching) {
        m_acceptWhenReady = true;
        return;
    }
    QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const QString participantId = item->data(IdRole).toString();
    setBusy(true);
    setStatus(tr("Opening the conversation…"));
    m_services.session.openDirect(
        participantId, QString(), m_jobTitle->text().trimmed(), this,
        [this](models::Result<models::OpenedConversation> result) {
            setBusy(false);
            if (!result && result.error().code == models::StorageError) {
                setStatus(tr("The conversation could not be saved: %1").arg(result.error().message),
                          true);
                return;
            }
            if (!result) {
                setStatus(describeError(result.error()), true);
                return;
            }
            const QString id = result->conversation.id;
            QDialog::accept();
            Q_EMIT conversationOpened(id);
        });
}

void NewConversationDialog::updateButtons()
{
    QListWidgetItem *item = m_results->currentItem();
    const bool existing = item && !item->data(ExistingRole).toString().isEmpty();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_busy && item);
    // One conversation per pair: with someone you already talk to, it is that one.
    ok->setText(existing ? tr("&Open conversation") : tr("&Start conversation"));
}

bool NewConversationDialog::isExisting(const QString &userId) const
{
    return m_existing.contains(userId);
}

void NewConversationDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_search->setEnabled(!busy);
    m_results->setEnabled(!busy);
    m_jobTitle->setEnabled(!busy);
    updateButtons();
}

void NewConversationDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette pal = palette();
    if (error) {
        pal.setColor(QPalette::WindowText, theme::failure(pal));
    }
    m_status->setPalette(pal);
}

bool NewConversationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        forwardListKeys(static_cast<QKeyEvent *>(event), m_results))
        return true;
    return QDialog::eventFilter(watched, event);
}

} // namespace kora::ui
