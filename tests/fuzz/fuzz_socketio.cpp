// Socket.IO packets: any payload decodes or fails cleanly; a decoded packet
// encodes to a frame that decodes to the same packet.
#include "FuzzCheck.h"

#include "SocketIo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView payload(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto packet = kora::sio::decode(payload);
    if (!packet) {
        FUZZ_CHECK(!packet.error().message.isEmpty());
        return 0;
    }
    (void)packet->eventName();
    (void)packet->eventArgs();
    const QByteArray frame = kora::sio::encodeFrame(*packet);
    FUZZ_CHECK(frame.startsWith('4'));
    const auto again = kora::sio::decode(QByteArrayView(frame).sliced(1));
    FUZZ_CHECK(again);
    FUZZ_CHECK(again->type == packet->type);
    FUZZ_CHECK(again->nsp == packet->nsp);
    FUZZ_CHECK(again->ackId == packet->ackId);
    FUZZ_CHECK(again->data == packet->data);
    return 0;
}
