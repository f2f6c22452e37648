#pragma once

#include "../net/Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace kora::server {

// What the HTTP guard needs to know of a request before its body is read,
// read from the head (request line and headers, up to and including the
// blank line). Pure, so it can be fuzzed and tested without a socket.
struct RequestHead
{
    QByteArray method;
    QByteArray path;  // as sent, with the query
    QByteArray route; // the path without the query
    qint64 contentLength = 0;
    bool chunked = false; // any Transfer-Encoding at all
    QByteArray authorization;
    // GET on /socket.io/ with Upgrade: websocket, Connection: upgrade, a
    // Sec-WebSocket-Key, version 13 and no body: the websocket layer's.
    bool webSocketHandshake = false;
};

struct RequestHeadError
{
    int status = 400;
    QString message;
};

// Fails (400) on a Content-Length that is not a plain decimal number, and on
// two Content-Length headers that disagree: the guard and the HTTP server
// must never see two different bodies in one request.
Expected<RequestHead, RequestHeadError> parseRequestHead(QByteArrayView head);

} // namespace kora::server
