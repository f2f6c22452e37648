#include "Metrics.h"

namespace kora::server {

void Metrics::messageStored(double seconds)
{
    if (!m_clock.isValid())
        m_clock.start();
    ++m_messages;
    m_latencySum += seconds;
    size_t bucket = 0;
    while (bucket < bounds.size() && seconds > bounds[bucket])
        ++bucket;
    ++m_latencyBuckets[bucket];
    const qint64 now = m_clock.elapsed();
    m_recentMessagesMs.push_back(now);
    while (!m_recentMessagesMs.empty() && m_recentMessagesMs.front() < now - 10'000)
        m_recentMessagesMs.pop_front();
}

void Metrics::httpRequest(int status)
{
    if (status >= 500)
        ++m_http5xx;
    else if (status >= 400)
        ++m_http4xx;
    else
        ++m_http2xx;
}

QByteArray Metrics::render()
{
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 now = m_clock.elapsed();
    while (!m_recentMessagesMs.empty() && m_recentMessagesMs.front() < now - 10'000)
        m_recentMessagesMs.pop_front();

    QByteArray out;
    auto line = [&out](const char *text) { out.append(text).append('\n'); };
    line("# HELP kora_connections Open realtime (websocket) connections.");
    line("# TYPE kora_connections gauge");
    out.append("kora_connections ").append(QByteArray::number(m_socketsOpen)).append('\n');
    line("# HELP kora_online_users Users with at least one open connection.");
    line("# TYPE kora_online_users gauge");
    out.append("kora_online_users ").append(QByteArray::number(m_onlineUsers)).append('\n');
    line("# HELP kora_messages_total Messages stored since start.");
    line("# TYPE kora_messages_total counter");
    out.append("kora_messages_total ").append(QByteArray::number(m_messages)).append('\n');
    line("# HELP kora_messages_per_second Messages stored per second over the last 10 s.");
    line("# TYPE kora_messages_per_second gauge");
    out.append("kora_messages_per_second ")
        .append(QByteArray::number(double(m_recentMessagesMs.size()) / 10.0))
        .append('\n');
    line("# HELP kora_send_latency_seconds Time from receiving a send to having stored and fanned "
         "it out.");
    line("# TYPE kora_send_latency_seconds histogram");
    qint64 cumulative = 0;
    for (size_t i = 0; i < bounds.size(); ++i) {
        cumulative += m_latencyBuckets[i];
        out.append("kora_send_latency_seconds_bucket{le=\"")
            .append(QByteArray::number(bounds[i]))
            .append("\"} ")
            .append(QByteArray::number(cumulative))
            .append('\n');
    }
    cumulative += m_latencyBuckets.back();
    out.append("kora_send_latency_seconds_bucket{le=\"+Inf\"} ")
        .append(QByteArray::number(cumulative))
        .append('\n');
    out.append("kora_send_latency_seconds_sum ")
        .append(QByteArray::number(m_latencySum))
        .append('\n');
    out.append("kora_send_latency_seconds_count ")
        .append(QByteArray::number(cumulative))
        .append('\n');
    line("# HELP kora_http_requests_total HTTP requests answered, by status class.");
    line("# TYPE kora_http_requests_total counter");
    out.append("kora_http_requests_total{class=\"2xx\"} ")
        .append(QByteArray::number(m_http2xx))
        .append('\n');
    out.append("kora_http_requests_total{class=\"4xx\"} ")
        .append(QByteArray::number(m_http4xx))
        .append('\n');
    out.append("kora_http_requests_total{class=\"5xx\"} ")
        .append(QByteArray::number(m_http5xx))
        .append('\n');
    return out;
}

} // namespace kora::server
