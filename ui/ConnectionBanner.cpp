#include "ConnectionBanner.h"

#include "DesignSystem.h"
#include "ElidedLabel.h"

#include "Cache.h"
#include "ClientSession.h"
#include "UiServices.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace kora::ui {

ConnectionBanner::ConnectionBanner(const Services &services, QWidget *parent)
    : ConnectionBanner(services.session.connection(), services.cache, parent)
{}

ConnectionBanner::ConnectionBanner(models::ConnectionState &connection, models::Cache &cache,
                                   QWidget *parent)
    : QFrame(parent)
    , m_connection(connection)
    , m_cache(cache)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    m_label = new ElidedLabel(this); // cut with "…" when narrow, all of it in the tooltip
    m_label->setObjectName(QStringLiteral("bannerText"));
    m_label->setAccessibleName(tr("Connection status"));
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("bannerButton"));
    m_action->setFlat(true);
    m_action->setCursor(Qt::PointingHandCursor);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(theme::spaceL, theme::spaceS, theme::spaceL, theme::spaceS);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);

    m_reconnectedTimer.setSingleShot(true);
    m_reconnectedTimer.setInterval(2500);
    connect(&m_reconnectedTimer, &QTimer::timeout, this, [this] {
        m_showReconnected = false;
        refresh();
    });
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::SignedOut)
            Q_EMIT signInRequested();
        else
            m_connection.reconnectNow();
    });
    connect(&m_connection, &models::ConnectionState::stateChanged, this,
            &ConnectionBanner::onState);
    connect(&m_connection, &models::ConnectionState::unauthorized, this,
            [this] { setSignedOut(true); });
    connect(&m_cache, &models::Cache::outboxChanged, this, &ConnectionBanner::refresh);
    m_wasOffline = !m_connection.isConnected();
    hide();
    refresh();
}

void ConnectionBanner::onState(models::ConnectionState::State state)
{
    using State = models::ConnectionState::State;
    if (state == State::Connected) {
        if (m_wasOffline && m_everFailed) {
            m_showReconnected = true;
            m_reconnectedTimer.start();
        }
        m_wasOffline = false;
        m_everFailed = false;
    } else {
        if (state == State::WaitingToReconnect || state == State::Disconnected)
            m_everFailed = true;
        if (!m_wasOffline) {
            // Lost a link we had: say "Offline" at once, not "Connecting…".
            m_everFailed = true;
        }
        m_wasOffline = true;
        m_showReconnected = false;
        m_reconnectedTimer.stop();
    }
    refresh();
}

void ConnectionBanner::setSignedOut(bool signedOut)
{
    m_signedOut = signedOut;
    refresh();
}

QString ConnectionBanner::text() const
{
    return m_label->fullText();
}

void ConnectionBanner::refresh()
{
    using State = models::ConnectionState::State;
    const State state = m_connection.state();
    if (m_signedOut || state == State::Unauthorized) {
        setMode(Mode::SignedOut);
        return;
    }
    if (state == State::Connected) {
        const int pending = m_cache.pendingCount();
        if (m_showReconnected)
            setMode(Mode::Reconnected);
        else if (pending > 0)
            setMode(Mode::Sending);
        else
            setMode(Mode::Hidden);
        return;
    }
    if (state == State::Disconnected && !m_everFailed) {
        setMode(Mode::Hidden); // not started, or closed on purpose
        return;
    }
    setMode(m_everFailed ? Mode::Offline : Mode::Connecting);
}

void ConnectionBanner::setMode(Mode mode)
{
    const int pending = m_cache.pendingCount();
    QString text;
    QString action;
    QColor background;
    switch (mode) {
    case Mode::Hidden:
        break;
    case Mode::Connecting:
        text = tr("Connecting…");
        background = theme::neutral(palette());
        break;
    case Mode::Offline:
        text = pending > 0 ? tr("Offline — %n message(s) waiting", nullptr, pending)
                           : tr("Offline — trying to reconnect");
        action = tr("Retry now");
        background = theme::warning(palette());
        break;
    case Mode::Sending:
        text = tr("Sending %n message(s)…", nullptr, pending);
        background = theme::neutral(palette());
        break;
    case Mode::Reconnected:
        text = tr("Reconnected");
        background = theme::success(palette());
        break;
    case Mode::SignedOut:
        text = tr("Signed out — sign in again");
        action = tr("Sign in…");
        background = theme::danger(palette());
        break;
    }
    m_label->setFullText(text);
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    m_action->setAccessibleName(action);
    if (background.isValid()) {
        QPalette p = palette();
        p.setColor(QPalette::Window, background);
        p.setColor(QPalette::WindowText, Qt::white);
        p.setColor(QPalette::ButtonText, Qt::white);
        p.setColor(QPalette::Button, background.darker(115));
        setPalette(p);
    }
    setAccessibleDescription(text);
    setVisible(mode != Mode::Hidden);
    if (mode != m_mode) {
        m_mode = mode;
        Q_EMIT modeChanged(mode);
    }
}

} // namespace kora::ui
