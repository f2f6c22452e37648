#include "MessageText.h"

#include "DesignSystem.h"

#include "protocol/ContactGuard.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>
#include <QtMath>

namespace kora::ui {

namespace mk = models::markup;

namespace {
constexpr qreal barWidth = 3;
constexpr qreal quoteStep = 11; // a bar and the room after it
constexpr qreal codePad = 6;    // inside a code block's box
constexpr qreal codeGap = 4;    // between a code block and its neighbours

// The first strong direction of a text: 1 right to left, 0 left to right,
// -1 none (digits, punctuation and emoji only).
int strongDirection(QStringView text)
{
    for (const char32_t c : text.toUcs4()) {
        switch (QChar::direction(c)) {
        case QChar::DirL:
            return 0;
        case QChar::DirR:
        case QChar::DirAL:
            return 1;
        default:
            break;
        }
    }
    return -1;
}
} // namespace

struct MessageText::Piece
{
    QTextLayout layout;
    mk::Block block;
    int index = 0;
    bool rtl = false;
    qreal indent = 0;
    qreal natural = 0; // the widest line
    qreal top = 0;     // of its lines, or of a code block's box
    qreal bottom = 0;
    QPointF origin; // where the layout's (0, 0) is drawn
    QRectF box;     // a code block's box
    qreal maxScroll = 0;
    QList<QPair<int, int>> codeSpans; // inline `code`, in the block's offsets
};

MessageText::MessageText(const QString &body, const QFont &font, int width, bool markup)
{
    mk::Rendered rendered;
    if (markup) {
        rendered = mk::render(body);
        for (const mk::Span &span : std::as_const(rendered.spans)) {
            if (span.style == mk::Link)
                m_links.append({span.start, span.length});
        }
        std::sort(m_links.begin(), m_links.end());
    } else {
        rendered.text = body;
        rendered.text.replace(QLatin1Char('\r'), QLatin1Char(' '));
        rendered.blocks.append(mk::Block{mk::Block::Paragraph, 0, int(body.size())});
        m_links = mk::findLinks(rendered.text);
    }
    m_text = rendered.text;
    m_hidden = findHiddenMarks(m_text);
    m_rtl = m_text.isRightToLeft();

    const QFontMetricsF fm(font);
    const qreal listStep = qCeil(fm.horizontalAdvance(QStringLiteral("00."))) + 6;
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.95 : mono.pointSizeF());
    const QStringList monoFamilies = theme::monospaceFamilies();

