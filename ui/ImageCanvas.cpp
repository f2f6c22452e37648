#include "ImageCanvas.h"

#include "DesignSystem.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace kora::ui {

ImageCanvas::ImageCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("imageViewerCanvas"));
    setMinimumSize(5 * theme::space2xl, 4 * theme::space2xl);
    setCursor(Qt::OpenHandCursor);
}

void ImageCanvas::setImage(const QImage &image, QSize logicalSize, bool keepZoom)
{
    m_image = image;
    m_logical = logicalSize.isValid() && !logicalSize.isEmpty() ? logicalSize : image.size();
    if (!keepZoom) {
        m_fit = true;
        m_offset = {};
    }
    update();
    zoomChanged();
}

void ImageCanvas::setInsets(int horizontal, int vertical)
{
    m_insetH = horizontal;
    m_insetV = vertical;
    update();
    if (m_fit)
        zoomChanged();
}

double ImageCanvas::fitZoom() const
{
    if (m_logical.isEmpty())
        return 1.0;
    const double w = qMax(1, width() - 2 * m_insetH);
    const double h = qMax(1, height() - 2 * m_insetV);
    return qMin(1.0, qMin(w / m_logical.width(), h / m_logical.height()));
}

void ImageCanvas::setZoom(double zoom)
{
    m_zoom = qBound(0.05, zoom, 8.0);
    m_fit = false;
    update();
    zoomChanged();
}

void ImageCanvas::setFit()
{
    m_fit = true;
    m_offset = {};
    update();
    zoomChanged();
}

QRectF ImageCanvas::imageRect() const
{
    if (m_image.isNull())
        return {};
    const double z = zoom();
    const QSizeF shown(m_logical.width() * z, m_logical.height() * z);
    return QRectF(QPointF((width() - shown.width()) / 2 + m_offset.x(),
                          (height() - shown.height()) / 2 + m_offset.y()),
                  shown);
}

void ImageCanvas::zoomChanged()
{
    if (onZoomChanged)
        onZoomChanged();
}

void ImageCanvas::paintEvent(QPaintEvent *)
{
    if (m_image.isNull())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform, zoom() < 2.0);
    p.drawImage(imageRect(), m_image);
}

void ImageCanvas::resizeEvent(QResizeEvent *)
{
    if (m_fit)
        zoomChanged(); // the fitting zoom follows the window
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    setZoom(zoom() * (delta > 0 ? 1.25 : 0.8));
    event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressed = true;
    m_dragFrom = m_pressAt = event->position();
    setCursor(Qt::ClosedHandCursor);
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    m_offset += event->position() - m_dragFrom;
    m_dragFrom = event->position();
    update();
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    setCursor(Qt::OpenHandCursor);
    if (!m_pressed || event->button() != Qt::LeftButton)
        return;
    m_pressed = false;
    const bool click =
        (event->position() - m_pressAt).manhattanLength() < QApplication::startDragDistance();
    if (click && !imageRect().contains(event->position()) && onBackdropClicked)
        onBackdropClicked(); // may delete this canvas: nothing after it
}

} // namespace kora::ui
