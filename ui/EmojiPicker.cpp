#include "EmojiPicker.h"
#include "MessageStyle.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

namespace kora::ui {

const QStringList &EmojiPicker::common()
{
    static const QStringList list = QString::fromUtf8("👍 ❤️ 😂 😮 😢 🙏 👎 🎉 "
                                                      "😊 😍 🤔 👏 🔥 ✅ ❌ 👀 "
                                                      "💯 😅 😉 🙌 💪 🤝 👌 👋 "
                                                      "🙂 😀 😆 😎 😐 😕 😬 😡 "
                                                      "🥳 🤗 💡 ⭐ 🚀 ⏰ 💰 🏠")
                                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return list;
}

QStringList EmojiPicker::quick()
{
    return common().mid(0, 6);
}

EmojiPicker::EmojiPicker(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_grid(new QListWidget(this))
{
    setObjectName(QStringLiteral("chatEmojiPicker"));
    setAccessibleName(tr("Pick a reaction"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_grid);
    m_grid->setObjectName(QStringLiteral("chatEmojiGrid"));
    m_grid->setAccessibleName(tr("Reactions"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setFlow(QListView::LeftToRight);
    m_grid->setWrapping(true);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setFrameShape(QFrame::NoFrame);
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont big = MessageStyle::emojiFont(font());
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_grid->setFont(big);
    const int cell = QFontMetrics(big).height() + 14;
    m_grid->setGridSize(QSize(cell, cell));
    for (const QString &emoji : common()) {
        auto *item = new QListWidgetItem(emoji, m_grid);
        item->setTextAlignment(Qt::AlignCenter);
        item->setToolTip(emoji);
    }
    const int rows = int((common().size() + columns - 1) / columns);
    // (a little slack: the view's own margins would wrap the last column)
    m_grid->setFixedSize(columns * cell + 8, rows * cell + 8);
    // A click may also activate (per style): the first one picks, once.
    const auto choose = [this](QListWidgetItem *item) {
        if (!isVisible() || !item)
            return;
        close();
        Q_EMIT picked(item->text());
    };
    connect(m_grid, &QListWidget::itemActivated, this, choose);
    connect(m_grid, &QListWidget::itemClicked, this, choose);
}

void EmojiPicker::popup(const QPoint &globalPos)
{
    adjustSize();
    QPoint at = globalPos;
    if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        at.setX(qBound(area.left(), at.x(), qMax(area.left(), area.right() - width())));
        at.setY(qBound(area.top(), at.y(), qMax(area.top(), area.bottom() - height())));
    }
    move(at);
    m_grid->setCurrentRow(0);
    show();
    m_grid->setFocus(Qt::PopupFocusReason);
}

} // namespace kora::ui
