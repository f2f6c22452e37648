#include "ImageViewer.h"

#include "MediaCache.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace kora::ui {

// Draws one image at a zoom factor, centred, moved by dragging.
class ImageCanvas : public QWidget
{
public:
    explicit ImageCanvas(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("imageViewerCanvas"));
        setMinimumSize(200, 150);
        setAttribute(Qt::WA_OpaquePaintEvent);
        setCursor(Qt::OpenHandCursor);
    }

    void setImage(const QImage &image, QSize logicalSize, bool keepZoom)
    {
        m_image = image;
        m_logical = logicalSize.isValid() && !logicalSize.isEmpty() ? logicalSize : image.size();
        if (!keepZoom) {
            m_fit = true;
            m_offset = {};
        }
        update();
    }
    double fitZoom() const
    {
        if (m_logical.isEmpty())
            return 1.0;
        return qMin(1.0, qMin(double(width() - 16) / m_logical.width(),
                              double(height() - 16) / m_logical.height()));
    }
    double zoom() const { return m_fit ? fitZoom() : m_zoom; }
    bool fitting() const { return m_fit; }
    void setZoom(double zoom)
    {
        m_zoom = qBound(0.05, zoom, 8.0);
        m_fit = false;
        update();
    }
    void setFit()
    {
        m_fit = true;
        m_offset = {};
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), QColor(28, 28, 30));
        if (m_image.isNull())
            return;
        const double z = zoom();
        const QSizeF shown(m_logical.width() * z, m_logical.height() * z);
        const QRectF target(QPointF((width() - shown.width()) / 2 + m_offset.x(),
                                    (height() - shown.height()) / 2 + m_offset.y()),
                            shown);
        p.setRenderHint(QPainter::SmoothPixmapTransform, z < 2.0);
        p.drawImage(target, m_image);
    }
    void wheelEvent(QWheelEvent *event) override
    {
        const int delta = event->angleDelta().y();
        if (delta == 0)
            return;
        setZoom(zoom() * (delta > 0 ? 1.25 : 0.8));
        event->accept();
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        m_dragFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (!(event->buttons() & Qt::LeftButton))
            return;
        m_offset += event->position() - m_dragFrom;
        m_dragFrom = event->position();
        update();
    }
    void mouseReleaseEvent(QMouseEvent *) override { setCursor(Qt::OpenHandCursor); }

private:
    QImage m_image;
    QSize m_logical;
    double m_zoom = 1.0;
    bool m_fit = true;
    QPointF m_offset;
    QPointF m_dragFrom;
};

namespace {

QToolButton *toolButton(QWidget *parent, const QString &objectName, const QString &text,
                        const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setFocusPolicy(Qt::StrongFocus);
    return b;
}

} // namespace

