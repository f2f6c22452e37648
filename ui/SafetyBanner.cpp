#include "SafetyBanner.h"

#include "Cache.h"
#include "DesignSystem.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

namespace kora::ui {

SafetyBanner::SafetyBanner(const Services &services, QWidget *parent)
    : QFrame(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("chatSafetyBanner"));
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(QStringLiteral("#chatSafetyBanner { border-bottom: 1px solid palette(mid); }"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(theme::spaceXl, theme::spaceM, theme::spaceM, theme::spaceM);
    row->setSpacing(theme::spaceL);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/shield.svg")).pixmap(QSize(20, 20)));
    row->addWidget(icon, 0, Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("chatSafetyText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setText(
        tr("For your safety, keep payments and contact details on Kora until the booking is "
           "confirmed. If something goes wrong, support can only help with what happened here."));
    row->addWidget(m_text, 1);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("chatSafetyClose"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Got it, don't show this again here"));
    m_close->setAccessibleName(tr("Close the safety notice"));
    row->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &SafetyBanner::dismiss);
    connect(&m_services.cache, &models::Cache::conversationsChanged, this,
            [this](const QStringList &ids) {
                if (ids.isEmpty() || ids.contains(m_conversationId))
                    refresh();
            });
    hide();
}

QString SafetyBanner::stateKey(const QString &conversationId)
{
    return QStringLiteral("safetyBannerClosed:") + conversationId;
}

void SafetyBanner::setConversation(const QString &conversationId)
{
    m_conversationId = conversationId;
    refresh();
}

void SafetyBanner::refresh()
{
    setVisible(wanted());
}

bool SafetyBanner::wanted() const
{
    if (m_services.supportMode || m_conversationId.isEmpty())
        return false;
    const auto cached = m_services.cache.conversation(m_conversationId);
    if (!cached)
        return false;
    const proto::Conversation &c = cached->conversation;
    if (c.type != QLatin1String("direct") || c.contactAllowed || c.lastSeq > maxSeq)
        return false;
    return m_services.cache.value(stateKey(m_conversationId)).isEmpty();
}

void SafetyBanner::dismiss()
{
    if (m_conversationId.isEmpty())
        return;
    if (auto saved = m_services.cache.setValue(stateKey(m_conversationId), QStringLiteral("1"));
        !saved)
        qWarning("kora.ui: cannot remember the closed safety notice: %s",
                 qPrintable(saved.error()));
    hide();
}

} // namespace kora::ui
