#include "ChatHeader.h"

#include "Avatar.h"
#include "Cache.h"
#include "ChatPane.h"
#include "ClientSession.h"
#include "ConnectionState.h"
#include "DesignSystem.h"
#include "ElidedLabel.h"
#include "MessageDelegate.h"
#include "Participants.h"
#include "SyncEngine.h"

#include <QCollator>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

// The header's strings stay in ChatPane's translation context (ChatPane::tr).

namespace kora::ui {

QString ChatHeader::roleText(const QString &role)
{
    if (role == QLatin1String("worker"))
        return ChatPane::tr("Worker");
    if (role == QLatin1String("hirer"))
        return ChatPane::tr("Hirer");
    if (role == QLatin1String("support"))
        return ChatPane::tr("Support");
    return QString();
}

QString ChatHeader::presenceText(const proto::User &user, bool live)
{
    if (user.online)
        return live ? ChatPane::tr("online") : ChatPane::tr("connecting…");
    if (!user.lastSeenAt.isValid())
        return ChatPane::tr("offline");
    const QDateTime seen = user.lastSeenAt.toLocalTime();
    const QDate today = QDate::currentDate();
    const QString time = MessageDelegate::timeText(seen.time());
    if (seen.date() == today)
        return ChatPane::tr("last seen today at %1").arg(time);
    if (seen.date() == today.addDays(-1))
        return ChatPane::tr("last seen yesterday at %1").arg(time);
    return ChatPane::tr("last seen %1").arg(QLocale().toString(seen.date(), QLocale::ShortFormat));
}

QIcon ChatHeader::backIcon(Qt::LayoutDirection direction)
{
    // Kora's own arrow (the system theme's differs per desktop, or is missing),
    // pointing back towards the list: to the right in a right-to-left layout.
    const QIcon arrow(QStringLiteral(":/icons/back.svg"));
    if (direction != Qt::RightToLeft)
        return arrow;
    QIcon mirrored;
    for (const int side : {16, 24, 32, 48}) {
        const QImage image = arrow.pixmap(side, side).toImage();
        mirrored.addPixmap(QPixmap::fromImage(image.mirrored(true, false)));
    }
    return mirrored;
}

void ChatHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        m_backButton->setIcon(backIcon(layoutDirection()));
}

namespace {

void setMutedColor(QWidget *widget)
{
    QPalette pal = widget->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    widget->setPalette(pal);
}

} // namespace

ChatHeader::ChatHeader(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("chatHeader"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(theme::spaceM, theme::spaceS, theme::spaceL, theme::spaceS);
    row->setSpacing(theme::spaceL);

    m_backButton = new QToolButton(this);
    m_backButton->setObjectName(QStringLiteral("chatBack"));
    m_backButton->setIcon(backIcon(layoutDirection()));
    m_backButton->setText(ChatPane::tr("Back"));
    m_backButton->setToolTip(ChatPane::tr("Back to the conversations"));
    m_backButton->setAccessibleName(ChatPane::tr("Back to the conversations"));
    m_backButton->setAutoRaise(true);
    m_backButton->hide();
    connect(m_backButton, &QToolButton::clicked, this, &ChatHeader::backRequested);
    row->addWidget(m_backButton);

    m_avatar = new QLabel(this);
    m_avatar->setFixedSize(40, 40);
    m_avatar->setAccessibleName(ChatPane::tr("Avatar"));
    row->addWidget(m_avatar);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(theme::space2xs);
    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(theme::spaceM);
    m_name = new ElidedLabel(this);
    m_name->setObjectName(QStringLiteral("chatPeerName"));
    m_name->setFont(theme::headingFont(m_name->font()));
    m_name->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_role = new ElidedLabel(this); // one line of fixed height, whatever the role's letters
    m_role->setObjectName(QStringLiteral("chatPeerRole"));
    m_role->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMutedColor(m_role);
    nameRow->addWidget(m_name, 0);
    nameRow->addWidget(m_role, 0);
    nameRow->addStretch(1);
    texts->addLayout(nameRow);

    m_presence = new ElidedLabel(this);
    m_presence->setObjectName(QStringLiteral("chatPresence"));
    setMutedColor(m_presence);
    texts->addWidget(m_presence);
    m_typing = new ElidedLabel(this);
    m_typing->setObjectName(QStringLiteral("chatTyping"));
    QPalette accent = m_typing->palette();
    accent.setColor(QPalette::WindowText, accent.color(QPalette::Highlight));
    m_typing->setPalette(accent);
    m_typing->hide();
    texts->addWidget(m_typing);
    m_job = new ElidedLabel(this);
    m_job->setObjectName(QStringLiteral("chatJob"));
    setMutedColor(m_job);
    // Its line is kept (empty) when there is no job: the header does not
    // change height, and the messages do not jump, between conversations.
    texts->addWidget(m_job);
    row->addLayout(texts, 1);

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("chatDetailsButton"));
    m_detailsButton->setIcon(QIcon(QStringLiteral(":/icons/details.svg")));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolTip(ChatPane::tr("Person and job details (Ctrl+Shift+I)"));
    m_detailsButton->setAccessibleName(ChatPane::tr("Details"));
    m_detailsButton->setAutoRaise(true);
    connect(m_detailsButton, &QToolButton::toggled, this, &ChatHeader::detailsToggled);
    row->addWidget(m_detailsButton, 0, Qt::AlignVCenter);

    m_moreButton = new QToolButton(this);
    m_moreButton->setObjectName(QStringLiteral("chatMoreButton"));
    m_moreButton->setIcon(QIcon(QStringLiteral(":/icons/more.svg")));
    m_moreButton->setToolTip(ChatPane::tr("More actions for this conversation"));
    m_moreButton->setAccessibleName(ChatPane::tr("More actions"));
    m_moreButton->setAutoRaise(true);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    auto *menu = new QMenu(m_moreButton);
    // Presence is as fresh as the link: a drop or a reconnect shows at once.
    if (!m_services.supportMode) {
        auto &connection = m_services.session.connection();
        connect(&connection, &models::ConnectionState::connected, this, &ChatHeader::refresh);
        connect(&connection, &models::ConnectionState::disconnected, this, &ChatHeader::refresh);
    }
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        // Submenus made last time (clear() leaves them): gone with their actions.
        qDeleteAll(menu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
        Q_EMIT menuRequested(menu);
    });
    m_moreButton->setMenu(menu);
    row->addWidget(m_moreButton, 0, Qt::AlignVCenter);
}