ImageViewer::ImageViewer(MediaCache &media, QList<Item> items, int current, QWidget *parent)
    : QDialog(parent)
    , m_media(media)
    , m_items(std::move(items))
{
    setObjectName(QStringLiteral("imageViewer"));
    setWindowTitle(tr("Image"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 680);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_canvas = new ImageCanvas(this);
    m_canvas->setAccessibleName(tr("Image"));
    layout->addWidget(m_canvas, 1);

    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("imageViewerBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(8, 4, 8, 4);
    row->setSpacing(4);
    m_prev = toolButton(bar, QStringLiteral("imageViewerPrevious"), tr("‹ Previous"),
                        tr("Previous image (Left arrow)"));
    m_next = toolButton(bar, QStringLiteral("imageViewerNext"), tr("Next ›"),
                        tr("Next image (Right arrow)"));
    m_title = new QLabel(bar);
    m_title->setObjectName(QStringLiteral("imageViewerTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("imageViewerStatus"));
    m_status->setTextFormat(Qt::PlainText);
    auto *zoomOut =
        toolButton(bar, QStringLiteral("imageViewerZoomOut"), tr("−"), tr("Zoom out (−)"));
    auto *zoomIn = toolButton(bar, QStringLiteral("imageViewerZoomIn"), tr("+"), tr("Zoom in (+)"));
    auto *fitButton =
        toolButton(bar, QStringLiteral("imageViewerFit"), tr("Fit"), tr("Fit to the window (0)"));
    auto *actual =
        toolButton(bar, QStringLiteral("imageViewerActualSize"), tr("1:1"), tr("Actual size (1)"));
    m_save = toolButton(bar, QStringLiteral("imageViewerSave"), tr("Save as…"),
                        tr("Save the image (Ctrl+S)"));
    m_copy = toolButton(bar, QStringLiteral("imageViewerCopy"), tr("Copy"),
                        tr("Copy the image (Ctrl+C)"));
    auto *close =
        toolButton(bar, QStringLiteral("imageViewerClose"), tr("Close"), tr("Close (Esc)"));
    row->addWidget(m_prev);
    row->addWidget(m_next);
    row->addSpacing(8);
    row->addWidget(m_title, 1);
    row->addWidget(m_status);
    row->addSpacing(8);
    for (QWidget *w : {static_cast<QWidget *>(zoomOut), static_cast<QWidget *>(zoomIn),
                       static_cast<QWidget *>(fitButton), static_cast<QWidget *>(actual),
                       static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_copy),
                       static_cast<QWidget *>(close)})
        row->addWidget(w);
    layout->addWidget(bar);

    connect(m_prev, &QToolButton::clicked, this, &ImageViewer::previous);
    connect(m_next, &QToolButton::clicked, this, &ImageViewer::next);
    connect(zoomIn, &QToolButton::clicked, this, &ImageViewer::zoomIn);
    connect(zoomOut, &QToolButton::clicked, this, &ImageViewer::zoomOut);
    connect(fitButton, &QToolButton::clicked, this, &ImageViewer::fit);
    connect(actual, &QToolButton::clicked, this, &ImageViewer::actualSize);
    connect(m_save, &QToolButton::clicked, this, &ImageViewer::saveAs);
    connect(m_copy, &QToolButton::clicked, this, &ImageViewer::copy);
    connect(close, &QToolButton::clicked, this, &QDialog::reject);
    connect(&m_media, &MediaCache::ready, this, &ImageViewer::onReady);
    connect(&m_media, &MediaCache::failed, this, &ImageViewer::onFailed);
    setFocusPolicy(Qt::StrongFocus);
    showIndex(qBound(0, current, int(m_items.size()) - 1));
}

double ImageViewer::zoom() const
{
    return m_canvas->zoom();
}

bool ImageViewer::isFitting() const
{
    return m_canvas->fitting();
}

QString ImageViewer::statusText() const
{
    return m_status->text();
}

void ImageViewer::showIndex(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    m_current = index;
    m_full = QImage();
    const Item &it = m_items.at(index);
    m_title->setText(it.name);
    m_title->setToolTip(it.name);
    setWindowTitle(m_items.size() > 1
                       ? tr("%1 (%2 of %3)").arg(it.name).arg(index + 1).arg(m_items.size())
                       : it.name);
    refresh();
    updateButtons();
}

void ImageViewer::refresh()
{
    const Item &it = m_items.at(m_current);
    const QImage full = m_media.image(it.fullKey, MediaCache::Size::Full);
    if (!full.isNull()) {
        const bool had = !m_full.isNull();
        m_full = full;
        m_canvas->setImage(full, it.size.isValid() ? it.size : full.size(), had);
        m_status->setText(QString());
    } else {
        const QImage thumb = m_media.image(it.thumbKey, MediaCache::Size::Thumb);
        m_canvas->setImage(thumb, it.size, false);
        m_status->setText(m_media.hasFailed(it.fullKey) ? tr("The image could not be loaded.")
                                                        : tr("Loading…"));
    }
    updateButtons();
}

void ImageViewer::onReady(const QString &key)
{
    const Item &it = m_items.at(m_current);
    if (key == it.fullKey && m_full.isNull())
        refresh();
    else if (key == it.thumbKey && m_full.isNull())
        refresh();
}

void ImageViewer::onFailed(const QString &key, const QString &)
{
    if (key == m_items.at(m_current).fullKey)
        refresh();
}

void ImageViewer::updateButtons()
{
    m_prev->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < m_items.size());
    m_copy->setEnabled(!m_full.isNull());
}

void ImageViewer::next()
{
    showIndex(m_current + 1);
}

void ImageViewer::previous()
{
    showIndex(m_current - 1);
}

void ImageViewer::zoomIn()
{
    m_canvas->setZoom(m_canvas->zoom() * 1.25);
}

void ImageViewer::zoomOut()
{
    m_canvas->setZoom(m_canvas->zoom() * 0.8);
}

void ImageViewer::fit()
{
    m_canvas->setFit();
}

void ImageViewer::actualSize()
{
    m_canvas->setZoom(1.0);
}

void ImageViewer::copy()
{
    if (!m_full.isNull())
        QApplication::clipboard()->setImage(m_full);
}

void ImageViewer::saveAs()
{
    const Item &it = m_items.at(m_current);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save image"), QDir(folder).filePath(it.name));
    if (path.isEmpty())
        return;
    saveTo(path, [this](const QString &error) {
        m_status->setText(error.isEmpty() ? tr("Saved.") : tr("Not saved: %1").arg(error));
    });
}

void ImageViewer::saveTo(const QString &path, const std::function<void(const QString &)> &done)
{
    const Item &it = m_items.at(m_current);
    const QString source = it.localPath.isEmpty() || !QFileInfo::exists(it.localPath)
                               ? it.url
                               : QUrl::fromLocalFile(it.localPath).toString();
    m_media.saveTo(source, path, this, [done](const QString &problem) {
        if (done)
            done(problem);
    });
}

void ImageViewer::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::Save)) {
        saveAs();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        layoutDirection() == Qt::RightToLeft ? next() : previous();
        return;
    case Qt::Key_Right:
        layoutDirection() == Qt::RightToLeft ? previous() : next();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fit();
        return;
    case Qt::Key_1:
        actualSize();
        return;
    default:
        break;
    }
    QDialog::keyPressEvent(event); // Esc closes
}

