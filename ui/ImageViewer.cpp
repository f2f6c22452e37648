#include "ImageViewer.h"

#include "DesignSystem.h"
#include "ImageCanvas.h"
#include "MediaCache.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStandardPaths>
#include <QStyle>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace kora::ui {

namespace {

constexpr int iconSize = theme::space2xl - theme::spaceXs; // the toolbar's icons
constexpr int arrowSize = 2 * theme::space2xl;             // the round side arrows
constexpr int captionLines = 3;                            // more is elided (all in the tooltip)
constexpr int captionChars = 90;                           // a readable measure

QString css(const QColor &c)
{
    return QStringLiteral("rgba(%1, %2, %3, %4)")
        .arg(c.red())
        .arg(c.green())
        .arg(c.blue())
        .arg(c.alpha());
}

// At most maxLines lines of width, the last one elided (then *cut is set).
QString elideLines(const QString &text, const QFont &font, int width, int maxLines, bool *cut)
{
    *cut = false;
    if (width <= 0 || text.isEmpty())
        return text;
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(flat, font);
    const QFontMetrics fm(font);
    QStringList lines;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            QString rest = flat.mid(line.textStart());
            rest.replace(QChar::LineSeparator, QLatin1Char(' '));
            const QString last = fm.elidedText(rest.trimmed(), Qt::ElideRight, width);
            *cut = last != rest.trimmed();
            lines.append(last);
            break;
        }
        lines.append(flat.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines.join(QLatin1Char('\n'));
}

QToolButton *toolButton(QWidget *parent, const QString &objectName, const QString &icon,
                        const QString &text, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setIcon(QIcon(icon));
    b->setIconSize(QSize(iconSize, iconSize));
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    b->setFocusPolicy(Qt::StrongFocus);
    b->setCursor(Qt::PointingHandCursor);
    return b;
}

QLabel *label(QWidget *parent, const QString &objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextFormat(Qt::PlainText); // names and captions are the users' text
    return l;
}

} // namespace

