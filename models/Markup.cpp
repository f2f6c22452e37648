#include "Markup.h"

#include "Participants.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

namespace kora::models::markup {

namespace {

// Up to three spaces, then at least three backticks; `info` says whether
// anything but spaces may follow (an opening fence's language name).
bool isFence(const QString &line, bool info)
{
    int i = 0;
    while (i < line.size() && i < 3 && line.at(i) == QLatin1Char(' '))
        ++i;
    int ticks = 0;
    while (i < line.size() && line.at(i) == QLatin1Char('`')) {
        ++i;
        ++ticks;
    }
    if (ticks < 3)
        return false;
    for (; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('`'))
            return false; // "```a```" is inline code, not a fence
        if (!info && !c.isSpace())
            return false;
    }
    return true;
}

struct LineParse
{
    int quoteDepth = 0;
    bool listItem = false;
    int listDepth = 0;
    QString marker;
    int contentStart = 0;
    QList<QPair<int, int>> markers; // source offsets, prefix first
    QList<Span> spans;              // source offsets
};

// Inline markup of line[from, to): links and code spans are taken whole
// (nothing inside them is markup), then delimiter pairs are matched on a
// stack, innermost first; a delimiter without its pair stays text.
void parseInline(const QString &line, int from, int to, LineParse &out)
{
    QList<QPair<int, int>> links = findLinks(line.mid(from, to - from));
    for (auto &link : links)
        link.first += from;
    qsizetype nextLink = 0;
    struct Open
    {
        int pos;
        int length;
        QChar ch;
    };
    QVarLengthArray<Open, 16> open;
    constexpr qsizetype maxOpen = 64; // deeper nesting is text

    int i = from;
    while (i < to) {
        if (nextLink < links.size() && links.at(nextLink).first == i) {
            out.spans.append({i, links.at(nextLink).second, Link});
            i += links.at(nextLink).second;
            ++nextLink;
            continue;
        }
        const QChar c = line.at(i);
        if (c == QLatin1Char('`')) {
            const auto runAt = [&](int at) {
                int end = at;
                while (end < to && line.at(end) == QLatin1Char('`'))
                    ++end;
                return end - at;
            };
            const int n = runAt(i);
            int close = -1;
            for (int j = i + n; j < to;) {
                if (line.at(j) != QLatin1Char('`')) {
                    ++j;
                    continue;
                }
                const int m = runAt(j);
                if (m == n) {
                    close = j;
                    break;
                }
                j += m;
            }
            if (close > i + n) {
                out.markers.append({i, n});
                out.markers.append({close, n});
                out.spans.append({i + n, close - i - n, Code});
                i = close + n;
                while (nextLink < links.size() && links.at(nextLink).first < i)
                    ++nextLink; // a link inside code is code
                continue;
            }
            i += n;
            continue;
        }
        int length = 0;
        if ((c == QLatin1Char('*') || c == QLatin1Char('~')) && i + 1 < to && line.at(i + 1) == c) {
            length = 2;
        } else if (c == QLatin1Char('_')) {
            int end = i;
            while (end < to && line.at(end) == QLatin1Char('_'))
                ++end;
            if (end - i > 1) { // "__init__", "___": text
                i = end;
                continue;
            }
            length = 1;
        }
        if (length == 0) {
            ++i;
            continue;
        }
        const QChar before = i > from ? line.at(i - 1) : QChar(QLatin1Char(' '));
        const QChar after = i + length < to ? line.at(i + length) : QChar(QLatin1Char(' '));
        bool canOpen = !after.isSpace();
        bool canClose = !before.isSpace();
        if (c == QLatin1Char('_')) { // snake_case is not italic
            canOpen = canOpen && !isWordChar(before);
            canClose = canClose && !isWordChar(after);
        }
        if (canClose) {
            qsizetype k = open.size() - 1;
            while (k >= 0 && !(open.at(k).ch == c && open.at(k).length == length &&
                               open.at(k).pos + length < i))
                --k;
            if (k >= 0) {
                const Open &o = open.at(k);
                out.markers.append({o.pos, length});
                out.markers.append({i, length});
                const Style style = c == QLatin1Char('*')   ? Bold
                                    : c == QLatin1Char('~') ? Strike
                                                            : Italic;
                out.spans.append({o.pos + length, i - o.pos - length, style});
                open.resize(k); // openers inside the pair that never closed are text
                i += length;
                continue;
            }
        }
        if (canOpen && open.size() < maxOpen)
            open.append({i, length, c});
        i += length;
    }
}

LineParse parseLine(const QString &line)
{
    LineParse out;
    const int n = int(line.size());
    int p = 0;
    int lead = 0;
    while (lead < n && lead < 3 && line.at(lead) == QLatin1Char(' '))
        ++lead;
    if (lead < n && line.at(lead) == QLatin1Char('>')) {
        // "> ", ">> ", "> > ": a '>' followed by a space, another '>' or the
        // line's end; ">_<" is a face, not a quote.
        int q = lead;
        int depth = 0;
        while (q < n && line.at(q) == QLatin1Char('>')) {
            const bool marker = q + 1 >= n || line.at(q + 1) == QLatin1Char(' ') ||
                                line.at(q + 1) == QLatin1Char('>');
            if (!marker)
                break;
            ++depth;
            ++q;
            if (q < n && line.at(q) == QLatin1Char(' '))
                ++q;
        }
        if (depth > 0) {
            out.quoteDepth = std::min(depth, maxQuoteDepth);
            out.markers.append({0, q});
            p = q;
        }
    }
    int r = p;
    while (r < n && line.at(r) == QLatin1Char(' '))
        ++r;
    const int indent = r - p;
    int content = -1;
    if (r + 1 < n && line.at(r) == QLatin1Char('-') && line.at(r + 1) == QLatin1Char(' ')) {
        out.marker = QStringLiteral("•");
        content = r + 2;
    } else {
        int d = r;
        while (d < n && d - r < 9 && line.at(d).isDigit() && line.at(d).unicode() < 128)
            ++d;
        if (d > r && d + 1 < n && line.at(d) == QLatin1Char('.') &&
            line.at(d + 1) == QLatin1Char(' ')) {
            out.marker = line.mid(r, d - r + 1);
            content = d + 2;
        }
    }
    if (content >= 0) {
        out.listItem = true;
        out.listDepth = std::min(indent / 2, maxListDepth - 1) + 1;
        out.markers.append({p, content - p});
        p = content;
    }
    out.contentStart = p;
    parseInline(line, p, n, out);
    std::sort(out.markers.begin(), out.markers.end());
    return out;
}

} // namespace

