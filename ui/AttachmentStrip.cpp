#include "AttachmentStrip.h"

#include "DesignSystem.h"
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace kora::ui {

namespace {

constexpr int tileSide = 72;

QPixmap previewOf(const models::ImagePrep::Prepared &file, qreal dpr)
{
    const int side = int(tileSide * dpr);
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    if (file.isImage()) {
        QImageReader reader(file.path);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatioByExpanding));
        const QImage image = reader.read();
        if (!image.isNull()) {
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            QPainterPath clip;
            clip.addRoundedRect(QRectF(0, 0, side, side), 8 * dpr, 8 * dpr);
            p.setClipPath(clip);
            p.drawImage(QPointF((side - image.width()) / 2.0, (side - image.height()) / 2.0),
                        image);
        }
    }
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

} // namespace

AttachmentStrip::AttachmentStrip(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("attachmentStrip"));
    setAccessibleName(tr("Attachments to send"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_inner = new QWidget(this);
    m_row = new QHBoxLayout(m_inner);
    m_row->setContentsMargins(0, theme::space2xs, 0, theme::space2xs);
    m_row->setSpacing(theme::spaceM);
    m_row->addStretch(1);
    setWidget(m_inner);
    viewport()->setAutoFillBackground(false);
    m_inner->setAutoFillBackground(false);
    hide();
}

QSize AttachmentStrip::sizeHint() const
{
    const int text = fontMetrics().height();
    return QSize(200, tileSide + text + 14 + horizontalScrollBar()->sizeHint().height());
}

int AttachmentStrip::addPending(const QString &name)
{
    Item item;
    item.id = m_nextId++;
    item.name = models::ImagePrep::sanitizeName(name);
    item.widget = makeTile(item);
    m_row->insertWidget(m_row->count() - 1, item.widget);
    m_items.append(item);
    refreshTile(m_items.last());
    setFixedHeight(sizeHint().height());
    show();
    Q_EMIT changed();
    return item.id;
}

void AttachmentStrip::setPrepared(int id, const models::ImagePrep::Prepared &file)
{
    for (Item &item : m_items) {
        if (item.id != id)
            continue;
        item.ready = true;
        item.file = file;
        item.name = file.name;
        refreshTile(item);
        Q_EMIT changed();
        return;
    }
}

void AttachmentStrip::remove(int id)
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id != id)
            continue;
        const Item item = m_items.takeAt(i);
        if (item.ready)
            QFile::remove(item.file.path);
        item.widget->hide();
        item.widget->deleteLater(); // may be inside its own button's click
        setVisible(!m_items.isEmpty());
        Q_EMIT changed();
        return;
    }
}

void AttachmentStrip::clear(bool deleteFiles)
{
    for (const Item &item : std::as_const(m_items)) {
        if (deleteFiles && item.ready)
            QFile::remove(item.file.path);
        item.widget->hide();
        item.widget->deleteLater(); // may be inside its own button's click
    }
    m_items.clear();
    hide();
    Q_EMIT changed();
}

bool AttachmentStrip::isBusy() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [](const Item &i) { return !i.ready; });
}

bool AttachmentStrip::contains(int id) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [id](const Item &i) { return i.id == id; });
}

QList<models::ImagePrep::Prepared> AttachmentStrip::files() const
{
    QList<models::ImagePrep::Prepared> files;
    for (const Item &item : m_items) {
        if (item.ready)
            files.append(item.file);
    }
    return files;
}

QList<int> AttachmentStrip::ids() const
{
    QList<int> ids;
    for (const Item &item : m_items)
        ids.append(item.id);
    return ids;
}

QString AttachmentStrip::nameOf(int id) const
{
    for (const Item &item : m_items) {
        if (item.id == id)
            return item.name;
    }
    return {};
}

QWidget *AttachmentStrip::makeTile(Item &item)
{
    auto *tile = new QWidget(m_inner);
    tile->setObjectName(QStringLiteral("attachmentTile"));
    tile->setFixedWidth(tileSide + 8);
    auto *column = new QVBoxLayout(tile);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(theme::space2xs);
    auto *preview = new QLabel(tile);
    preview->setObjectName(QStringLiteral("attachmentPreview"));
    preview->setFixedSize(tileSide, tileSide);
    preview->setAlignment(Qt::AlignCenter);
    preview->setTextFormat(Qt::PlainText);
    preview->setWordWrap(true);
    preview->setAutoFillBackground(true);
    auto *name = new QLabel(tile);
    name->setObjectName(QStringLiteral("attachmentName"));
    name->setTextFormat(Qt::PlainText);
    name->setFixedWidth(tileSide + 8);
    name->setAlignment(Qt::AlignHCenter);
    column->addWidget(preview, 0, Qt::AlignHCenter);
    column->addWidget(name);

    auto *remove = new QToolButton(tile);
    remove->setObjectName(QStringLiteral("attachmentRemove"));
    remove->setText(QStringLiteral("×"));
    remove->setToolTip(tr("Remove this attachment"));
    remove->setFixedSize(22, 22);
    remove->setCursor(Qt::PointingHandCursor);
    remove->move(tileSide + 8 - 24, 2);
    remove->raise();
    const int id = item.id;
    connect(remove, &QToolButton::clicked, this, [this, id] { Q_EMIT removeRequested(id); });
    return tile;
}

void AttachmentStrip::refreshTile(Item &item)
{
    auto *preview = item.widget->findChild<QLabel *>(QStringLiteral("attachmentPreview"));
    auto *name = item.widget->findChild<QLabel *>(QStringLiteral("attachmentName"));
    auto *remove = item.widget->findChild<QToolButton *>(QStringLiteral("attachmentRemove"));
    QPalette pal = preview->palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    pal.setColor(QPalette::Window, QColor::fromRgbF(window.redF() * 0.9 + text.redF() * 0.1,
                                                    window.greenF() * 0.9 + text.greenF() * 0.1,
                                                    window.blueF() * 0.9 + text.blueF() * 0.1));
    preview->setPalette(pal);
    name->setText(name->fontMetrics().elidedText(item.name, Qt::ElideMiddle, tileSide + 6));
    item.widget->setToolTip(
        item.ready ? tr("%1 (%2)").arg(item.name, models::ImagePrep::sizeText(item.file.size))
                   : item.name);
    remove->setAccessibleName(tr("Remove %1").arg(item.name));
    preview->setAutoFillBackground(!item.ready || !item.file.isImage());
    if (!item.ready) {
        preview->setText(tr("Preparing…"));
        return;
    }
    if (item.file.isImage()) {
        preview->setText(QString());
        preview->setPixmap(previewOf(item.file, devicePixelRatioF())); // its own rounded corners
    } else {
        const QString suffix = QFileInfo(item.file.name).suffix().toUpper();
        preview->setText(suffix.isEmpty() ? tr("File") : suffix.left(6));
    }
}

} // namespace kora::ui