// A label that fits its text to its width: wrapped on at most maxLines lines,
// the last one elided, the whole text in the tooltip when cut. The sender and
// the date (one line) and the caption under the image (a few, centred).
class FittedLabel : public QLabel
{
public:
    FittedLabel(QWidget *parent, const QString &objectName, int maxLines)
        : QLabel(parent)
        , m_maxLines(maxLines)
    {
        setObjectName(objectName);
        setTextFormat(Qt::PlainText); // names and captions are the users' text
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    void setFullText(const QString &text)
    {
        m_full = text;
        relayout();
    }
    QString fullText() const { return m_full; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        relayout();
    }

private:
    void relayout()
    {
        bool cut = false;
        const QString shown = elideLines(m_full, font(), contentsRect().width(), m_maxLines, &cut);
        if (shown != text())
            setText(shown);
        setToolTip(cut ? m_full : QString());
        setAccessibleName(m_full);
    }

    int m_maxLines = 1;
    QString m_full;
};

ImageViewer::ImageViewer(MediaCache &media, QList<Item> items, int current, QWidget *host)
    : QWidget(host ? host->window() : nullptr)
    , m_media(&media)
    , m_items(std::move(items))
    , m_returnFocus(QApplication::focusWidget())
    , m_window(parentWidget())
{
    setObjectName(QStringLiteral("imageViewer"));
    setAccessibleName(tr("Image viewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_NoMousePropagation); // the window under it gets no clicks or wheel
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(false);
    const QColor text = theme::viewerText();
    const QColor muted = theme::viewerMutedText();
    setStyleSheet(
        QStringLiteral(
            "#imageViewer QLabel { color: %1; background: transparent; }"
            "#imageViewerDate, #imageViewerPosition, #imageViewerStatus { color: %2; }"
            "#imageViewer QToolButton { color: %1; background: transparent; border: %9px solid "
            "transparent; border-radius: %4px; padding: %5px; }"
            "#imageViewer QToolButton:hover, #imageViewer QToolButton:pressed { background: %3; }"
            "#imageViewer QToolButton:focus { border-color: %6; }"
            "#imageViewer QToolButton#imageViewerPrevious, #imageViewer "
            "QToolButton#imageViewerNext { background: %7; border-radius: %8px; }"
            "#imageViewer QToolButton#imageViewerPrevious:hover, #imageViewer "
            "QToolButton#imageViewerNext:hover { background: %3; }")
            .arg(css(text), css(muted), css(theme::viewerControlHover()))
            .arg(theme::radiusM)
            .arg(theme::spaceXs)
            .arg(css(theme::viewerFocus()), css(theme::viewerControl()))
            .arg(arrowSize / 2)
            .arg(theme::space2xs));

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetNoConstraint); // always the window's size (fitBar)
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_bar = new QWidget(this);
    m_bar->setObjectName(QStringLiteral("imageViewerBar"));
    m_bar->setAttribute(Qt::WA_NoMousePropagation);
    auto *row = new QHBoxLayout(m_bar);
    row->setContentsMargins(theme::spaceL, theme::spaceS, theme::spaceL, theme::spaceS);
    row->setSpacing(theme::spaceXs);

    // Who sent it and when, at the start.
    auto *meta = new QVBoxLayout;
    meta->setSpacing(0);
    m_sender = new FittedLabel(m_bar, QStringLiteral("imageViewerSender"), 1);
    m_sender->setFont(theme::headingFont(font()));
    m_date = new FittedLabel(m_bar, QStringLiteral("imageViewerDate"), 1);
    m_date->setFont(theme::smallFont(font()));
    meta->addWidget(m_sender);
    meta->addWidget(m_date);
    row->addLayout(meta, 1);

    m_status = label(m_bar, QStringLiteral("imageViewerStatus"));
    m_status->setFont(theme::smallFont(font()));
    m_position = label(m_bar, QStringLiteral("imageViewerPosition"));
    m_position->setFont(theme::smallFont(font()));
    row->addWidget(m_status);
    row->addSpacing(theme::spaceL);
    row->addWidget(m_position);
    row->addSpacing(theme::spaceL);

    auto *zoomOut = toolButton(m_bar, QStringLiteral("imageViewerZoomOut"),
                               QStringLiteral(":/icons/viewer-zoom-out.svg"), tr("Zoom out"),
                               tr("Zoom out (−)"));
    m_zoom = label(m_bar, QStringLiteral("imageViewerZoom"));
    m_zoom->setAlignment(Qt::AlignCenter);
    m_zoom->setMinimumWidth(
        fontMetrics().horizontalAdvance(tr("%1 %", "zoom level").arg(QLocale().toString(800))) +
        theme::spaceM);
    auto *zoomIn =
        toolButton(m_bar, QStringLiteral("imageViewerZoomIn"),
                   QStringLiteral(":/icons/viewer-zoom-in.svg"), tr("Zoom in"), tr("Zoom in (+)"));
    auto *fitButton = toolButton(m_bar, QStringLiteral("imageViewerFit"),
                                 QStringLiteral(":/icons/viewer-fit.svg"), tr("Fit"),
                                 tr("Fit to the window (0)"));
    auto *actual = toolButton(m_bar, QStringLiteral("imageViewerActualSize"),
                              QStringLiteral(":/icons/viewer-actual-size.svg"), tr("1:1"),
                              tr("Actual size (1)"));
    m_save = toolButton(m_bar, QStringLiteral("imageViewerSave"),
                        QStringLiteral(":/icons/viewer-save.svg"), tr("Save as…"),
                        tr("Save the image (Ctrl+S)"));
    m_copy = toolButton(m_bar, QStringLiteral("imageViewerCopy"),
                        QStringLiteral(":/icons/viewer-copy.svg"), tr("Copy"),
                        tr("Copy the image (Ctrl+C)"));
    auto *close =
        toolButton(m_bar, QStringLiteral("imageViewerClose"),
                   QStringLiteral(":/icons/viewer-close.svg"), tr("Close"), tr("Close (Esc)"));
    row->addWidget(zoomOut);
    row->addWidget(m_zoom);
    row->addWidget(zoomIn);
    row->addWidget(fitButton);
    row->addWidget(actual);
    row->addSpacing(theme::spaceL);
    row->addWidget(m_save);
    row->addWidget(m_copy);
    row->addSpacing(theme::spaceL);
    row->addWidget(close);
    layout->addWidget(m_bar);
    m_zoomGroup = {zoomOut, m_zoom, zoomIn, fitButton, actual};
    m_fileGroup = {m_save, m_copy};

    m_canvas = new ImageCanvas(this);
    m_canvas->setAccessibleName(tr("Image"));
    layout->addWidget(m_canvas, 1);

    m_caption = new FittedLabel(this, QStringLiteral("imageViewerCaption"), captionLines);
    m_caption->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_caption->setAttribute(Qt::WA_NoMousePropagation); // a click on it is not on the backdrop
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *captionRow = new QHBoxLayout;
    captionRow->setContentsMargins(theme::space2xl, theme::spaceM, theme::space2xl, theme::spaceXl);
    captionRow->addWidget(m_caption);
    layout->addLayout(captionRow);

    // The side arrows float over the canvas (placed by placeArrows).
    m_prev = toolButton(this, QStringLiteral("imageViewerPrevious"),
                        QStringLiteral(":/icons/viewer-previous.svg"), tr("Previous image"),
                        tr("Previous image (Left arrow)"));
    m_next = toolButton(this, QStringLiteral("imageViewerNext"),
                        QStringLiteral(":/icons/viewer-next.svg"), tr("Next image"),
                        tr("Next image (Right arrow)"));
    for (QToolButton *arrow : {m_prev, m_next})
        arrow->setFixedSize(arrowSize, arrowSize);
    const bool arrows = m_items.size() > 1;
    m_canvas->setInsets(arrows ? arrowSize + 2 * theme::spaceL : theme::spaceXl, theme::spaceXl);

    // Tab: the arrows, then the toolbar from the zoom on (reading order).
    QWidget *order[] = {m_prev, m_next, zoomOut, zoomIn, fitButton, actual, m_save, m_copy, close};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    for (QWidget *w : order)
        w->installEventFilter(this); // the viewer's keys work wherever focus is in it

    connect(m_prev, &QToolButton::clicked, this, &ImageViewer::previous);
    connect(m_next, &QToolButton::clicked, this, &ImageViewer::next);
    connect(zoomIn, &QToolButton::clicked, this, &ImageViewer::zoomIn);
    connect(zoomOut, &QToolButton::clicked, this, &ImageViewer::zoomOut);
    connect(fitButton, &QToolButton::clicked, this, &ImageViewer::fit);
    connect(actual, &QToolButton::clicked, this, &ImageViewer::actualSize);
    connect(m_save, &QToolButton::clicked, this, &ImageViewer::saveAs);
    connect(m_copy, &QToolButton::clicked, this, &ImageViewer::copy);
    connect(close, &QToolButton::clicked, this, &QWidget::close);
    connect(m_media, &MediaCache::ready, this, &ImageViewer::onReady);
    connect(m_media, &MediaCache::failed, this, &ImageViewer::onFailed);
    // The cache belongs to the pane that asked, which may go before the window:
    // the viewer goes with it (and touches it no more meanwhile).
    connect(m_media, &QObject::destroyed, this, &QObject::deleteLater);
    m_canvas->onZoomChanged = [this] { updateZoomText(); };
    m_canvas->onBackdropClicked = [this] { QWidget::close(); };

    if (parentWidget()) {
        parentWidget()->installEventFilter(this); // follow its size
        setGeometry(parentWidget()->rect());
    }
    updateDirection();
    showIndex(qBound(0, current, int(m_items.size()) - 1));
}

ImageViewer::~ImageViewer()
{
    m_canvas->onZoomChanged = nullptr;
    m_canvas->onBackdropClicked = nullptr;
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

QString ImageViewer::zoomText() const
{
    return m_zoom->text();
}

QString ImageViewer::positionText() const
{
    return m_position->text();
}

QString ImageViewer::senderText() const
{
    return m_sender->fullText();
}

QString ImageViewer::dateText() const
{
    const QDateTime at = item().sentAt;
    if (!at.isValid())
        return {};
    const QLocale locale;
    return tr("%1 at %2", "date at time")
        .arg(locale.toString(at.date(), QLocale::LongFormat), MessageDelegate::timeText(at.time()));
}

QString ImageViewer::captionText() const
{
    return m_caption->fullText();
}

void ImageViewer::showIndex(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    m_current = index;
    m_full = QImage();
    const Item &it = m_items.at(index);
    m_sender->setFullText(it.sender);
    const QString date = dateText();
    const QString dateLine = date.isEmpty() || it.name.isEmpty()
                                 ? date + it.name
                                 : tr("%1 · %2", "date · file name").arg(date, it.name);
    m_date->setFullText(dateLine);
    m_position->setText(m_items.size() > 1 ? tr("%1 of %2", "image position")
                                                 .arg(QLocale().toString(index + 1),
                                                      QLocale().toString(int(m_items.size())))
                                           : QString());
    m_position->setVisible(m_items.size() > 1);
    m_caption->setFullText(it.caption);
    m_caption->setVisible(!it.caption.isEmpty());
    refresh();
}

void ImageViewer::refresh()
{
    if (!m_media)
        return;
    const Item &it = m_items.at(m_current);
    const QImage full = m_media->image(it.fullKey, MediaCache::Size::Full);
    if (!full.isNull()) {
        const bool had = !m_full.isNull();
        m_full = full;
        m_canvas->setImage(full, it.size.isValid() ? it.size : full.size(), had);
        m_status->setText(QString());
    } else {
        const QImage thumb = m_media->image(it.thumbKey, MediaCache::Size::Thumb);
        m_canvas->setImage(thumb, it.size, false);
        m_status->setText(m_media->hasFailed(it.fullKey) ? tr("The image could not be loaded.")
                                                         : tr("Loading…"));
    }
    updateButtons();
}

void ImageViewer::onReady(const QString &key)
{
    const Item &it = m_items.at(m_current);
    if ((key == it.fullKey || key == it.thumbKey) && m_full.isNull())
        refresh();
}

void ImageViewer::onFailed(const QString &key, const QString &)
{
    if (key == m_items.at(m_current).fullKey)
        refresh();
}

void ImageViewer::updateButtons()
{
    // At either end the arrow that leads nowhere goes (a dim one reads as a button).
    m_prev->setVisible(m_current > 0);
    m_next->setVisible(m_current + 1 < m_items.size());
    m_copy->setEnabled(!m_full.isNull());
}

void ImageViewer::updateZoomText()
{
    m_zoom->setText(
        tr("%1 %", "zoom level").arg(QLocale().toString(qRound(m_canvas->zoom() * 100))));
}

void ImageViewer::updateDirection()
{
    // Previous points to where reading comes from: left, or right in right to left.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    m_prev->setIcon(QIcon(rtl ? QStringLiteral(":/icons/viewer-next.svg")
                              : QStringLiteral(":/icons/viewer-previous.svg")));
    m_next->setIcon(QIcon(rtl ? QStringLiteral(":/icons/viewer-previous.svg")
                              : QStringLiteral(":/icons/viewer-next.svg")));
    m_prev->setToolTip(rtl ? tr("Previous image (Right arrow)")
                           : tr("Previous image (Left arrow)"));
    m_next->setToolTip(rtl ? tr("Next image (Left arrow)") : tr("Next image (Right arrow)"));
    m_prev->setAccessibleName(m_prev->toolTip());
    m_next->setAccessibleName(m_next->toolTip());
    // Names read left to right inside, yet sit at the start of the bar.
    const Qt::Alignment start =
        Qt::AlignAbsolute | Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft);
    m_sender->setAlignment(start);
    m_date->setAlignment(start);
    placeArrows();
}

