#include "ContactNotice.h"

#include "DesignSystem.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kora::ui {

ContactNotice::ContactNotice(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("composerContactNotice"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(theme::spaceL, theme::spaceS, theme::spaceM, theme::spaceS);
    row->setSpacing(theme::spaceL);
    m_icon = new QLabel(this);
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/shield.svg")).pixmap(QSize(18, 18)));
    m_icon->setAlignment(Qt::AlignTop);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("composerContactText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setText(tr("Keep payments and contact on Kora until the booking is confirmed. "
                       "This message has contact details in it."));
    row->addWidget(m_text, 1);
    // Edit first: the safe choice is the one Tab reaches first.
    m_edit = new QPushButton(tr("Edit"), this);
    m_edit->setObjectName(QStringLiteral("composerContactEdit"));
    m_edit->setFlat(true);
    m_edit->setAccessibleName(tr("Edit the message"));
    m_sendAnyway = new QPushButton(tr("Send anyway"), this);
    m_sendAnyway->setObjectName(QStringLiteral("composerContactSendAnyway"));
    m_sendAnyway->setAccessibleName(tr("Send the message with its contact details"));
    row->addWidget(m_edit, 0, Qt::AlignVCenter);
    row->addWidget(m_sendAnyway, 0, Qt::AlignVCenter);
    setAccessibleName(m_text->text());
    connect(m_sendAnyway, &QPushButton::clicked, this, &ContactNotice::sendAnywayRequested);
    connect(m_edit, &QPushButton::clicked, this, &ContactNotice::editRequested);
    updateColors();
    hide();
}

void ContactNotice::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColors();
}

void ContactNotice::updateColors()
{
    // A warm tint of the window colour: noticed, not alarming, in either theme.
    const QColor window = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                         : palette().color(QPalette::Window);
    const bool dark = window.lightness() < 128;
    const QColor tint = dark ? QColor(74, 58, 30) : QColor(253, 244, 225);
    QPalette pal = palette();
    if (pal.color(QPalette::Window) == tint)
        return; // already ours: setPalette would come back here
    pal.setColor(QPalette::Window, tint);
    setPalette(pal);
}

} // namespace kora::ui
