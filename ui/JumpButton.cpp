#include "JumpButton.h"

#include <QPainter>

namespace kora::ui {

void JumpButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF circle(4, 8, 36, 36);
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(underMouse() ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
    p.drawEllipse(circle);
    p.setPen(QPen(pal.color(QPalette::Text), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QPointF c = circle.center();
    p.drawPolyline(QPolygonF{c + QPointF(-6, -3), c + QPointF(0, 3), c + QPointF(6, -3)});
    if (text().isEmpty())
        return;
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.8);
    p.setFont(f);
    const QFontMetrics fm(f);
    const int w = qMax(fm.height(), fm.horizontalAdvance(text()) + 8);
    const QRectF badge(c.x() - w / 2.0, 0, w, fm.height());
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::Highlight));
    p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    p.setPen(pal.color(QPalette::HighlightedText));
    p.drawText(badge, Qt::AlignCenter, text());
}

} // namespace kora::ui
