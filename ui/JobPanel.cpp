#include "JobPanel.h"

#include "Avatar.h"
#include "BookingStatus.h"
#include "Cache.h"
#include "CacheChange.h"
#include "ChatHeader.h"
#include "ClientSession.h"
#include "ConnectionState.h"
#include "DesignSystem.h"
#include "MessageDelegate.h"
#include "Participants.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kora::ui {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *plainLabel(QWidget *parent, bool muted = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (muted) {
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
        label->setPalette(pal);
    }
    return label;
}

// A box of rows (a coloured dot and wrapped text each), emptied and refilled.
QWidget *rowBox(const QString &accessible, QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setAccessibleName(accessible);
    auto *rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(theme::spaceM);
    return box;
}

void clearRows(QWidget *box)
{
    while (QLayoutItem *item = box->layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void addRow(QWidget *box, const QString &status, bool dark, const QString &text)
{
    auto *row = new QWidget(box);
    auto *line = new QHBoxLayout(row);
    line->setContentsMargins(0, 0, 0, 0);
    line->setSpacing(theme::spaceM);
    auto *dot = new QLabel(row);
    dot->setFixedSize(12, 12);
    if (!BookingStatus::text(status).isEmpty()) {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(BookingStatus::color(status, dark));
        painter.drawEllipse(QRectF(1, 1, 10, 10));
        dot->setPixmap(pixmap);
    }
    line->addWidget(dot, 0, Qt::AlignTop);
    auto *label = plainLabel(row);
    label->setObjectName(QStringLiteral("jobPanelRowText"));
    label->setText(text);
    line->addWidget(label, 1);
    box->layout()->addWidget(row);
    row->show(); // now, not when the layout gets round to it
}

QStringList rowTexts(const QWidget *box)
{
    QStringList texts;
    for (const QLabel *label : box->findChildren<QLabel *>(QStringLiteral("jobPanelRowText")))
        texts.append(label->text());
    return texts;
}

QString jobName(const QString &title, const QString &id)
{
    if (!title.isEmpty() && !id.isEmpty())
        return JobPanel::tr("%1 (#%2)").arg(title, id);
    if (!title.isEmpty())
        return title;
    return id.isEmpty() ? QString() : JobPanel::tr("Job #%1").arg(id);
}

QString dateText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return JobPanel::tr("%1, %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                                      MessageDelegate::timeText(local.time()));
}

} // namespace

JobPanel::JobPanel(const Services &services, QWidget *parent)
    : QFrame(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("chatJobPanel"));
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(QStringLiteral("#chatJobPanel { border-left: 1px solid palette(mid); }"));
    setMinimumWidth(220);
    setMaximumWidth(320);
    setAccessibleName(tr("Details"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(theme::spaceXl, theme::spaceL, theme::spaceXl, theme::spaceL);
    layout->setSpacing(theme::spaceS);
    scroll->setWidget(content);

    auto *who = new QHBoxLayout;
    who->setSpacing(theme::spaceL);
    m_avatar = new QLabel(content);
    m_avatar->setFixedSize(48, 48);
    who->addWidget(m_avatar, 0, Qt::AlignTop);
    auto *names = new QVBoxLayout;
    names->setSpacing(theme::space2xs);
    m_person = plainLabel(content);
    m_person->setObjectName(QStringLiteral("jobPanelPerson"));
    m_person->setFont(theme::headingFont(m_person->font()));
    names->addWidget(m_person);
    m_role = plainLabel(content, true);
    names->addWidget(m_role);
    m_presence = plainLabel(content, true);
    m_presence->setObjectName(QStringLiteral("jobPanelPresence"));
    names->addWidget(m_presence);
    who->addLayout(names, 1);
    layout->addLayout(who);
    m_since = plainLabel(content, true);
    m_since->setObjectName(QStringLiteral("jobPanelSince"));
    layout->addWidget(m_since);

    layout->addSpacing(theme::spaceM);
    layout->addWidget(sectionTitle(tr("Current job"), content));
    m_job = plainLabel(content);
    m_job->setObjectName(QStringLiteral("jobPanelJob"));
    layout->addWidget(m_job);

    layout->addSpacing(theme::spaceM);
    layout->addWidget(sectionTitle(tr("Jobs together"), content));
    m_jobs = rowBox(tr("Jobs together"), content);
    m_jobs->setObjectName(QStringLiteral("jobPanelJobs"));
    layout->addWidget(m_jobs);
    m_noJobs = plainLabel(content, true);
    m_noJobs->setText(tr("No bookings yet."));
    layout->addWidget(m_noJobs);

    layout->addSpacing(theme::spaceM);
    layout->addWidget(sectionTitle(tr("Updates"), content));
    m_updates = rowBox(tr("Job and booking updates"), content);
    m_updates->setObjectName(QStringLiteral("jobPanelUpdates"));
    layout->addWidget(m_updates);
    m_noUpdates = plainLabel(content, true);
    m_noUpdates->setText(tr("Job and booking news from the marketplace shows up here."));
    layout->addWidget(m_noUpdates);
    layout->addStretch(1);

    connect(&m_services.cache, &models::Cache::conversationsChanged, this,
            [this](const QStringList &ids) {
                if (isVisible() && (ids.isEmpty() || ids.contains(m_conversationId)))
                    refresh();
            });
    const auto linkChanged = [this] {
        if (isVisible())
            refresh(); // presence is as fresh as the link
    };
    connect(&m_services.session.connection(), &models::ConnectionState::connected, this,
            linkChanged);
    connect(&m_services.session.connection(), &models::ConnectionState::disconnected, this,
            linkChanged);
    connect(&m_services.cache, &models::Cache::messagesChanged, this,
            [this](const models::CacheChanges &changes) {
                if (!isVisible() || m_conversationId.isEmpty())
                    return;
                const auto mine = models::ConversationChanges::of(changes, m_conversationId);
                if (mine.isEmpty() || (mine.toRead.isEmpty() && mine.removed.isEmpty() &&
                                       std::none_of(mine.carried.cbegin(), mine.carried.cend(),
                                                    [](const models::CachedMessage &m) {
                                                        return m.message.kind ==
                                                               QLatin1String("system");
                                                    })))
                    return; // only chat, no news about the job
                refresh();
            });
}

void JobPanel::setConversation(const QString &conversationId)
{
    m_conversationId = conversationId;
    if (isVisible())
        refresh();
}

void JobPanel::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    refresh();
}

void JobPanel::refresh()
{
    const auto cached =
        m_conversationId.isEmpty() ? std::nullopt : m_services.cache.conversation(m_conversationId);
    if (!cached) {
        m_person->clear();
        m_role->clear();
        m_presence->clear();
        m_since->clear();
        m_job->clear();
        clearRows(m_jobs);
        clearRows(m_updates);
        m_rowsSignature.clear();
        return;
    }
    const proto::Conversation &c = cached->conversation;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;

    // The person (or the group).
    const proto::Participant *other = models::otherParticipant(c.participants, m_services.userId);
    const proto::User peer = other ? other->user : proto::User();
    const bool group = c.type == QLatin1String("group");
    const QString name = group ? c.title : (peer.name.isEmpty() ? tr("Someone") : peer.name);
    m_person->setText(name);
    m_avatar->setPixmap(initialsAvatar(name, name, 48, devicePixelRatioF()));
    m_role->setText(group ? tr("%n person(s)", nullptr, int(c.participants.size()))
                          : ChatHeader::roleText(peer.role));
    m_role->setVisible(!m_role->text().isEmpty());
    m_presence->setText(
        group || peer.id.isEmpty()
            ? QString()
            : ChatHeader::presenceText(peer, m_services.session.connection().isConnected()));
    m_presence->setVisible(!m_presence->text().isEmpty());
    m_since->setText(
        c.createdAt.isValid()
            ? tr("You talk here since %1.")
                  .arg(QLocale().toString(c.createdAt.toLocalTime().date(), QLocale::LongFormat))
            : QString());
    m_since->setVisible(!m_since->text().isEmpty());

    const QString current = jobName(c.jobTitle, c.jobId);
    m_job->setText(current.isEmpty() ? tr("No job is linked to this conversation.") : current);

    // The marketplace's news, newest first; a job's row has its latest status.
    const QList<models::CachedMessage> news =
        m_services.cache.systemMessages(m_conversationId, historyLimit);
    // Rebuilt only when what they say changes (presence and receipts refresh often).
    QString signature = QString::number(dark) + c.jobId + c.jobTitle;
    for (const models::CachedMessage &row : news)
        signature += row.message.id + QString::number(row.message.updatedSeq);
    if (signature == m_rowsSignature)
        return;
    m_rowsSignature = signature;
    clearRows(m_updates);
    clearRows(m_jobs);
    QStringList seenJobs;
    for (const models::CachedMessage &row : news) {
        const proto::Message &m = row.message;
        const QString status = m.meta.value(QLatin1String("status")).toString();
        const QString label = BookingStatus::text(status);
        addRow(m_updates, status, dark,
               (label.isEmpty() ? QString() : label + QStringLiteral(" · ")) +
                   dateText(m.createdAt) + QLatin1Char('\n') + m.body);
        const QString jobId = m.meta.value(QLatin1String("jobId")).toString();
        QString jobTitle = m.meta.value(QLatin1String("jobTitle")).toString();
        if (jobId.isEmpty() || seenJobs.contains(jobId))
            continue;
        seenJobs.append(jobId);
        if (jobTitle.isEmpty() && jobId == c.jobId)
            jobTitle = c.jobTitle;
        addRow(m_jobs, status, dark,
               jobName(jobTitle, jobId) + QLatin1Char('\n') +
                   (label.isEmpty() ? QString() : label + QStringLiteral(" · ")) +
                   dateText(m.createdAt));
    }
    const bool jobs = !seenJobs.isEmpty();
    m_jobs->setVisible(jobs);
    m_noJobs->setVisible(!jobs);
    m_updates->setVisible(!news.isEmpty());
    m_noUpdates->setVisible(news.isEmpty());
}

QStringList JobPanel::jobRows() const
{
    return rowTexts(m_jobs);
}

QStringList JobPanel::updateRows() const
{
    return rowTexts(m_updates);
}

} // namespace kora::ui