QList<ImageViewer::Item> ImageViewer::imagesOf(const QAbstractItemModel &model,
                                               const QModelIndex &index, int attachment,
                                               int &current)
{
    QList<Item> items;
    current = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariantList attachments =
            model.index(row, 0).data(models::MessageListModel::AttachmentsRole).toList();
        for (int a = 0; a < attachments.size(); ++a) {
            const QVariantMap map = attachments.at(a).toMap();
            if (!MessageDelegate::isImageAttachment(map))
                continue;
            if (row == index.row() && a == attachment)
                current = int(items.size());
            items.append({MediaCache::keyFor(map, MediaCache::Size::Full),
                          MediaCache::keyFor(map, MediaCache::Size::Thumb),
                          map.value(QStringLiteral("name")).toString(),
                          map.value(QStringLiteral("url")).toString(),
                          map.value(QStringLiteral("localPath")).toString(),
                          QSize(map.value(QStringLiteral("width")).toInt(),
                                map.value(QStringLiteral("height")).toInt())});
        }
    }
    return items;
}

ImageViewer *ImageViewer::open(MediaCache &media, const QModelIndex &index, int attachment,
                               QWidget *parent)
{
    if (!index.isValid() || !index.model())
        return nullptr;
    int current = 0;
    const QList<Item> items = imagesOf(*index.model(), index, attachment, current);
    if (items.isEmpty())
        return nullptr;
    auto *viewer = new ImageViewer(media, items, current, parent);
    viewer->setWindowFlag(Qt::Window);
    viewer->show();
    viewer->activateWindow();
    return viewer;
}

} // namespace kora::ui
