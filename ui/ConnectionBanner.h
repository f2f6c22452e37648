#pragma once

#include "ConnectionState.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace kora::models {
class Cache;
class SyncEngine;
} // namespace kora::models

namespace kora::ui {

class ElidedLabel;

struct Services;

// A strip over the window that tells the truth about the link: "Connecting…"
// before the first connection, "Offline — N messages waiting" while the link
// is down (N from the outbox), "Reconnected" for a moment after it is back,
// "Signed out — sign in again" (with a button) when the server refused the
// token; hidden when connected and idle. Never an endless spinner: every
// state says what is happening and, when the user can do something, how.
class ConnectionBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Mode { Hidden, Connecting, Offline, Sending, Reconnected, SignedOut };
    Q_ENUM(Mode)

    ConnectionBanner(const Services &services, QWidget *parent = nullptr);
    ConnectionBanner(models::ConnectionState &connection, models::Cache &cache,
                     QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString text() const;
    // How long "Reconnected" stays up.
    void setReconnectedMs(int ms) { m_reconnectedTimer.setInterval(ms); }

public Q_SLOTS:
    // The server refused the token: say so until setSignedOut(false).
    void setSignedOut(bool signedOut);
    void refresh();

Q_SIGNALS:
    void signInRequested();
    void modeChanged(kora::ui::ConnectionBanner::Mode mode);

private:
    void setMode(Mode mode);
    void onState(models::ConnectionState::State state);

    models::ConnectionState &m_connection;
    models::Cache &m_cache;
    ElidedLabel *m_label;
    QPushButton *m_action;
    Mode m_mode = Mode::Hidden;
    bool m_signedOut = false;
    bool m_wasOffline = false; // lost the link (or never had it) since the last connect
    bool m_everFailed = false; // one attempt failed: no more "Connecting…", say "Offline"
    bool m_showReconnected = false;
    QTimer m_reconnectedTimer;
};

} // namespace kora::ui
