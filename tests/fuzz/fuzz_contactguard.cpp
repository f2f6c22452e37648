// The contact-info detector: spans are in bounds, ordered and apart, and
// masking replaces exactly them.
#include "FuzzCheck.h"

#include "protocol/ContactGuard.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<kora::proto::ContactSpan> spans = kora::proto::detectContacts(text);
    qsizetype previousEnd = 0;
    for (const auto &span : spans) {
        FUZZ_CHECK(span.offset >= previousEnd);
        FUZZ_CHECK(span.length > 0);
        FUZZ_CHECK(span.end() <= text.size());
        FUZZ_CHECK(!kora::proto::contactKindName(span.kind).isEmpty());
        previousEnd = span.end();
    }
    const QString masked = kora::proto::maskContacts(text, spans);
    if (spans.isEmpty())
        FUZZ_CHECK(masked == text);
    else
        FUZZ_CHECK(masked.contains(kora::proto::hiddenMark));
    return 0;
}
