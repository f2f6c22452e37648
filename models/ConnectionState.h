#pragma once

#include <QObject>

namespace kora::net {
class SocketIoClient;
}

namespace kora::models {

// The realtime link as the UI sees it: its state, its changes, and "try now".
class ConnectionState : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, WaitingToReconnect, Unauthorized };
    Q_ENUM(State)

    // `socket` is not owned and must outlive this object.
    explicit ConnectionState(net::SocketIoClient &socket, QObject *parent = nullptr);

    State state() const;
    bool isConnected() const { return state() == State::Connected; }
    // Attempts made since the last successful connect.
    int reconnectAttempts() const;
    // Skips the rest of a reconnect wait.
    void reconnectNow();

Q_SIGNALS:
    void stateChanged(kora::models::ConnectionState::State state);
    // The link is up (after the server accepted the token).
    void connected();
    void disconnected();
    // The server refused the token: no reconnecting until signed in again.
    void unauthorized(const QString &message);

private:
    net::SocketIoClient &m_socket;
};

} // namespace kora::models
