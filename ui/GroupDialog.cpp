#include "GroupDialog.h"

#include "Avatar.h"
#include "Cache.h"
#include "ClientSession.h"
#include "ConversationDelegate.h"
#include "DesignSystem.h"
#include "ListKeys.h"
#include "NewConversationDialog.h"
#include "UserDirectory.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

namespace kora::ui {

namespace {
constexpr int resultLimit = 50;
constexpr int debounceMs = 250;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
constexpr int maxTitle = 200; // the server's limit
} // namespace

GroupDialog::GroupDialog(const Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setWindowTitle(tr("New group"));
    setAccessibleName(tr("New group"));
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Group name"));
    m_title->setPlaceholderText(tr("e.g. Asante house renovation"));
    m_title->setMaxLength(maxTitle);
    build();
    m_title->setFocus();
}

GroupDialog::GroupDialog(const Services &services, const QString &conversationId, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_conversationId(conversationId)
{
    setWindowTitle(tr("Add people"));
    setAccessibleName(tr("Add people"));
    if (const auto c = m_services.cache.conversation(conversationId)) {
        for (const proto::Participant &p : c->conversation.participants)
            m_members.insert(p.user.id);
    }
    build();
    m_search->setFocus();
}

void GroupDialog::build()
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search people by name or email"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search people"));
    m_search->installEventFilter(this);

    m_results = new QListWidget(this);
    m_results->setAccessibleName(tr("People"));
    m_results->setUniformItemSizes(true);
    const int iconSide = qMax(24, fontMetrics().height() * 2);
    m_results->setIconSize(QSize(iconSide, iconSide));
    m_results->setMinimumHeight(iconSide * 6);

    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_conversationId.isEmpty() ? tr("&Create group") : tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GroupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme::spaceM);
    if (m_title) {
        auto *form = new QFormLayout;
        form->addRow(tr("Group &name:"), m_title);
        layout->addLayout(form);
        connect(m_title, &QLineEdit::textChanged, this, &GroupDialog::updateButtons);
    }
    auto *searchLabel = new QLabel(tr("&People:"), this);
    searchLabel->setBuddy(m_search);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &GroupDialog::search);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QListWidget::itemChanged, this, &GroupDialog::toggled);

    resize(fontMetrics().averageCharWidth() * 60, sizeHint().height());
    updateButtons();
    search(); // everyone one may write to, before anything is typed
}

void GroupDialog::search()
{
    m_debounce->stop();
    const int serial = ++m_serial;
    m_services.session.users().search(
        m_search->text().trimmed(), resultLimit, this,
        [this, serial](models::Result<QList<proto::User>> result) {
            if (serial != m_serial)
                return; // a newer search is on its way
            if (!result) {
                setStatus(NewConversationDialog::describeError(result.error()), true);
                return;
            }
            showResults(*result);
        });
}

void GroupDialog::showResults(const QList<proto::User> &users)
{
    const QSignalBlocker quiet(m_results); // filling in is no ticking
    m_results->clear();
    const qreal dpr = windowHandle() ? windowHandle()->devicePixelRatio() : devicePixelRatioF();
    const int side = m_results->iconSize().width();
    int shown = 0;
    for (const proto::User &user : users) {
        if (m_members.contains(user.id) || user.id == m_services.userId)
            continue;
        const QString name = ConversationDelegate::oneLine(user.name);
        const QString role = ConversationDelegate::roleText(user.role);
        auto *item = new QListWidgetItem(m_results);
        item->setText(role.isEmpty() ? name : NewConversationDialog::tr("%1 · %2").arg(name, role));
        item->setData(Qt::AccessibleTextRole,
                      role.isEmpty() ? name : NewConversationDialog::tr("%1, %2").arg(name, role));
        item->setIcon(QIcon(initialsAvatar(name, name, side, dpr)));
        item->setData(IdRole, user.id);
        item->setData(NameRole, user.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_chosen.contains(user.id) ? Qt::Checked : Qt::Unchecked);
        ++shown;
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    if (shown == 0)
        setStatus(m_search->text().trimmed().isEmpty()
                      ? tr("There is nobody else to add.")
                      : NewConversationDialog::tr("Nobody found for “%1”.")
                            .arg(m_search->text().trimmed()));
    else
        setStatus({});
}

void GroupDialog::toggled(QListWidgetItem *item)
{
    const QString id = item->data(IdRole).toString();
    if (item->checkState() == Qt::Checked)
        m_chosen.insert(id, item->data(NameRole).toString());
    else
        m_chosen.remove(id);
    updateButtons();
}

void GroupDialog::updateButtons()
{
    QStringList names = m_chosen.values();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    m_count->setText(names.isEmpty()
                         ? tr("Tick the people to add.")
                         : tr("%n chosen: %1", "people ticked for a group", int(names.size()))
                               .arg(QLocale().createSeparatedList(names)));
    const bool titled = !m_title || !m_title->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && titled && !m_chosen.isEmpty());
}

void GroupDialog::accept()
{
    if (m_busy || m_chosen.isEmpty() || (m_title && m_title->text().trimmed().isEmpty()))
        return;
    setBusy(true);
    auto finished = [this](const proto::ApiError *error, const QString &id) {
        setBusy(false);
        if (error) {
            setStatus(error->code == models::StorageError
                          ? tr("The group could not be saved: %1").arg(error->message)
                          : NewConversationDialog::describeError(*error),
                      true);
            return;
        }
        QDialog::accept();
        if (m_conversationId.isEmpty())
            Q_EMIT conversationOpened(id);
        else
            Q_EMIT done(id);
    };
    if (m_conversationId.isEmpty()) {
        setStatus(tr("Creating the group…"));
        m_services.session.openGroup(m_title->text().trimmed(), chosen(), this,
                                     [finished](models::Result<models::OpenedConversation> r) {
                                         finished(r ? nullptr : &r.error(),
                                                  r ? r->conversation.id : QString());
                                     });
    } else {
        setStatus(tr("Adding…"));
        m_services.session.changeGroup(
            m_conversationId, {models::GroupChange::Kind::Add, {}, chosen()}, this,
            [finished](models::Result<proto::Conversation> r) {
                finished(r ? nullptr : &r.error(), r ? r->id : QString());
            });
    }
}

void GroupDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (m_title)
        m_title->setEnabled(!busy);
    m_search->setEnabled(!busy);
    m_results->setEnabled(!busy);
    updateButtons();
}

void GroupDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, theme::failure(pal));
    m_status->setPalette(pal);
}

bool GroupDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (forwardListKeys(key, m_results))
            return true;
        switch (key->key()) {
        case Qt::Key_Space:
            if (!key->modifiers() && m_search->text().isEmpty()) {
                if (QListWidgetItem *item = m_results->currentItem())
                    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked
                                                                          : Qt::Checked);
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace kora::ui
