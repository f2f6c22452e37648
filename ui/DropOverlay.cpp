#include "DropOverlay.h"

#include "ChatPane.h"
#include "Composer.h"
#include "DesignSystem.h"

#include <QDragEnterEvent>
#include <QPainter>

namespace kora::ui {

DropOverlay::DropOverlay(Composer *composer, QWidget *parent)
    : QWidget(parent)
    , m_composer(composer)
{
    setObjectName(QStringLiteral("chatDropZone"));
    setAcceptDrops(true);
    setAccessibleName(ChatPane::tr("Drop files here to attach them"));
    hide();
}

void DropOverlay::showOver(QWidget *area)
{
    setGeometry(area->rect());
    raise();
    show();
}

void DropOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    QColor veil = pal.color(QPalette::Window);
    veil.setAlpha(225);
    p.fillRect(rect(), veil);
    const QRectF zone = QRectF(rect()).adjusted(16, 16, -16, -16);
    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlpha(28);
    p.setBrush(fill);
    QPen pen(pal.color(QPalette::Highlight), 2, Qt::DashLine);
    pen.setDashPattern({6, 4});
    p.setPen(pen);
    p.drawRoundedRect(zone, theme::radiusBubble, theme::radiusBubble);
    const QFont big = theme::titleFont(font());
    const QFontMetrics bigFm(big);
    // (Strings stay in ChatPane's translation context.)
    const QString title = ChatPane::tr("Drop files here to attach them");
    const QString hint = ChatPane::tr("Images are resized to at most 2048 pixels. "
                                      "Files can be up to 25 MB.");
    const QRectF inner = zone.adjusted(24, 0, -24, 0);
    const QRectF titleRect(inner.left(), zone.center().y() - bigFm.height() - 2, inner.width(),
                           bigFm.height());
    p.setFont(big);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(titleRect, Qt::AlignCenter | Qt::TextWordWrap,
               bigFm.elidedText(title, Qt::ElideRight, int(inner.width())));
    p.setFont(font());
    QColor muted = pal.color(QPalette::PlaceholderText);
    p.setPen(muted);
    p.drawText(QRectF(inner.left(), zone.center().y() + 6, inner.width(), zone.height() / 2 - 10),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, hint);
}

void DropOverlay::dragEnterEvent(QDragEnterEvent *event)
{
    if (Composer::hasAttachments(event->mimeData()))
        event->acceptProposedAction();
}

void DropOverlay::dragMoveEvent(QDragMoveEvent *event)
{
    if (Composer::hasAttachments(event->mimeData()))
        event->acceptProposedAction();
}

void DropOverlay::dragLeaveEvent(QDragLeaveEvent *)
{
    hide();
}

void DropOverlay::dropEvent(QDropEvent *event)
{
    hide();
    if (m_composer->addAttachments(event->mimeData()))
        event->acceptProposedAction();
}

} // namespace kora::ui
