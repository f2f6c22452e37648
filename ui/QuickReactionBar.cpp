#include "QuickReactionBar.h"

#include "DesignSystem.h"
#include "EmojiPicker.h"
#include "MessageStyle.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QToolButton>

namespace kora::ui {

QuickReactionBar::QuickReactionBar(QWidget *parent)
    : QFrame(parent)
    , m_more(new QToolButton(this))
    , m_reply(new QToolButton(this))
    , m_actions(new QToolButton(this))
{
    setObjectName(QStringLiteral("chatQuickReactions"));
    setAccessibleName(tr("Message actions"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(theme::spaceXs, theme::space2xs, theme::spaceXs, theme::space2xs);
    layout->setSpacing(theme::space2xs);
    QFont big = MessageStyle::emojiFont(font());
    big.setPointSizeF(big.pointSizeF() * 1.3);
    // Square buttons from the text font: a colour emoji font's own metrics are far wider.
    const int side = QFontMetrics(font()).height() * 2;
    for (const QString &emoji : EmojiPicker::quick()) {
        auto *button = new QToolButton(this);
        button->setText(emoji);
        button->setFont(big);
        button->setFixedSize(side, side);
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus); // the keyboard has the picker (Ctrl+E)
        button->setToolTip(tr("React with %1").arg(emoji));
        button->setAccessibleName(tr("React with %1").arg(emoji));
        connect(button, &QToolButton::clicked, this, [this, emoji] { Q_EMIT picked(emoji); });
        layout->addWidget(button);
        m_buttons.append(button);
    }
    m_more->setObjectName(QStringLiteral("chatMoreReactions"));
    m_more->setText(QStringLiteral("+"));
    QFont plus = font();
    plus.setPointSizeF(plus.pointSizeF() * 1.25);
    m_more->setFont(plus);
    m_more->setFixedSize(side, side);
    m_more->setAutoRaise(true);
    m_more->setFocusPolicy(Qt::NoFocus);
    m_more->setToolTip(tr("More reactions…"));
    m_more->setAccessibleName(tr("More reactions…"));
    connect(m_more, &QToolButton::clicked, this, &QuickReactionBar::moreRequested);
    layout->addWidget(m_more);
    // Then what else there is to do with the message (the keyboard has Ctrl+R and the menu key).
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    layout->addWidget(line);
    const auto iconButton = [this, side](QToolButton *button, const QString &name,
                                         const QString &icon, const QString &text) {
        button->setObjectName(name);
        button->setIcon(QIcon(icon));
        button->setIconSize(QSize(side / 2, side / 2));
        button->setFixedSize(side, side);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolTip(text);
        button->setAccessibleName(text);
    };
    iconButton(m_reply, QStringLiteral("chatHoverReply"), QStringLiteral(":/icons/reply.svg"),
               tr("Reply (Ctrl+R)"));
    connect(m_reply, &QToolButton::clicked, this, &QuickReactionBar::replyRequested);
    layout->addWidget(m_reply);
    iconButton(m_actions, QStringLiteral("chatHoverActions"), QStringLiteral(":/icons/more.svg"),
               tr("More actions"));
    connect(m_actions, &QToolButton::clicked, this, [this] {
        Q_EMIT actionsRequested(m_actions->mapToGlobal(QPoint(0, m_actions->height())));
    });
    layout->addWidget(m_actions);
    hide();
}

void QuickReactionBar::setReplyEnabled(bool enabled)
{
    m_reply->setVisible(enabled);
}

void QuickReactionBar::setMine(const QStringList &emoji)
{
    for (QToolButton *button : std::as_const(m_buttons))
        button->setChecked(emoji.contains(button->text()));
}

} // namespace kora::ui