void ChatHeader::setNarrow(bool narrow)
{
    m_backButton->setVisible(narrow);
}

void ChatHeader::setConversation(const QString &conversationId)
{
    m_conversationId = conversationId;
    m_peerId.clear();
    if (!conversationId.isEmpty()) {
        refresh();
        refreshTyping();
    }
}

QString ChatHeader::membersText(const QList<proto::Participant> &participants) const
{
    QStringList names;
    bool me = false;
    for (const proto::Participant &p : participants) {
        if (p.user.id == m_services.userId)
            me = true;
        else if (!p.user.name.isEmpty())
            names << p.user.name;
    }
    QCollator collator;
    std::sort(names.begin(), names.end(), collator);
    if (me)
        names << ChatPane::tr("you", "in a group's member list");
    return ChatPane::tr("%n people: %1", "a group's members", int(participants.size()))
        .arg(QLocale().createSeparatedList(names));
}

void ChatHeader::refresh()
{
    if (m_conversationId.isEmpty())
        return;
    const auto conversation = m_services.cache.conversation(m_conversationId);
    const QList<proto::Participant> participants = m_services.cache.participants(m_conversationId);
    const proto::Participant *other = models::otherParticipant(participants, m_services.userId);
    const proto::User peer = other ? other->user : proto::User();
    const bool group = conversation && conversation->conversation.type == QLatin1String("group");
    QString name = group ? conversation->conversation.title : peer.name;
    if (name.isEmpty())
        name = ChatPane::tr("Conversation");
    m_name->setFullText(name);
    // A group has no one role or presence: who is in it instead.
    const QString role = group ? QString() : roleText(peer.role);
    m_role->setFullText(role);
    m_role->setVisible(!role.isEmpty());
    const bool live = m_services.supportMode || m_services.session.connection().isConnected();
    if (group)
        m_presence->setFullText(membersText(participants));
    else
        m_presence->setFullText(peer.id.isEmpty() ? QString() : presenceText(peer, live));
    if (peer.id != m_peerId || m_avatar->pixmap().isNull()) {
        m_peerId = peer.id;
        m_avatar->setPixmap(initialsAvatar(name, name, 40, devicePixelRatioF()));
    }
    QString job;
    if (conversation) {
        const proto::Conversation &c = conversation->conversation;
        if (!c.jobTitle.isEmpty() && !c.jobId.isEmpty())
            job = ChatPane::tr("Job: %1 (#%2)").arg(c.jobTitle, c.jobId);
        else if (!c.jobTitle.isEmpty())
            job = ChatPane::tr("Job: %1").arg(c.jobTitle);
        else if (!c.jobId.isEmpty())
            job = ChatPane::tr("Job #%1").arg(c.jobId);
    }
    m_job->setFullText(job);
    refreshTyping();
}

void ChatHeader::refreshTyping()
{
    QStringList names;
    if (!m_conversationId.isEmpty()) {
        const QSet<QString> typing = m_services.sync.typingIn(m_conversationId);
        if (!typing.isEmpty()) {
            for (const proto::Participant &p : m_services.cache.participants(m_conversationId)) {
                if (p.user.id != m_services.userId && typing.contains(p.user.id))
                    names.append(p.user.name.isEmpty() ? ChatPane::tr("Someone") : p.user.name);
            }
        }
    }
    QString text;
    if (names.size() == 1)
        text = ChatPane::tr("%1 is typing…").arg(names.first());
    else if (names.size() == 2)
        text = ChatPane::tr("%1 and %2 are typing…").arg(names.at(0), names.at(1));
    else if (names.size() > 2)
        text = ChatPane::tr("Several people are typing…");
    m_typing->setFullText(text);
    m_typing->setVisible(!text.isEmpty());
    m_presence->setVisible(text.isEmpty() && !m_presence->fullText().isEmpty());
}

} // namespace kora::ui