    qreal y = 0;
    const int count = int(rendered.blocks.size());
    for (int bi = 0; bi < count; ++bi) {
        const mk::Block &b = rendered.blocks.at(bi);
        auto piece = std::make_unique<Piece>();
        piece->block = b;
        piece->index = bi;
        const bool code = b.kind == mk::Block::CodeBlock;
        const QStringView own = QStringView(m_text).mid(b.start, b.length);
        const int direction = strongDirection(own);
        piece->rtl = !code && (direction < 0 ? m_rtl : direction == 1);
        piece->indent =
            b.quoteDepth * quoteStep + (b.kind == mk::Block::ListItem ? b.listDepth * listStep : 0);
        QString shown = own.toString();
        shown.replace(QLatin1Char('\n'), QChar::LineSeparator); // same length: offsets hold
        piece->layout.setText(shown);
        piece->layout.setFont(code ? mono : font);
        piece->layout.setCacheEnabled(true);
        QList<QTextLayout::FormatRange> formats;
        for (const mk::Span &span : std::as_const(rendered.spans)) {
            const int from = qMax(span.start, b.start);
            const int to = qMin(span.start + span.length, b.start + b.length);
            if (from >= to || span.style == mk::Link)
                continue;
            QTextLayout::FormatRange range;
            range.start = from - b.start;
            range.length = to - from;
            switch (span.style) {
            case mk::Bold:
                range.format.setFontWeight(QFont::Bold);
                break;
            case mk::Italic:
                range.format.setFontItalic(true);
                break;
            case mk::Strike:
                range.format.setFontStrikeOut(true);
                break;
            case mk::Code:
                range.format.setFontFamilies(monoFamilies);
                range.format.setFontFixedPitch(true);
                piece->codeSpans.append({range.start, range.length});
                break;
            case mk::Link:
                break;
            }
            formats.append(range);
        }
        piece->layout.setFormats(formats);
        QTextOption option;
        option.setWrapMode(code ? QTextOption::NoWrap : QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setTextDirection(piece->rtl ? Qt::RightToLeft : Qt::LeftToRight);
        option.setAlignment(Qt::AlignLeading);
        piece->layout.setTextOption(option);
        const qreal avail = qMax<qreal>(24, width - piece->indent - (code ? 2 * codePad : 0));

        if (code && bi > 0)
            y += codeGap;
        piece->top = y;
        const qreal linesTop = code ? y + codePad : y;
        qreal ly = 0;
        piece->layout.beginLayout();
        for (;;) {
            QTextLine line = piece->layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(avail);
            line.setPosition(QPointF(0, ly));
            ly += line.height();
            piece->natural = qMax(piece->natural, line.naturalTextWidth());
            ++m_lineCount;
        }
        piece->layout.endLayout();
        y = linesTop + ly + (code ? codePad : 0);
        piece->bottom = y;
        piece->origin.setY(linesTop);
        if (code && bi < count - 1)
            y += codeGap;
        m_width = qMax(m_width, piece->indent + piece->natural + (code ? 2 * codePad : 0));
        m_pieces.push_back(std::move(piece));
    }
    m_width = qMin<qreal>(qCeil(m_width), width);
    m_height = qCeil(y);

    // Each paragraph starts from its own direction's edge; a code block's box
    // spans the text's width and scrolls when its lines are wider.
    for (const auto &p : m_pieces) {
        if (p->block.kind == mk::Block::CodeBlock) {
            p->box = QRectF(p->indent, p->top, m_width - p->indent, p->bottom - p->top);
            p->origin.setX(p->box.left() + codePad);
            p->maxScroll = qMax<qreal>(0, qCeil(p->natural + 2 * codePad - p->box.width()));
            if (p->maxScroll > 0)
                m_scrollable.append({p->index, p->box, p->maxScroll});
        } else {
            // Qt aligns the lines in their width as it likes; each is placed here.
            for (int i = 0; i < p->layout.lineCount(); ++i) {
                QTextLine line = p->layout.lineAt(i);
                const QRectF rect = line.naturalTextRect();
                const qreal left = p->rtl ? m_width - p->indent - rect.width() : p->indent;
                line.setPosition(QPointF(line.position().x() + left - rect.left(), line.y()));
            }
        }
    }
    if (!m_pieces.empty()) {
        const Piece &last = *m_pieces.back();
        if (last.block.kind == mk::Block::CodeBlock) {
            m_lastLine = qreal(width) * 4; // the time goes under a code block
        } else if (last.layout.lineCount() > 0) {
            const QTextLine line = last.layout.lineAt(last.layout.lineCount() - 1);
            m_lastLine = qCeil(last.indent + line.naturalTextWidth());
        }
    }
}

MessageText::~MessageText() = default;

QList<QPair<int, int>> MessageText::findHiddenMarks(const QString &text)
{
    QList<QPair<int, int>> marks;
    const int length = int(proto::hiddenMark.size());
    for (qsizetype at = text.indexOf(proto::hiddenMark); at >= 0;
         at = text.indexOf(proto::hiddenMark, at + length))
        marks.append({int(at), length});
    return marks;
}

QRectF MessageText::lineRect(const Piece &piece, const QTextLine &line) const
{
    return line.naturalTextRect().translated(piece.origin);
}

QList<QRectF> MessageText::spanRects(int start, int length) const
{
    QList<QRectF> rects;
    const int end = start + length;
    for (const auto &p : m_pieces) {
        const int from = qMax(start, p->block.start) - p->block.start;
        const int to = qMin(end, p->block.start + p->block.length) - p->block.start;
        if (from >= to)
            continue;
        for (int i = 0; i < p->layout.lineCount(); ++i) {
            const QTextLine line = p->layout.lineAt(i);
            const int a = qMax(from, line.textStart());
            const int b = qMin(to, line.textStart() + line.textLength());
            if (a >= b)
                continue;
            const qreal x1 = line.cursorToX(a);
            const qreal x2 = line.cursorToX(b);
            rects.append(
                QRectF(qMin(x1, x2), line.y(), qAbs(x2 - x1), line.height()).translated(p->origin));
        }
    }
    return rects;
}

int MessageText::cursorAt(const QPointF &pos) const
{
    for (const auto &p : m_pieces) {
        if (pos.y() < p->top || pos.y() >= p->bottom)
            continue;
        if (p->block.kind == mk::Block::CodeBlock)
            return -1; // nothing in a code block is a link
        for (int i = 0; i < p->layout.lineCount(); ++i) {
            const QTextLine line = p->layout.lineAt(i);
            const QRectF rect = lineRect(*p, line);
            if (pos.y() < rect.top() || pos.y() >= rect.bottom())
                continue;
            if (pos.x() < rect.left() || pos.x() > rect.right())
                return -1;
            return p->block.start +
                   line.xToCursor(pos.x() - p->origin.x(), QTextLine::CursorOnCharacter);
        }
        return -1;
    }
    return -1;
}

void MessageText::draw(QPainter *painter, const QPointF &pos,
                       const QList<QTextLayout::FormatRange> &formats, const Colors &colors,
                       const QHash<int, qreal> &scroll) const
{
    for (const auto &p : m_pieces) {
        const mk::Block &b = p->block;
        QList<QTextLayout::FormatRange> own;
        for (const QPair<int, int> &span : std::as_const(p->codeSpans)) {
            QTextLayout::FormatRange range;
            range.start = span.first;
            range.length = span.second;
            range.format.setBackground(colors.code);
            own.append(range);
        }
        for (const QTextLayout::FormatRange &f : formats) {
            const int from = qMax(f.start, b.start);
            const int to = qMin(f.start + f.length, b.start + b.length);
            if (from >= to)
                continue;
            QTextLayout::FormatRange range = f;
            range.start = from - b.start;
            range.length = to - from;
            own.append(range);
        }
        if (b.kind == mk::Block::CodeBlock) {
            const QRectF box = p->box.translated(pos);
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(colors.code);
            painter->drawRoundedRect(box, 4, 4);
            const qreal shift = qBound<qreal>(0, scroll.value(p->index), p->maxScroll);
            if (p->maxScroll > 0) {
                // Where the visible part is in the whole line: a thin thumb.
                const QRectF track(box.left() + 4, box.bottom() - 3, box.width() - 8, 2);
                const qreal part = box.width() / (box.width() + p->maxScroll);
                QRectF thumb(track.left(), track.top(), qMax<qreal>(12, track.width() * part),
                             track.height());
                thumb.moveLeft(track.left() +
                               (track.width() - thumb.width()) * shift / p->maxScroll);
                QColor c = colors.accent;
                c.setAlphaF(0.6f);
                painter->setBrush(c);
                painter->drawRoundedRect(thumb, 1, 1);
            }
            painter->setClipRect(box.adjusted(2, 0, -2, 0), Qt::IntersectClip);
            painter->setPen(colors.text);
            p->layout.draw(painter, pos + p->origin - QPointF(shift, 0), own);
            painter->restore();
            continue;
        }
        if (b.quoteDepth > 0) {
            painter->save();
            painter->setPen(Qt::NoPen);
            painter->setBrush(colors.muted);
            for (int d = 0; d < b.quoteDepth; ++d) {
                const qreal x = p->rtl ? m_width - d * quoteStep - barWidth : d * quoteStep;
                painter->drawRoundedRect(
                    QRectF(pos.x() + x, pos.y() + p->top + 1, barWidth, p->bottom - p->top - 2), 1,
                    1);
            }
            painter->restore();
        }
        if (b.kind == mk::Block::ListItem && p->layout.lineCount() > 0) {
            painter->save();
            painter->setFont(p->layout.font());
            painter->setPen(colors.muted);
            const QTextLine first = p->layout.lineAt(0);
            const qreal gutter = 4;
            const qreal w = p->indent - b.quoteDepth * quoteStep;
            const qreal x = p->rtl ? m_width - p->indent + gutter : p->indent - w;
            const QRectF rect(pos.x() + x, pos.y() + p->origin.y() + first.y(), w - gutter,
                              first.height());
            painter->drawText(rect, (p->rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                              b.marker);
            painter->restore();
        }
        p->layout.draw(painter, pos + p->origin, own);
    }
}

} // namespace kora::ui
