#include "BlockedBar.h"

#include "DesignSystem.h"
#include "GroupActions.h"
#include "TrustActions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace kora::ui {

BlockedBar::BlockedBar(TrustActions &trust, GroupActions &groups, QWidget *composer,
                       QWidget *parent)
    : QFrame(parent)
    , m_trust(trust)
    , m_groups(groups)
    , m_composer(composer)
{
    setObjectName(QStringLiteral("chatBlockedBar"));
    setFrameShape(QFrame::NoFrame);
    // A hairline over it, as over the composer it stands in for.
    setStyleSheet(QStringLiteral("#chatBlockedBar { border-top: 1px solid palette(mid); }"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(theme::spaceXl, theme::spaceL, theme::spaceXl, theme::spaceL);
    row->setSpacing(theme::spaceL);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("chatBlockedText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    row->addWidget(m_text, 1);
    m_unblock = new QPushButton(TrustActions::tr("Unblock"), this);
    m_unblock->setObjectName(QStringLiteral("chatUnblockButton"));
    row->addWidget(m_unblock, 0, Qt::AlignVCenter);
    connect(m_unblock, &QPushButton::clicked, &m_trust, &TrustActions::unblock);
    connect(&m_trust, &TrustActions::blockChanged, this, &BlockedBar::refresh);
    connect(&m_groups, &GroupActions::membershipChanged, this, &BlockedBar::refresh);
    hide();
}

void BlockedBar::refresh()
{
    const bool blocked = m_trust.peerBlocked();
    const bool left = m_groups.isFormerMember();
    if (blocked)
        m_text->setText(TrustActions::tr(
                            "You blocked %1. They cannot write to you here until you unblock them.")
                            .arg(m_trust.peerName()));
    else if (left)
        m_text->setText(GroupActions::tr("You are no longer in this group. What was written "
                                         "before stays here to read."));
    m_unblock->setVisible(blocked);
    const bool shown = blocked || left;
    setVisible(shown);
    // The composer's own visibility (support mode, no conversation) is the pane's.
    if (shown)
        m_composer->hide();
    else if (m_composer->property("koraHiddenByBlock").toBool())
        m_composer->show();
    m_composer->setProperty("koraHiddenByBlock", shown);
}

} // namespace kora::ui
