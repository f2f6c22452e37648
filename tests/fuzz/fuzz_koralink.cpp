// kora:// links: anything parses to an allowed link or a message; a parsed
// link prints to a link that parses to the same.
#include "FuzzCheck.h"

#include "KoraLink.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using kora::models::KoraLink;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)KoraLink::looksLikeLink(text);
    const auto link = KoraLink::parse(text);
    if (!link) {
        FUZZ_CHECK(!link.error().isEmpty());
        return 0;
    }
    FUZZ_CHECK(text.size() <= KoraLink::MaxLength);
    FUZZ_CHECK(link->jobId.size() <= KoraLink::MaxJobId);
    FUZZ_CHECK(link->jobTitle.size() <= KoraLink::MaxJobTitle);
    const auto again = KoraLink::parse(link->toString());
    FUZZ_CHECK(again);
    FUZZ_CHECK(*again == *link);
    return 0;
}
