#pragma once

#include <QFont>
#include <QList>
#include <QPair>
#include <QString>
#include <QTextLayout>

namespace kora::ui {

// The body of one bubble laid out as plain text (QTextLayout, never HTML) at
// one width: its lines, the http(s) links in it and the sizes the bubble is
// built around. Built once per text, font and width (MessageLayout keeps
// them); painting and hit-testing read it.
class MessageText
{
public:
    MessageText(const QString &text, const QFont &font, int width);

    const QTextLayout &layout() const { return m_layout; }
    const QList<QPair<int, int>> &links() const { return m_links; } // {start, length}
    // Where the server's contact guard put proto::hiddenMark in place of
    // contact details ({start, length}); shown as chips when the message says
    // it was masked (MessageListModel::FlagsRole).
    const QList<QPair<int, int>> &hiddenMarks() const { return m_hidden; }
    // The rectangles a span covers, one per line it is on (layout coordinates).
    QList<QRectF> spanRects(int start, int length) const;
    qreal width() const { return m_width; }       // widest line
    qreal height() const { return m_height; }     // all lines
    qreal lastLine() const { return m_lastLine; } // width of the last line
    qreal xShift() const { return m_xShift; }     // moves right-aligned lines to the edge
    bool isRightToLeft() const { return m_rtl; }  // the paragraph's own direction

    // http(s) links in a body: {start, length} in UTF-16 units.
    static QList<QPair<int, int>> findLinks(const QString &text);
    static QList<QPair<int, int>> findHiddenMarks(const QString &text);

private:
    QTextLayout m_layout;
    QList<QPair<int, int>> m_links;
    QList<QPair<int, int>> m_hidden;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_lastLine = 0;
    qreal m_xShift = 0;
    bool m_rtl = false;
};

} // namespace kora::ui
