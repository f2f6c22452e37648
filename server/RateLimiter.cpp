#include "RateLimiter.h"

namespace kora::server {

std::optional<int> RateLimiter::tryAcquire(const QString &key, qint64 nowMs)
{
    if (nowMs - m_lastSweepMs > m_windowMs)
        sweep(nowMs);
    std::deque<qint64> &events = m_events[key];
    while (!events.empty() && events.front() <= nowMs - m_windowMs)
        events.pop_front();
    if (int(events.size()) >= m_limit) {
        const qint64 waitMs = events.front() + m_windowMs - nowMs;
        return int((waitMs + 999) / 1000);
    }
    events.push_back(nowMs);
    return std::nullopt;
}

void RateLimiter::sweep(qint64 nowMs)
{
    m_lastSweepMs = nowMs;
    for (auto it = m_events.begin(); it != m_events.end();) {
        if (it->empty() || it->back() <= nowMs - m_windowMs)
            it = m_events.erase(it);
        else
            ++it;
    }
}

} // namespace kora::server
