#include "ReplyBar.h"

#include "DesignSystem.h"
#include "ElidedLabel.h"
#include "MessageStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace kora::ui {

ReplyBar::ReplyBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("composerReplyBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(theme::spaceXs);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("composerReplyTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_line = new ElidedLabel(this);
    m_line->setObjectName(QStringLiteral("composerReplyLine"));
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("composerReplyClose"));
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Cancel the reply (Esc)"));
    m_close->setAccessibleName(tr("Cancel the reply"));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, &ReplyBar::closeRequested);
    layout->addWidget(m_title);
    layout->addWidget(m_line, 1);
    layout->addWidget(m_close);
    placeMargins();
}

void ReplyBar::placeMargins()
{
    if (layoutDirection() == Qt::RightToLeft)
        layout()->setContentsMargins(0, theme::space2xs, theme::spaceL, theme::space2xs);
    else
        layout()->setContentsMargins(theme::spaceL, theme::space2xs, 0, theme::space2xs);
}

void ReplyBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        placeMargins();
    QWidget::changeEvent(event);
}

void ReplyBar::setTarget(const QString &senderName, const QString &line)
{
    m_title->setText(tr("Replying to %1:").arg(senderName));
    m_line->setFullText(line);
    setAccessibleName(text());
}

QString ReplyBar::text() const
{
    return m_title->text() + QLatin1Char(' ') + m_line->fullText();
}

void ReplyBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect logical(2, 2, 3, height() - 4);
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Highlight));
    p.drawRoundedRect(QRectF(QStyle::visualRect(layoutDirection(), rect(), logical)), 1.5, 1.5);
}

} // namespace kora::ui
