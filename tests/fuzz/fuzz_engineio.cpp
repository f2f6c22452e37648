// Engine.IO framing: any frame decodes or fails cleanly; what decodes encodes
// back to the same packet; open payloads parse within their bounds.
#include "FuzzCheck.h"

#include "EngineIo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView frame(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto packet = kora::eio::decode(frame);
    if (packet) {
        const QByteArray again = kora::eio::encode(packet->type, packet->payload);
        const auto second = kora::eio::decode(again);
        FUZZ_CHECK(second);
        FUZZ_CHECK(second->type == packet->type);
        FUZZ_CHECK(second->payload == packet->payload);
    } else {
        FUZZ_CHECK(!packet.error().message.isEmpty());
    }
    const auto open = kora::eio::decodeOpen(frame);
    if (open) {
        FUZZ_CHECK(open->pingIntervalMs > 0);
        FUZZ_CHECK(open->pingTimeoutMs > 0);
        FUZZ_CHECK(open->maxPayload > 0);
        const auto back = kora::eio::decodeOpen(kora::eio::encodeOpen(*open));
        FUZZ_CHECK(back);
        FUZZ_CHECK(back->sid == open->sid);
        FUZZ_CHECK(back->pingIntervalMs == open->pingIntervalMs);
        FUZZ_CHECK(back->pingTimeoutMs == open->pingTimeoutMs);
        FUZZ_CHECK(back->maxPayload == open->maxPayload);
    }
    return 0;
}
