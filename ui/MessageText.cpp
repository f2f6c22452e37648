#include "MessageText.h"

#include "protocol/ContactGuard.h"

#include <QRegularExpression>
#include <QTextOption>
#include <QtMath>

namespace kora::ui {

MessageText::MessageText(const QString &text, const QFont &font, int width)
{
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator); // same length: link offsets hold
    shown.replace(QLatin1Char('\r'), QLatin1Char(' '));
    m_rtl = text.isRightToLeft();
    m_links = findLinks(text);
    m_hidden = findHiddenMarks(text);
    m_layout.setText(shown);
    m_layout.setFont(font);
    m_layout.setCacheEnabled(true);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(m_rtl ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment(Qt::AlignLeading);
    m_layout.setTextOption(option);
    m_layout.beginLayout();
    qreal y = 0;
    qreal minX = width;
    for (;;) {
        QTextLine line = m_layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        m_width = qMax(m_width, line.naturalTextWidth());
        minX = qMin(minX, line.naturalTextRect().left());
        m_lastLine = line.naturalTextWidth();
    }
    m_layout.endLayout();
    m_height = qCeil(y);
    m_width = qCeil(m_width);
    m_xShift = m_layout.lineCount() > 0 ? minX : 0;
}

QList<QPair<int, int>> MessageText::findLinks(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("\\bhttps?://[^\\s<>\"]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    QList<QPair<int, int>> links;
    auto it = url.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        int length = int(m.capturedLength());
        // Punctuation that ends a sentence is not part of the link.
        while (length > 0 &&
               QStringLiteral(".,;:!?)]}'").contains(text.at(m.capturedStart() + length - 1)))
            --length;
        if (length > 8)
            links.append({int(m.capturedStart()), length});
    }
    return links;
}

QList<QPair<int, int>> MessageText::findHiddenMarks(const QString &text)
{
    QList<QPair<int, int>> marks;
    const int length = int(proto::hiddenMark.size());
    for (qsizetype at = text.indexOf(proto::hiddenMark); at >= 0;
         at = text.indexOf(proto::hiddenMark, at + length))
        marks.append({int(at), length});
    return marks;
}

QList<QRectF> MessageText::spanRects(int start, int length) const
{
    QList<QRectF> rects;
    const int end = start + length;
    for (int i = 0; i < m_layout.lineCount(); ++i) {
        const QTextLine line = m_layout.lineAt(i);
        const int from = qMax(start, line.textStart());
        const int to = qMin(end, line.textStart() + line.textLength());
        if (from >= to)
            continue;
        const qreal x1 = line.cursorToX(from);
        const qreal x2 = line.cursorToX(to);
        rects.append(QRectF(qMin(x1, x2), line.y(), qAbs(x2 - x1), line.height()));
    }
    return rects;
}

} // namespace kora::ui
