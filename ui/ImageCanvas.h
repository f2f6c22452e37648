#pragma once

#include <QImage>
#include <QWidget>

#include <functional>

namespace kora::ui {

// Draws one image at a zoom factor, centred in what is left between `inset`
// on each side, moved by dragging; the wheel zooms. Transparent around the
// image: the viewer's backdrop shows there, and a click on it (not a drag)
// calls onBackdropClicked.
class ImageCanvas : public QWidget
{
public:
    explicit ImageCanvas(QWidget *parent);

    void setImage(const QImage &image, QSize logicalSize, bool keepZoom);
    // Room kept free left and right (the arrows) and above and below.
    void setInsets(int horizontal, int vertical);
    double fitZoom() const;
    double zoom() const { return m_fit ? fitZoom() : m_zoom; }
    bool fitting() const { return m_fit; }
    void setZoom(double zoom);
    void setFit();
    // Where the image is drawn (empty when there is none).
    QRectF imageRect() const;

    std::function<void()> onZoomChanged;
    std::function<void()> onBackdropClicked;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void zoomChanged();

    QImage m_image;
    QSize m_logical;
    double m_zoom = 1.0;
    bool m_fit = true;
    int m_insetH = 0;
    int m_insetV = 0;
    QPointF m_offset;
    QPointF m_dragFrom;
    QPointF m_pressAt;
    bool m_pressed = false;
};

} // namespace kora::ui
