#pragma once

#include "Markup.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPainter;

namespace kora::ui {

// How far each code block of a row is scrolled sideways: by row
// (LocalIdRole), then by the block's index in the text.
using CodeScroll = QHash<qint64, QHash<int, qreal>>;

// The body of one bubble laid out at one width with QTextLayout (never
// HTML): the Markdown subset of protocol 7.6 read by models::markup into
// blocks, each its own paragraph with its own direction: bold, italic,
// struck and `code` text, lists indented behind their bullet or number,
// quotes behind a bar, code blocks in a monospace box that scrolls sideways
// when wider than the bubble. System lines and placeholders are shown as
// written (`markup` false). Built once per text, font and width
// (MessageLayout keeps them); painting and hit-testing read it.
class MessageText
{
public:
    MessageText(const QString &body, const QFont &font, int width, bool markup = true);
    ~MessageText();

    // The text as shown (markup taken out); every offset below is into it.
    const QString &text() const { return m_text; }
    const QList<QPair<int, int>> &links() const { return m_links; } // {start, length}
    // Where the server's contact guard put proto::hiddenMark in place of
    // contact details ({start, length}); shown as chips when the message says
    // it was masked (MessageListModel::FlagsRole).
    const QList<QPair<int, int>> &hiddenMarks() const { return m_hidden; }
    // The rectangles a span covers, one per line it is on (text coordinates).
    QList<QRectF> spanRects(int start, int length) const;
    // The text offset under `pos` (text coordinates), -1 off the text.
    int cursorAt(const QPointF &pos) const;
    int lineCount() const { return m_lineCount; }
    qreal width() const { return m_width; }       // widest block
    qreal height() const { return m_height; }     // all blocks
    qreal lastLine() const { return m_lastLine; } // how far the last line reaches
    bool isRightToLeft() const { return m_rtl; }  // the text's own direction

    // A code block wider than the bubble: where it is shown (text
    // coordinates) and how far it can scroll.
    struct CodeBox
    {
        int block = 0; // its index among the text's blocks
        QRectF rect;
        qreal maxScroll = 0;
    };
    const QList<CodeBox> &scrollableCode() const { return m_scrollable; }

    struct Colors
    {
        QColor text;
        QColor muted;  // list markers, quote bars
        QColor code;   // code backgrounds
        QColor accent; // a code block's scroll thumb
    };
    // Draws the text with `pos` as its top left; `formats` (colours only) in
    // text offsets; `scroll` by block index.
    void draw(QPainter *painter, const QPointF &pos, const QList<QTextLayout::FormatRange> &formats,
              const Colors &colors, const QHash<int, qreal> &scroll = {}) const;

    static QList<QPair<int, int>> findHiddenMarks(const QString &text);

private:
    struct Piece;
    QRectF lineRect(const Piece &piece, const QTextLine &line) const;

    QString m_text;
    std::vector<std::unique_ptr<Piece>> m_pieces;
    QList<QPair<int, int>> m_links;
    QList<QPair<int, int>> m_hidden;
    QList<CodeBox> m_scrollable;
    int m_lineCount = 0;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_lastLine = 0;
    bool m_rtl = false;
};

} // namespace kora::ui
