#pragma once

#include <QByteArray>
#include <QElapsedTimer>

#include <array>
#include <deque>

namespace kora::server {

// Counters for /metrics, in the Prometheus text format.
class Metrics
{
public:
    void socketOpened() { ++m_socketsOpen; }
    void socketClosed() { --m_socketsOpen; }
    void messageStored(double seconds);
    void httpRequest(int status);
    void setOnlineUsers(int users) { m_onlineUsers = users; }

    QByteArray render();

private:
    static constexpr std::array<double, 11> bounds{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                   0.1,   0.25,   0.5,   1.0,  2.5};
    qint64 m_socketsOpen = 0;
    qint64 m_onlineUsers = 0;
    qint64 m_messages = 0;
    std::array<qint64, bounds.size() + 1> m_latencyBuckets{};
    double m_latencySum = 0;
    qint64 m_http2xx = 0, m_http4xx = 0, m_http5xx = 0;
    std::deque<qint64> m_recentMessagesMs; // for the messages/s gauge (last 10 s)
    QElapsedTimer m_clock;
};

} // namespace kora::server
