#pragma once

#include <QList>
#include <QString>

// The Markdown subset of protocol section 7.6, read by our own parser (never
// handed to a rich-text widget): **bold**, _italic_, ~~strike~~, `code`,
// ``` fenced ``` code blocks, "- " and "1. " list items, "> " quotes and bare
// http(s) links. Everything else is text as written. A message's lines are
// hard breaks, as people type them in a chat; a marker that is never closed
// (an unclosed "**" or "```") stays in the text, so nothing anyone typed is
// ever hidden. Linear in the body's length whatever it holds.
namespace kora::models::markup {

enum Style : quint8 {
    Bold = 0x1,
    Italic = 0x2,
    Strike = 0x4,
    Code = 0x8, // an inline `code` span
    Link = 0x10,
};

// A styled range of text: display offsets for rendered text, source offsets
// for a line's markup.
struct Span
{
    int start = 0;
    int length = 0;
    Style style = Bold;
    friend bool operator==(const Span &, const Span &) = default;
};

// Quotes deeper than this are shown at this depth (their markers still go).
constexpr int maxQuoteDepth = 4;
// List items indented further than this many levels are shown at this level.
constexpr int maxListDepth = 3;

struct Block
{
    enum Kind : quint8 { Paragraph, ListItem, CodeBlock };
    Kind kind = Paragraph;
    int start = 0;      // in Rendered::text
    int length = 0;     // a code block's lines are joined with '\n'
    int quoteDepth = 0; // 0: not quoted
    int listDepth = 0;  // list items: 1 and up
    QString marker;     // list items: "•" or the number typed ("3.")
    friend bool operator==(const Block &, const Block &) = default;
};

// A body as shown: the text without markup, one block per line (a code block
// per fence), joined with '\n'; spans in the text's offsets.
struct Rendered
{
    QString text;
    QList<Block> blocks;
    QList<Span> spans;
};

Rendered render(const QString &body);

// The text a preview, a notification or a quote shows: no markers, list
// items with their bullet or number, lines joined with '\n'.
QString plainText(const QString &body);

// One line's markup in the line's own offsets, for the composer's live view.
struct LineMarkup
{
    bool fence = false;  // a ``` line (opens or closes a code block)
    bool inCode = false; // inside a fenced code block
    int quoteDepth = 0;
    bool listItem = false;
    QList<Span> spans;              // styled text (markers not included)
    QList<QPair<int, int>> markers; // {start, length}: the markup itself
};
// `inFence` carries the code block state from line to line (false at the
// start of a text); the composer cannot see whether a fence is closed later,
// so an open one styles what follows as code while it is typed.
LineMarkup lineMarkup(const QString &line, bool &inFence);

// http(s) links in plain text: {start, length} in UTF-16 units, without the
// sentence's punctuation (or markup) after them.
QList<QPair<int, int>> findLinks(const QString &text);

} // namespace kora::models::markup
