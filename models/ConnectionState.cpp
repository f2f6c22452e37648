#include "ConnectionState.h"

#include "SocketIoClient.h"

namespace kora::models {

namespace {
ConnectionState::State fromSocket(net::SocketIoClient::State state)
{
    using S = net::SocketIoClient::State;
    switch (state) {
    case S::Disconnected:
        return ConnectionState::State::Disconnected;
    case S::Connecting:
        return ConnectionState::State::Connecting;
    case S::Connected:
        return ConnectionState::State::Connected;
    case S::WaitingToReconnect:
        return ConnectionState::State::WaitingToReconnect;
    case S::Unauthorized:
        return ConnectionState::State::Unauthorized;
    }
    return ConnectionState::State::Disconnected;
}
} // namespace

ConnectionState::ConnectionState(net::SocketIoClient &socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    connect(&m_socket, &net::SocketIoClient::stateChanged, this,
            [this](net::SocketIoClient::State state) { Q_EMIT stateChanged(fromSocket(state)); });
    connect(&m_socket, &net::SocketIoClient::connected, this, &ConnectionState::connected);
    connect(&m_socket, &net::SocketIoClient::disconnected, this, &ConnectionState::disconnected);
    connect(&m_socket, &net::SocketIoClient::unauthorized, this, &ConnectionState::unauthorized);
}

ConnectionState::State ConnectionState::state() const
{
    return fromSocket(m_socket.state());
}

int ConnectionState::reconnectAttempts() const
{
    return m_socket.reconnectAttempts();
}

void ConnectionState::reconnectNow()
{
    m_socket.reconnectNow();
}

} // namespace kora::models
