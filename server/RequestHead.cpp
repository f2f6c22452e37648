#include "RequestHead.h"

namespace kora::server {
namespace {

// Digits only: no sign, no spaces inside, no hex, and no overflow.
bool parseLength(QByteArrayView value, qint64 *length)
{
    if (value.isEmpty() || value.size() > 18)
        return false;
    qint64 n = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *length = n;
    return true;
}

} // namespace

Expected<RequestHead, RequestHeadError> parseRequestHead(QByteArrayView head)
{
    RequestHead r;
    bool upgradeWebSocket = false;
    bool connectionUpgrade = false;
    bool hasKey = false;
    bool version13 = false;
    bool sawLength = false;
    qsizetype start = 0;
    bool first = true;
    while (start < head.size()) {
        qsizetype end = head.indexOf('\n', start);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(start, end - start).trimmed();
        start = end + 1;
        if (first) {
            first = false;
            const qsizetype space = line.indexOf(' ');
            r.method = (space < 0 ? line : line.first(space)).toByteArray();
            if (space >= 0) {
                QByteArrayView rest = line.sliced(space + 1);
                const qsizetype next = rest.indexOf(' ');
                r.path = (next < 0 ? rest : rest.first(next)).toByteArray();
            }
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            qint64 length = 0;
            if (!parseLength(value, &length))
                return unexpected(
                    RequestHeadError{400, QStringLiteral("Content-Length is not a number")});
            if (sawLength && length != r.contentLength)
                return unexpected(
                    RequestHeadError{400, QStringLiteral("two different Content-Length headers")});
            sawLength = true;
            r.contentLength = length;
        } else if (name == "transfer-encoding") {
            r.chunked = true;
        } else if (name == "upgrade") {
            upgradeWebSocket = value.toByteArray().toLower() == "websocket";
        } else if (name == "connection") {
            connectionUpgrade = value.toByteArray().toLower().contains("upgrade");
        } else if (name == "sec-websocket-key") {
            hasKey = !value.isEmpty();
        } else if (name == "sec-websocket-version") {
            version13 = value == "13";
        } else if (name == "authorization") {
            r.authorization = value.toByteArray();
        }
    }
    const qsizetype query = r.path.indexOf('?');
    r.route = query < 0 ? r.path : r.path.first(query);
    r.webSocketHandshake = upgradeWebSocket && connectionUpgrade && hasKey && version13 &&
                           r.method == "GET" && r.contentLength == 0 && !r.chunked &&
                           (r.route == "/socket.io/" || r.route == "/socket.io");
    return r;
}

} // namespace kora::server