void ImageViewer::placeArrows()
{
    const QRect area = m_canvas->geometry();
    const int y = area.center().y() - arrowSize / 2;
    const QRect leading(area.left() + theme::spaceL, y, arrowSize, arrowSize);
    const QRect trailing(area.right() - theme::spaceL - arrowSize + 1, y, arrowSize, arrowSize);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    m_prev->setGeometry(rtl ? trailing : leading);
    m_next->setGeometry(rtl ? leading : trailing);
    m_prev->raise();
    m_next->raise();
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
    if (!m_media) {
        if (done)
            done(tr("The conversation is closed."));
        return;
    }
    m_media->saveTo(source, path, this, [done](const QString &problem) {
        if (done)
            done(problem);
    });
}

bool ImageViewer::isViewerKey(const QKeyEvent &key)
{
    if (key.matches(QKeySequence::Copy) || key.matches(QKeySequence::Save))
        return true;
    const Qt::KeyboardModifiers mods = key.modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (mods != Qt::NoModifier)
        return false;
    switch (key.key()) {
    case Qt::Key_Escape:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus:
    case Qt::Key_0:
    case Qt::Key_1:
        return true;
    default:
        return false;
    }
}

bool ImageViewer::handleKey(const QKeyEvent &key)
{
    if (!isViewerKey(key))
        return false;
    if (key.matches(QKeySequence::Copy)) {
        copy();
        return true;
    }
    if (key.matches(QKeySequence::Save)) {
        saveAs();
        return true;
    }
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    switch (key.key()) {
    case Qt::Key_Escape:
        QWidget::close();
        break;
    case Qt::Key_Left:
        rtl ? next() : previous();
        break;
    case Qt::Key_Right:
        rtl ? previous() : next();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fit();
        break;
    case Qt::Key_1:
        actualSize();
        break;
    default:
        return false;
    }
    return true;
}

