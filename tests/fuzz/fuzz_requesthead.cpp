// The HTTP guard's request-head reader: any head is read or refused with a
// status and a message; a websocket handshake is always a bodiless GET on
// the realtime path.
#include "FuzzCheck.h"

#include "RequestHead.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto head = kora::server::parseRequestHead(bytes);
    if (!head) {
        FUZZ_CHECK(head.error().status == 400);
        FUZZ_CHECK(!head.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(head->contentLength >= 0);
    FUZZ_CHECK(head->path.startsWith(head->route));
    FUZZ_CHECK(!head->route.contains('?'));
    if (head->webSocketHandshake) {
        FUZZ_CHECK(head->method == "GET");
        FUZZ_CHECK(head->contentLength == 0 && !head->chunked);
        FUZZ_CHECK(head->route == "/socket.io/" || head->route == "/socket.io");
    }
    return 0;
}