QList<QPair<int, int>> findLinks(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("\\bhttps?://[^\\s<>\"`]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    QList<QPair<int, int>> links;
    if (!text.contains(QLatin1String("://")))
        return links;
    auto it = url.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        int length = int(m.capturedLength());
        // Punctuation that ends a sentence, or markup around the link, is not
        // part of it.
        while (length > 0 &&
               QStringLiteral(".,;:!?)]}'*_~").contains(text.at(m.capturedStart() + length - 1)))
            --length;
        if (length > 8)
            links.append({int(m.capturedStart()), length});
    }
    return links;
}

Rendered render(const QString &body)
{
    Rendered out;
    QStringList lines = body.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    }
    // The last line that can close a fence: an opening fence after it stays
    // text, so no fence is looked for twice.
    int lastClose = -1;
    for (int i = int(lines.size()) - 1; i >= 0 && lastClose < 0; --i) {
        if (isFence(lines.at(i), false))
            lastClose = i;
    }
    const auto newBlock = [&out] {
        if (!out.blocks.isEmpty())
            out.text.append(QLatin1Char('\n'));
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (i < lastClose && isFence(line, true)) {
            int close = i + 1;
            while (!isFence(lines.at(close), false))
                ++close;
            newBlock();
            Block block;
            block.kind = Block::CodeBlock;
            block.start = int(out.text.size());
            for (int j = i + 1; j < close; ++j) {
                if (j > i + 1)
                    out.text.append(QLatin1Char('\n'));
                out.text.append(lines.at(j));
            }
            block.length = int(out.text.size()) - block.start;
            out.blocks.append(block);
            i = close;
            continue;
        }
        const LineParse parsed = parseLine(line);
        newBlock();
        Block block;
        block.kind = parsed.listItem ? Block::ListItem : Block::Paragraph;
        block.start = int(out.text.size());
        block.quoteDepth = parsed.quoteDepth;
        block.listDepth = parsed.listDepth;
        block.marker = parsed.marker;
        // Where each source offset lands in the text, markers left out.
        QList<int> at(line.size() + 1);
        qsizetype marker = 0;
        for (int s = 0; s <= line.size(); ++s) {
            at[s] = int(out.text.size());
            if (s == line.size())
                break;
            while (marker < parsed.markers.size() &&
                   parsed.markers.at(marker).first + parsed.markers.at(marker).second <= s)
                ++marker;
            const bool hidden =
                marker < parsed.markers.size() && parsed.markers.at(marker).first <= s;
            if (!hidden)
                out.text.append(line.at(s));
        }
        for (const Span &span : parsed.spans) {
            const int start = at.at(span.start);
            const int length = at.at(span.start + span.length) - start;
            if (length > 0)
                out.spans.append({start, length, span.style});
        }
        block.length = int(out.text.size()) - block.start;
        out.blocks.append(block);
    }
    return out;
}

QString plainText(const QString &body)
{
    const Rendered r = render(body);
    QString out;
    out.reserve(r.text.size());
    for (qsizetype i = 0; i < r.blocks.size(); ++i) {
        const Block &block = r.blocks.at(i);
        if (i > 0)
            out.append(QLatin1Char('\n'));
        if (block.kind == Block::ListItem)
            out.append(block.marker + QLatin1Char(' '));
        out.append(QStringView(r.text).mid(block.start, block.length));
    }
    return out;
}

LineMarkup lineMarkup(const QString &line, bool &inFence)
{
    LineMarkup out;
    if (inFence) {
        if (isFence(line, false)) {
            inFence = false;
            out.fence = true;
            out.markers.append({0, int(line.size())});
        } else {
            out.inCode = true;
        }
        return out;
    }
    if (isFence(line, true)) {
        inFence = true;
        out.fence = true;
        out.markers.append({0, int(line.size())});
        return out;
    }
    LineParse parsed = parseLine(line);
    out.quoteDepth = parsed.quoteDepth;
    out.listItem = parsed.listItem;
    out.spans = std::move(parsed.spans);
    out.markers = std::move(parsed.markers);
    return out;
}

} // namespace kora::models::markup