bool ImageViewer::event(QEvent *event)
{
    // The window's own shortcuts (Esc goes back, Ctrl+K…) wait while the viewer is
    // open, as what is under it is out of reach; quitting still works.
    if (event->type() == QEvent::ShortcutOverride &&
        !static_cast<QKeyEvent *>(event)->matches(QKeySequence::Quit)) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

bool ImageViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Resize)
            setGeometry(static_cast<QWidget *>(watched)->rect());
        return false;
    }
    if (event->type() == QEvent::KeyPress && handleKey(*static_cast<QKeyEvent *>(event)))
        return true;
    return QWidget::eventFilter(watched, event);
}

void ImageViewer::keyPressEvent(QKeyEvent *event)
{
    handleKey(*event);
    event->accept(); // the other keys do not reach the window under it either
}

void ImageViewer::mousePressEvent(QMouseEvent *event)
{
    event->accept(); // the release closes, over the backdrop
}

void ImageViewer::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), theme::viewerBackdrop());
    p.fillRect(m_bar->geometry(), theme::viewerBar());
}

void ImageViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitBar();
    m_caption->setMaximumWidth(
        qMax(0, qMin(width() - 2 * theme::space2xl,
                     m_caption->fontMetrics().averageCharWidth() * captionChars)));
    // The layout places the canvas after this: the arrows follow it then.
    QMetaObject::invokeMethod(this, &ImageViewer::placeArrows, Qt::QueuedConnection);
    placeArrows();
}

