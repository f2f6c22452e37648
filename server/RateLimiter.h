#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace kora::server {

// A sliding-window limit: at most `limit` events per `windowMs` per key.
class RateLimiter
{
public:
    RateLimiter(int limit, qint64 windowMs)
        : m_limit(limit)
        , m_windowMs(windowMs)
    {}

    // Records an event for `key`. Returns nothing when it is allowed, or the
    // whole seconds to wait (for Retry-After) when it is not; refused events
    // are not recorded.
    std::optional<int> tryAcquire(const QString &key, qint64 nowMs);

private:
    void sweep(qint64 nowMs);
    int m_limit;
    qint64 m_windowMs;
    QHash<QString, std::deque<qint64>> m_events;
    qint64 m_lastSweepMs = 0;
};

} // namespace kora::server
