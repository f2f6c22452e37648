// Message markup (protocol 7.6): any body renders to blocks that cover the
// text in order with spans inside it, never longer than the body, and the
// composer's line view and the preview text read it without fault.
#include "FuzzCheck.h"

#include "Markup.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kora::models::markup;
    const QString body = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Rendered r = render(body);
    FUZZ_CHECK(!r.blocks.isEmpty());
    FUZZ_CHECK(r.text.size() <= body.size());
    qsizetype at = 0;
    for (const Block &b : r.blocks) {
        FUZZ_CHECK(b.start == at && b.length >= 0);
        FUZZ_CHECK(b.quoteDepth >= 0 && b.quoteDepth <= maxQuoteDepth);
        FUZZ_CHECK(b.listDepth >= 0 && b.listDepth <= maxListDepth);
        at = b.start + b.length;
        if (at < r.text.size()) {
            FUZZ_CHECK(r.text.at(at) == QLatin1Char('\n'));
            ++at;
        }
    }
    FUZZ_CHECK(at == r.text.size());
    for (const Span &s : r.spans)
        FUZZ_CHECK(s.start >= 0 && s.length > 0 && s.start + s.length <= r.text.size());
    (void)plainText(body);
    bool fence = false;
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        const LineMarkup m = lineMarkup(line, fence);
        for (const auto &[start, length] : m.markers)
            FUZZ_CHECK(start >= 0 && length >= 0 && start + length <= line.size());
        for (const Span &s : m.spans)
            FUZZ_CHECK(s.start >= 0 && s.length >= 0 && s.start + s.length <= line.size());
    }
    return 0;
}