void ImageViewer::fitBar()
{
    // A narrow window: the toolbar drops what keys still do, the zoom buttons
    // first, then Save and Copy; the sender, the date, the position and Close stay.
    QLayout *row = m_bar->layout();
    for (const QList<QWidget *> *group : {&m_zoomGroup, &m_fileGroup}) {
        for (QWidget *w : *group)
            w->setVisible(true);
    }
    for (const QList<QWidget *> *group : {&m_zoomGroup, &m_fileGroup}) {
        row->invalidate();
        if (row->minimumSize().width() <= width())
            break;
        for (QWidget *w : *group)
            w->setVisible(false);
    }
    row->activate(); // now, not at the next turn of the event loop
}

void ImageViewer::mouseReleaseEvent(QMouseEvent *event)
{
    // On the backdrop around the caption: closes, as on the canvas around the image.
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        QWidget::close();
}

void ImageViewer::closeEvent(QCloseEvent *event)
{
    if (m_window)
        m_window->removeEventFilter(this);
    // Focus goes back before hiding, so Qt does not pick the next widget itself.
    if (m_returnFocus && m_returnFocus->isVisible())
        m_returnFocus->setFocus(Qt::OtherFocusReason);
    QWidget::closeEvent(event);
}

void ImageViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        updateDirection();
    QWidget::changeEvent(event);
}

bool ImageViewer::focusNextPrevChild(bool next)
{
    // Tab stays inside the viewer: what is under it is out of reach.
    QList<QWidget *> chain;
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(this) &&
            w->isEnabled())
            chain.append(w);
    }
    if (chain.isEmpty())
        return false;
    const int at = int(chain.indexOf(QApplication::focusWidget()));
    const int n = int(chain.size());
    const int to = at < 0 ? (next ? 0 : n - 1) : (at + (next ? 1 : n - 1)) % n;
    chain.at(to)->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

QList<ImageViewer::Item> ImageViewer::imagesOf(const QAbstractItemModel &model,
                                               const QModelIndex &index, int attachment,
                                               int &current)
{
    using models::MessageListModel;
    QList<Item> items;
    current = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex at = model.index(row, 0);
        const QVariantList attachments = at.data(MessageListModel::AttachmentsRole).toList();
        if (attachments.isEmpty() || at.data(MessageListModel::DeletedRole).toBool())
            continue;
        const QString name = at.data(MessageListModel::SenderNameRole).toString();
        const QString sender = at.data(MessageListModel::IsOwnRole).toBool() ? tr("You")
                               : name.isEmpty()                              ? tr("Someone")
                                                                             : name;
        const QDateTime sentAt =
            at.data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime();
        const QString caption = at.data(MessageListModel::BodyRole).toString().trimmed();
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
                                map.value(QStringLiteral("height")).toInt()),
                          sender, sentAt, caption});
        }
    }
    return items;
}

ImageViewer *ImageViewer::open(MediaCache &media, const QModelIndex &index, int attachment,
                               QWidget *host)
{
    if (!index.isValid() || !index.model() || !host)
        return nullptr;
    int current = 0;
    const QList<Item> items = imagesOf(*index.model(), index, attachment, current);
    if (items.isEmpty())
        return nullptr;
    auto *viewer = new ImageViewer(media, items, current, host);
    viewer->raise();
    viewer->show();
    viewer->setFocus(Qt::OtherFocusReason);
    return viewer;
}

} // namespace kora::ui
