#include "Composer.h"

#include "ApiClient.h"
#include "Cache.h"
#include "Outbox.h"
#include "SocketIoClient.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>

namespace kora::ui {

namespace {
constexpr int maxLines = 6;
constexpr int typingEveryMs = 3000;
constexpr int typingIdleMs = 4000;
constexpr int draftDelayMs = 400;
} // namespace

// ---------------------------------------------------------------- ComposerEdit

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ComposerEdit::updateHeight);
    updateHeight();
}

QSize ComposerEdit::sizeHint() const
{
    return QSize(QPlainTextEdit::sizeHint().width(), height());
}

QSize ComposerEdit::minimumSizeHint() const
{
    return QSize(80, height());
}

void ComposerEdit::updateHeight()
{
    // QPlainTextDocumentLayout measures its height in lines (wrapped ones too).
    const int lines =
        qBound(1, int(document()->documentLayout()->documentSize().height()), maxLines);
    const int h = lines * fontMetrics().lineSpacing() +
                  int(qCeil(2 * document()->documentMargin())) + 2 * frameWidth() + 2;
    if (h != height()) {
        setFixedHeight(h);
        updateGeometry();
    }
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ShiftModifier)) {
        insertPlainText(QStringLiteral("\n"));
        event->accept();
        return;
    }
    if (enter &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        Q_EMIT sendRequested();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Up && event->modifiers() == Qt::NoModifier &&
        toPlainText().isEmpty()) {
        Q_EMIT editLastRequested();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT cancelRequested();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText();
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText())
        insertPlainText(source->text()); // never HTML, whatever the clipboard holds
}

// ---------------------------------------------------------------- Composer

