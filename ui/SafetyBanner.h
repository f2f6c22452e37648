#pragma once

#include "UiServices.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace kora::ui {

// Over the messages of a new direct conversation, once: "For your safety,
// keep payments and contact details on Kora until the booking is
// confirmed…" with a close button. Shown while the conversation is young
// (at most maxSeq messages) and does not allow contact details (protocol
// 7.5: the marketplace sets contactAllowed once a booking is confirmed);
// once closed it stays closed for that conversation (kept in the cache).
class SafetyBanner : public QFrame
{
    Q_OBJECT
public:
    static constexpr qint64 maxSeq = 20;

    SafetyBanner(const Services &services, QWidget *parent = nullptr);

    void setConversation(const QString &conversationId);
    void refresh(); // the cache's word on the conversation (followed by itself)
    void dismiss();
    QLabel *label() const { return m_text; }
    QToolButton *closeButton() const { return m_close; }
    static QString stateKey(const QString &conversationId);

private:
    bool wanted() const;

    const Services &m_services;
    QString m_conversationId;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace kora::ui
