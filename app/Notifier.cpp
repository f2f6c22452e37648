#include "Notifier.h"

#include "Cache.h"
#include "ClientSession.h"
#include "ConversationListModel.h"
#include "DesignSystem.h"
#include "MainWindow.h"
#include "Mentions.h"
#include "Preferences.h"
#include "QuietHoursMenu.h"
#include "UiServices.h"

#include <QApplication>
#include <QJsonObject>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace kora::app {

Notifier::Notifier(const ui::Services &services, ui::MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(&window)
    , m_baseIcon(QStringLiteral(":/icons/kora.svg"))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(m_baseIcon, this);
        auto *menu = new QMenu(&window);
        menu->addAction(tr("Show Kora"), this, &Notifier::showWindow);
        menu->addSeparator();
        if (QMenu *quiet = window.quietHoursMenu())
            menu->addMenu(quiet);
        menu->addSeparator();
        menu->addAction(tr("Quit"), &window, &QWidget::close);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        showWindow();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showWindow();
            if (m_window && !m_lastNotified.isEmpty())
                m_window->openConversation(m_lastNotified);
        });
        m_tray->show();
    }
    m_recount.setSingleShot(true);
    m_recount.setInterval(150); // one count per burst of cache changes
    connect(&m_recount, &QTimer::timeout, this, &Notifier::recount);
    connect(&m_services.cache, &models::Cache::conversationsChanged, &m_recount,
            qOverload<>(&QTimer::start));
    connect(&m_services.session, &models::ClientSession::messageArrived, this,
            &Notifier::onMessage);
    connect(&window, &ui::MainWindow::mutedChanged, this, &Notifier::recount);
    connect(&window.preferences(), &models::Preferences::quietChanged, this, &Notifier::updateTray);
    recount();
}

Notifier::~Notifier() = default;

QString Notifier::toolTip() const
{
    QString tip = m_unread > 0 ? tr("Kora — %n unread message(s)", nullptr, m_unread) : tr("Kora");
    if (m_window && m_window->preferences().isQuiet())
        tip += QLatin1Char('\n') + ui::QuietHoursMenu::statusText(m_window->preferences());
    return tip;
}

bool Notifier::isQuiet() const
{
    return m_window && m_window->preferences().isQuiet();
}

void Notifier::updateTray()
{
    if (!m_tray)
        return;
    m_tray->setToolTip(toolTip());
    m_tray->setIcon(badgeIcon(m_baseIcon, m_unread, isQuiet()));
}

void Notifier::showWindow()
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void Notifier::recount()
{
    int total = 0;
    for (const models::CachedConversation &c : m_services.cache.conversations()) {
        if (!c.conversation.archived && !(m_window && m_window->isMuted(c.conversation.id)))
            total += int(c.conversation.unreadCount);
    }
    if (total == m_unread)
        return;
    m_unread = total;
    if (m_window)
        m_window->setUnreadCount(total);
    updateTray();
    Q_EMIT unreadTotalChanged(total);
}

QIcon Notifier::badgeIcon(const QIcon &base, int count, bool quiet)
{
    if (count <= 0 && !quiet)
        return base;
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (quiet)
            pixmap = ui::QuietHoursMenu::badged(pixmap);
        if (count <= 0) {
            icon.addPixmap(pixmap);
            continue;
        }
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal d = size * 0.6;
        const QRectF badge(size - d, 0, d, d);
        p.setPen(Qt::NoPen);
        p.setBrush(ui::theme::badge());
        p.drawEllipse(badge);
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(d * (count > 9 ? 0.5 : 0.7))));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter,
                   count > 99 ? QStringLiteral("99+") : QString::number(count));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void Notifier::onMessage(const proto::Message &message)
{
    if (!m_window)
        return;
    if (message.senderId == m_services.userId || message.conversationId.isEmpty())
        return;
    if (m_window->isInFront(message.conversationId))
        return;
    const auto conversation = m_services.cache.conversation(message.conversationId);
    const QList<proto::Participant> people = m_services.cache.participants(message.conversationId);
    const bool group = conversation && conversation->conversation.type == QLatin1String("group");
    // Being @mentioned in a group comes through its mute.
    const bool mentioned = group && models::mentions(message.body, people, m_services.userId);
    if (m_window->isMuted(message.conversationId) && !mentioned)
        return;
    const models::Preferences &preferences = m_window->preferences();
    if (preferences.isQuiet()) {
        // Quiet hours: only a mention, or a direct message from someone marked important.
        const bool direct =
            conversation && conversation->conversation.type == QLatin1String("direct");
        if (!(preferences.breakThrough() &&
              (mentioned || (direct && preferences.isImportant(message.senderId)))))
            return;
    }
    QString title = tr("New message");
    if (conversation)
        title = conversation->conversation.title;
    for (const proto::Participant &p : people) {
        if (p.user.id == message.senderId && !p.user.name.isEmpty() && p.user.name != title) {
            title = mentioned         ? tr("%1 mentioned you in %2").arg(p.user.name, title)
                    : title.isEmpty() ? p.user.name
                                      : tr("%1 in %2").arg(p.user.name, title);
            break;
        }
    }
    const QString body = preferences.showPreview()
                             ? models::ConversationListModel::previewOf(message, m_services.userId)
                             : tr("New message");
    m_lastNotified = message.conversationId;
    Q_EMIT notified(message.conversationId, title, body);
    if (preferences.sound()) {
        Q_EMIT soundPlayed();
        QApplication::beep();
    }
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, body, m_baseIcon, 6000);
}

} // namespace kora::app