Composer::Composer(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->setSpacing(3);

    // "Editing message" bar, shown while an edit is under way.
    m_editBar = new QWidget(this);
    m_editBar->setObjectName(QStringLiteral("composerEditBar"));
    auto *barLayout = new QHBoxLayout(m_editBar);
    barLayout->setContentsMargins(4, 0, 0, 0);
    m_editLabel = new QLabel(m_editBar);
    m_editLabel->setTextFormat(Qt::PlainText);
    m_editLabel->setText(tr("Editing message — Esc to cancel"));
    m_editLabel->setWordWrap(true);
    QFont bold = m_editLabel->font();
    bold.setBold(true);
    m_editLabel->setFont(bold);
    auto *cancel = new QToolButton(m_editBar);
    cancel->setText(tr("Cancel"));
    cancel->setAccessibleName(tr("Cancel editing"));
    cancel->setAutoRaise(true);
    connect(cancel, &QToolButton::clicked, this, &Composer::cancelEdit);
    barLayout->addWidget(m_editLabel, 1);
    barLayout->addWidget(cancel);
    m_editBar->hide();
    layout->addWidget(m_editBar);

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    m_edit = new ComposerEdit(this);
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setPlaceholderText(tr("Write a message…"));
    m_edit->setAccessibleName(tr("Message"));
    m_sendButton = new QToolButton(this);
    m_sendButton->setObjectName(QStringLiteral("composerSend"));
    m_sendButton->setText(tr("Send"));
    m_sendButton->setToolTip(tr("Send (Enter). Shift+Enter starts a new line."));
    m_sendButton->setAccessibleName(tr("Send message"));
    m_sendButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sendButton->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    row->addWidget(m_edit, 1);
    row->addWidget(m_sendButton, 0, Qt::AlignBottom);
    layout->addLayout(row);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("composerStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_status->hide();
    layout->addWidget(m_status);

    setTabOrder(m_edit, m_sendButton);
    setFocusProxy(m_edit);

    connect(m_edit, &ComposerEdit::sendRequested, this, &Composer::send);
    connect(m_sendButton, &QToolButton::clicked, this, &Composer::send);
    connect(m_edit, &ComposerEdit::editLastRequested, this, &Composer::editLast);
    connect(m_edit, &ComposerEdit::cancelRequested, this, &Composer::cancelEdit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::onTextChanged);

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(draftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &Composer::saveDraftNow);
    m_typingIdle.setSingleShot(true);
    m_typingIdle.setInterval(typingIdleMs);
    connect(&m_typingIdle, &QTimer::timeout, this, &Composer::stopTyping);
    updateStatus();
}

Composer::~Composer()
{
    if (m_draftTimer.isActive())
        saveDraftNow();
    stopTyping();
}

QPlainTextEdit *Composer::editor() const
{
    return m_edit;
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

QString Composer::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void Composer::focusEditor()
{
    m_edit->setFocus(Qt::OtherFocusReason);
}

int Composer::codePoints(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

void Composer::setConversation(const QString &conversationId)
{
    if (conversationId == m_conversationId)
        return;
    if (isEditing())
        cancelEdit(); // puts the draft back first
    if (m_draftTimer.isActive())
        saveDraftNow();
    stopTyping();
    m_conversationId = conversationId;
    m_error.clear();
    m_loading = true;
    m_edit->setPlainText(conversationId.isEmpty() ? QString()
                                                  : m_services.cache.draft(conversationId));
    m_edit->moveCursor(QTextCursor::End);
    m_loading = false;
    updateStatus();
}

void Composer::onTextChanged()
{
    if (m_loading)
        return;
    m_error.clear();
    updateStatus();
    if (isEditing() || m_conversationId.isEmpty())
        return;
    m_draftTimer.start();
    if (m_services.supportMode)
        return;
    if (m_edit->toPlainText().trimmed().isEmpty()) {
        stopTyping();
        return;
    }
    if (!m_typing || !m_lastTypingStart.isValid() || m_lastTypingStart.elapsed() >= typingEveryMs) {
        if (m_services.socket.isConnected()) {
            m_services.socket.emitEvent(QStringLiteral("typing_start"),
                                        {{QStringLiteral("conversationId"), m_conversationId}});
            m_typing = true;
            m_lastTypingStart.start();
        }
    }
    m_typingIdle.start();
}

void Composer::stopTyping()
{
    m_typingIdle.stop();
    if (!m_typing)
        return;
    m_typing = false;
    m_lastTypingStart.invalidate();
    if (m_services.socket.isConnected() && !m_conversationId.isEmpty())
        m_services.socket.emitEvent(QStringLiteral("typing_stop"),
                                    {{QStringLiteral("conversationId"), m_conversationId}});
}

void Composer::saveDraftNow()
{
    m_draftTimer.stop();
    if (m_conversationId.isEmpty() || isEditing())
        return;
    const QString text = m_edit->toPlainText();
    const QString draft = text.trimmed().isEmpty() ? QString() : text;
    if (draft == m_services.cache.draft(m_conversationId))
        return;
    if (auto saved = m_services.cache.setDraft(m_conversationId, draft); !saved)
        qWarning("kora.ui: cannot save a draft: %s", qPrintable(saved.error()));
}

void Composer::updateStatus(bool refusedNow)
{
    const int count = codePoints(m_edit->toPlainText().trimmed());
    QString text;
    bool error = false;
    if (!m_error.isEmpty()) {
        text = m_error;
        error = true;
    } else if (count > maxLength) {
        text = tr("Too long: %1 / %2 characters. Shorten the message to send it.")
                   .arg(QLocale().toString(count), QLocale().toString(maxLength));
        error = true;
    } else if (count >= countFrom) {
        text = tr("%1 / %2").arg(QLocale().toString(count), QLocale().toString(maxLength));
    }
    Q_UNUSED(refusedNow)
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette pal = palette();
    if (error) {
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::WindowText, dark ? QColor(255, 120, 110) : QColor(196, 43, 28));
    } else {
        pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    }
    m_status->setPalette(pal);
    m_sendButton->setEnabled(!m_conversationId.isEmpty() && count <= maxLength);
    m_edit->setEnabled(!m_conversationId.isEmpty());
}

void Composer::send()
{
    if (m_conversationId.isEmpty() || m_services.supportMode)
        return;
    const QString body = m_edit->toPlainText().trimmed();
    if (body.isEmpty())
        return; // nothing to send: not an error worth a message
    if (codePoints(body) > maxLength) {
        updateStatus(true); // the reason is already on screen
        return;
    }
    if (isEditing()) {
        const QString id = m_editingId;
        m_sendButton->setEnabled(false);
        m_services.api.editMessage(
            id, body, this, [this, id](const net::ApiResult<proto::Message> &result) {
                m_sendButton->setEnabled(true);
                if (!result) {
                    m_error = tr("Could not edit the message: %1").arg(result.error().message);
                    updateStatus();
                    return;
                }
                if (auto stored = m_services.cache.storeMessages({*result}); !stored)
                    qWarning("kora.ui: cannot store an edited message");
                if (m_editingId == id)
                    cancelEdit();
            });
        return;
    }
    const auto queued = m_services.outbox.send(m_conversationId, body);
    if (!queued) {
        m_error = tr("Could not queue the message: %1").arg(queued.error());
        updateStatus();
        return;
    }
    stopTyping();
    m_loading = true;
    m_edit->clear();
    m_loading = false;
    m_draftTimer.stop();
    if (!m_services.cache.draft(m_conversationId).isEmpty()) {
        if (auto saved = m_services.cache.setDraft(m_conversationId, QString()); !saved)
            qWarning("kora.ui: cannot clear a draft: %s", qPrintable(saved.error()));
    }
    m_error.clear();
    updateStatus();
    Q_EMIT messageSent();
}

bool Composer::editLast()
{
    if (m_conversationId.isEmpty() || m_services.supportMode || isEditing())
        return false;
    const QList<models::CachedMessage> recent = m_services.cache.messages(m_conversationId, 50);
    for (auto it = recent.crbegin(); it != recent.crend(); ++it) {
        const proto::Message &m = it->message;
        if (m.senderId != m_services.userId || it->pending || it->failed || m.seq <= 0 ||
            m.deleted || m.kind == QLatin1String("system"))
            continue;
        if (m_draftTimer.isActive())
            saveDraftNow();
        stopTyping();
        m_savedDraft = m_edit->toPlainText();
        m_editingId = m.id;
        m_loading = true;
        m_edit->setPlainText(m.body);
        m_edit->moveCursor(QTextCursor::End);
        m_loading = false;
        m_editBar->show();
        m_sendButton->setText(tr("Save"));
        m_sendButton->setAccessibleName(tr("Save edited message"));
        m_error.clear();
        updateStatus();
        m_edit->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

void Composer::cancelEdit()
{
    if (!isEditing())
        return;
    m_editingId.clear();
    m_editBar->hide();
    m_sendButton->setText(tr("Send"));
    m_sendButton->setAccessibleName(tr("Send message"));
    m_loading = true;
    m_edit->setPlainText(m_savedDraft);
    m_edit->moveCursor(QTextCursor::End);
    m_loading = false;
    m_savedDraft.clear();
    m_error.clear();
    updateStatus();
}

} // namespace kora::ui
