#include "Composer.h"

#include "AttachmentStrip.h"
#include "Cache.h"
#include "ClientSession.h"
#include "ComposerSpelling.h"
#include "ContactNotice.h"
#include "DesignSystem.h"
#include "EmojiPicker.h"
#include "MessageStyle.h"
#include "Outbox.h"
#include "Participants.h"
#include "QuickReplies.h"
#include "QuickRepliesDialog.h"
#include "QuickReplyPicker.h"
#include "ReplyBar.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextBlock>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>
#include <QtMath>

#include "protocol/ContactGuard.h"

namespace kora::ui {

namespace {
constexpr int typingEveryMs = 3000;
constexpr int typingIdleMs = 4000;
constexpr int draftDelayMs = 400;
constexpr int toolIconSide = 20; // the paperclip, quick replies
constexpr int sendIconSide = 18;
constexpr int emojiSide = 18;       // the 🙂 glyph: as large as the icons beside it
constexpr int emojiButtonSide = 30; // square, as tall as the other tool buttons
} // namespace

Composer::Composer(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spaceM, theme::spaceXs, theme::spaceM, theme::spaceS);
    layout->setSpacing(theme::spaceXs);

    // "Editing message" bar, shown while an edit is under way.
    m_editBar = new QWidget(this);
    m_editBar->setObjectName(QStringLiteral("composerEditBar"));
    auto *barLayout = new QHBoxLayout(m_editBar);
    barLayout->setContentsMargins(theme::spaceXs, 0, 0, 0);
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

    // "Replying to …", shown while a reply is being written.
    m_replyBar = new ReplyBar(this);
    m_replyBar->hide();
    connect(m_replyBar, &ReplyBar::closeRequested, this, &Composer::cancelReply);
    layout->addWidget(m_replyBar);

    // Files waiting to be sent.
    m_strip = new AttachmentStrip(this);
    layout->addWidget(m_strip);

    // Saved replies matching "/word", above the field.
    m_picker = new QuickReplyPicker(m_services.session.quickReplies(), this);
    layout->addWidget(m_picker);
    connect(m_picker, &QuickReplyPicker::picked, this, &Composer::insertQuickReply);
    connect(m_picker, &QuickReplyPicker::manageRequested, this, &Composer::openQuickReplies);
    connect(m_strip, &AttachmentStrip::removeRequested, this, &Composer::removeAttachment);

    auto *row = new QHBoxLayout;
    row->setSpacing(theme::spaceS);
    m_attachButton = new QToolButton(this);
    m_attachButton->setObjectName(QStringLiteral("composerAttach"));
    const QIcon clip(QStringLiteral(":/icons/attach.svg"));
    m_attachButton->setIcon(clip);
    m_attachButton->setIconSize(QSize(toolIconSide, toolIconSide));
    m_attachButton->setText(tr("Attach"));
    m_attachButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_attachButton->setToolTip(tr("Attach files or images (you can also drop or paste them)"));
    m_attachButton->setAccessibleName(tr("Attach files"));
    m_attachButton->setAutoRaise(true);
    m_attachButton->setCursor(Qt::PointingHandCursor);
    connect(m_attachButton, &QToolButton::clicked, this, &Composer::chooseFiles);
    row->addWidget(m_attachButton, 0, Qt::AlignBottom);
    m_quickButton = new QToolButton(this);
    m_quickButton->setObjectName(QStringLiteral("composerQuickReplies"));
    m_quickButton->setIcon(QIcon(QStringLiteral(":/icons/quick-reply.svg")));
    m_quickButton->setIconSize(QSize(toolIconSide, toolIconSide));
    m_quickButton->setText(tr("Quick replies"));
    m_quickButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_quickButton->setToolTip(tr("Insert a quick reply (or type / and a word)"));
    m_quickButton->setAccessibleName(tr("Quick replies"));
    m_quickButton->setAutoRaise(true);
    m_quickButton->setCursor(Qt::PointingHandCursor);
    m_quickButton->setVisible(!m_services.supportMode);
    connect(m_quickButton, &QToolButton::clicked, this, &Composer::showQuickReplyMenu);
    row->addWidget(m_quickButton, 0, Qt::AlignBottom);
    // Emoji into the text, from the same grid reactions use.
    m_emojiButton = new QToolButton(this);
    m_emojiButton->setObjectName(QStringLiteral("composerEmoji"));
    m_emojiButton->setText(QStringLiteral("🙂"));
    QFont emojiFont = MessageStyle::emojiFont(font());
    emojiFont.setPixelSize(emojiSide);
    m_emojiButton->setFont(emojiFont);
    m_emojiButton->setFixedSize(emojiButtonSide, emojiButtonSide);
    m_emojiButton->setToolTip(tr("Insert an emoji"));
    m_emojiButton->setAccessibleName(tr("Emoji"));
    m_emojiButton->setAutoRaise(true);
    m_emojiButton->setCursor(Qt::PointingHandCursor);
    m_emojiButton->setVisible(!m_services.supportMode);
    connect(m_emojiButton, &QToolButton::clicked, this, &Composer::openEmojiPicker);
    row->addWidget(m_emojiButton, 0, Qt::AlignBottom);
    // `Code`, or a block of code for several lines (bold and the rest are
    // in the field's menu and on their keys).
    m_codeButton = new QToolButton(this);
    m_codeButton->setObjectName(QStringLiteral("composerCode"));
    m_codeButton->setIcon(QIcon(QStringLiteral(":/icons/code.svg")));
    m_codeButton->setIconSize(QSize(toolIconSide, toolIconSide));
    m_codeButton->setText(tr("Code"));
    m_codeButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_codeButton->setToolTip(
        tr("Format as code (select several lines for a code block). Bold: Ctrl+B, italic: "
           "Ctrl+I, strikethrough: Ctrl+Shift+X."));
    m_codeButton->setAccessibleName(tr("Format as code"));
    m_codeButton->setAutoRaise(true);
    m_codeButton->setCursor(Qt::PointingHandCursor);
    m_codeButton->setVisible(!m_services.supportMode);
    row->addWidget(m_codeButton, 0, Qt::AlignBottom);
    m_edit = new ComposerEdit(this);
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setPlaceholderText(tr("Write a message…"));
    m_edit->setAccessibleName(tr("Message"));
    m_sendButton = new QToolButton(this);
    m_sendButton->setObjectName(QStringLiteral("composerSend"));
    m_sendButton->setText(tr("Send"));
    m_sendButton->setToolTip(tr("Send (Enter). Shift+Enter starts a new line."));
    m_sendButton->setAccessibleName(tr("Send message"));
    m_sendButton->setIcon(QIcon(QStringLiteral(":/icons/send.svg")));
    m_sendButton->setIconSize(QSize(sendIconSide, sendIconSide));
    m_sendButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
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

    m_contactNotice = new ContactNotice(this);
    layout->addWidget(m_contactNotice);
    connect(m_contactNotice, &ContactNotice::sendAnywayRequested, this, [this] {
        m_contactConfirmed = m_edit->toPlainText().trimmed();
        send();
    });
    connect(m_contactNotice, &ContactNotice::editRequested, this, [this] {
        hideContactNotice();
        focusEditor();
    });

    // No focus proxy (focusEditor() is the way in): with one, Qt 6.4 tabs
    // from the messages straight into the text field and skips the paperclip.
    setTabOrder(m_attachButton, m_quickButton);
    setTabOrder(m_quickButton, m_emojiButton);
    setTabOrder(m_emojiButton, m_codeButton);
    setTabOrder(m_codeButton, m_edit);
    setTabOrder(m_edit, m_sendButton);

    connect(m_edit, &ComposerEdit::sendRequested, this, &Composer::send);
    connect(m_sendButton, &QToolButton::clicked, this, &Composer::send);
    connect(m_codeButton, &QToolButton::clicked, this, [this] {
        m_edit->applyFormat(ComposerEdit::Format::Code);
        m_edit->setFocus();
    });
    connect(m_edit, &ComposerEdit::editLastRequested, this, &Composer::editLast);
    connect(m_edit, &ComposerEdit::cancelRequested, this, [this] {
        if (isEditing())
            cancelEdit();
        else
            cancelReply();
    });
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::onTextChanged);
    m_spelling = new ComposerSpelling(m_edit);
    connect(m_spelling, &ComposerSpelling::notice, this, [this](const QString &text) {
        m_spellNotice = text;
        updateStatus();
    });
    m_edit->installEventFilter(this);
    connect(m_edit, &ComposerEdit::attachmentsPasted, this, &Composer::addAttachments,
            Qt::DirectConnection);

    // Prepared files wait here until the outbox has copied them. Folders left by a
    // composer that did not close (a crash) are removed after a day.
    const QDir staging(
        QFileInfo(m_services.cache.path()).absoluteDir().filePath(QStringLiteral("staging")));
    const QDateTime dayAgo = QDateTime::currentDateTime().addDays(-1);
    for (const QFileInfo &old : staging.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (old.lastModified() < dayAgo)
            QDir(old.absoluteFilePath()).removeRecursively();
    }
    m_stagingDir = staging.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));

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
    // Let running preparations end (they write into the staging folder), then tidy up.
    for (auto *watcher : std::as_const(m_preparing)) {
        disconnect(watcher, nullptr, this, nullptr);
        watcher->waitForFinished();
    }
    QDir(m_stagingDir).removeRecursively();
}

void Composer::setSpellCheck(SpellChecker *checker, models::Preferences *preferences)
{
    m_spelling->setSpellCheck(checker, preferences);
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
    cancelReply();
    if (m_draftTimer.isActive())
        saveDraftNow();
    stopTyping();
    clearAttachments();
    m_conversationId = conversationId;
    m_spelling->setConversation(conversationId);
    m_error.clear();
    hideContactNotice();
    m_picker->hide();
    m_loading = true;
    m_edit->setPlainText(conversationId.isEmpty() ? QString()
                                                  : m_services.cache.draft(conversationId));
    m_edit->moveCursor(QTextCursor::End);
    m_loading = false;
    updateStatus();
}

void Composer::onTextChanged()
{
    // The spell check's underline changes no text, but QPlainTextEdit says
    // textChanged for it too: that is no typing and no new draft.
    const QString text = m_edit->toPlainText();
    if (text == m_shownText)
        return;
    m_shownText = text;
    if (m_loading)
        return;
    m_error.clear();
    m_spellNotice.clear(); // said once; the typing goes on without it
    updateStatus();
    updatePicker();
    // The notice is about the text as it was: once the details are gone, so is it.
    if (m_contactNotice->isVisible() &&
        proto::detectContacts(m_edit->toPlainText().trimmed()).isEmpty())
        hideContactNotice();
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
        if (m_services.session.sendTyping(m_conversationId, true)) {
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
    m_services.session.sendTyping(m_conversationId, false);
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
    if (!m_error.isEmpty() || !m_attachErrors.isEmpty()) {
        QStringList lines = m_attachErrors;
        if (!m_error.isEmpty())
            lines.append(m_error);
        text = lines.join(QLatin1Char('\n'));
        error = true;
    } else if (m_sendWhenReady) {
        text = tr("Sending as soon as the attachments are ready…");
    } else if (count > maxLength) {
        text = tr("Too long: %1 / %2 characters. Shorten the message to send it.")
                   .arg(QLocale().toString(count), QLocale().toString(maxLength));
        error = true;
    } else if (count >= countFrom) {
        text = tr("%1 / %2").arg(QLocale().toString(count), QLocale().toString(maxLength));
    } else if (!m_spellNotice.isEmpty()) {
        text = m_spellNotice;
    }
    Q_UNUSED(refusedNow)
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette pal = palette();
    if (error) {
        pal.setColor(QPalette::WindowText, theme::failure(pal));
    } else {
        pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    }
    m_status->setPalette(pal);
    m_status->setAlignment(error ? Qt::AlignLeading | Qt::AlignVCenter
                                 : Qt::AlignTrailing | Qt::AlignVCenter);
    m_sendButton->setEnabled(!m_conversationId.isEmpty() && count <= maxLength);
    m_edit->setEnabled(!m_conversationId.isEmpty());
    // With files waiting, what the field takes is their caption.
    const int files = isEditing() ? 0 : m_strip->count();
    m_edit->setPlaceholderText(files > 0 ? tr("Add a caption (optional)…")
                                         : tr("Write a message…"));
    m_attachButton->setEnabled(!m_conversationId.isEmpty() && !isEditing() &&
                               !m_services.supportMode);
}

void Composer::send()
{
    if (m_conversationId.isEmpty() || m_services.supportMode)
        return;
    const QString body = m_edit->toPlainText().trimmed();
    const bool withFiles = m_strip->count() > 0 && !isEditing();
    if (body.isEmpty() && !withFiles)
        return; // nothing to send: not an error worth a message
    if (codePoints(body) > maxLength) {
        updateStatus(true); // the reason is already on screen
        return;
    }
    if (holdForContactDetails(body))
        return;
    if (isEditing()) {
        const QString id = m_editingId;
        m_sendButton->setEnabled(false);
        m_services.session.editMessage(
            id, body, this, [this, id](const models::Result<proto::Message> &result) {
                m_sendButton->setEnabled(true);
                if (!result) {
                    m_error = tr("Could not edit the message: %1").arg(result.error().message);
                    updateStatus();
                    return;
                }
                if (m_editingId == id) {
                    hideContactNotice();
                    cancelEdit();
                }
            });
        return;
    }
    if (withFiles) {
        if (m_strip->isBusy()) {
            // Goes by itself once the last file is prepared.
            m_sendWhenReady = true;
            updateStatus();
            return;
        }
        m_sendWhenReady = false;
        QList<models::LocalAttachment> files;
        for (const models::ImagePrep::Prepared &p : m_strip->files())
            files.append({p.path, p.name, p.mime, p.size, p.width, p.height});
        const auto queued =
            m_services.session.sendFiles(m_conversationId, body, files, m_replyToId);
        if (!queued) {
            m_error = tr("Could not queue the attachments: %1").arg(queued.error());
            updateStatus();
            return;
        }
        m_strip->clear(true); // the outbox has its own copies
        m_attachErrors.clear();
    } else {
        const auto queued = m_services.session.send(m_conversationId, body, m_replyToId);
        if (!queued) {
            m_error = tr("Could not queue the message: %1").arg(queued.error());
            updateStatus();
            return;
        }
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
    hideContactNotice();
    cancelReply();
    updateStatus();
    Q_EMIT messageSent();
}

// ------------------------------------------------------------- quick replies

QuickRepliesDialog *Composer::quickRepliesDialog() const
{
    return m_quickDialog;
}

void Composer::updatePicker()
{
    // "/" and a word, nothing else: the saved replies that hold the word.
    static const QRegularExpression slash(QStringLiteral("^/(\\S*)$"));
    const QRegularExpressionMatch match = slash.match(m_edit->toPlainText());
    if (!match.hasMatch() || isEditing() || m_services.supportMode || m_conversationId.isEmpty()) {
        m_picker->hide();
        return;
    }
    m_picker->showFor(match.captured(1));
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress && m_picker->isVisible()) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
            m_picker->moveCurrent(-1);
            return true;
        case Qt::Key_Down:
            m_picker->moveCurrent(1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
            if (m_picker->count() == 0)
                break; // Enter sends "/word" as written
            insertQuickReply(m_picker->currentText());
            return true;
        case Qt::Key_Escape:
            m_picker->hide();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::insertQuickReply(const QString &text)
{
    if (text.isEmpty() || m_conversationId.isEmpty())
        return;
    models::QuickReplies::Context context;
    if (const auto cached = m_services.cache.conversation(m_conversationId)) {
        const proto::Conversation &c = cached->conversation;
        context.jobId = c.jobId;
        context.jobTitle = c.jobTitle;
        context.name = c.title;
        if (c.type == QLatin1String("direct")) {
            if (const proto::Participant *p =
                    models::otherParticipant(c.participants, m_services.userId))
                context.name = p->user.name;
        }
    }
    const QString filled = models::QuickReplies::fill(text, context);
    if (m_picker->isVisible()) {
        m_picker->hide();
        m_edit->setPlainText(filled); // in place of "/word"
        m_edit->moveCursor(QTextCursor::End);
    } else {
        m_edit->insertPlainText(filled);
    }
    focusEditor();
}

void Composer::showQuickReplyMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("composerQuickReplyMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const models::QuickReplies &replies = m_services.session.quickReplies();
    for (int i = 0; i < replies.rowCount(); ++i) {
        const QModelIndex index = replies.index(i);
        const QString shown = fontMetrics().elidedText(index.data().toString(), Qt::ElideRight,
                                                       fontMetrics().averageCharWidth() * 48);
        QAction *action = menu->addAction(shown);
        action->setToolTip(index.data(models::QuickReplies::TextRole).toString());
        const QString text = index.data(models::QuickReplies::TextRole).toString();
        connect(action, &QAction::triggered, this, [this, text] { insertQuickReply(text); });
    }
    if (replies.rowCount() == 0)
        menu->addAction(tr("No quick replies yet"))->setEnabled(false);
    menu->addSeparator();
    QAction *manage = menu->addAction(tr("Manage quick replies…"));
    manage->setObjectName(QStringLiteral("composerQuickReplyManageAction"));
    connect(manage, &QAction::triggered, this, &Composer::openQuickReplies);
    menu->popup(m_quickButton->mapToGlobal(QPoint(0, 0)) - QPoint(0, menu->sizeHint().height()));
}

void Composer::openQuickReplies()
{
    m_picker->hide();
    if (!m_quickDialog) {
        m_quickDialog = new QuickRepliesDialog(m_services.session.quickReplies(), window());
        m_quickDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_quickDialog->show();
    m_quickDialog->raise();
    m_quickDialog->activateWindow();
}

bool Composer::holdForContactDetails(const QString &body)
{
    if (body.isEmpty() || body == m_contactConfirmed)
        return false;
    const auto conversation = m_services.cache.conversation(m_conversationId);
    if (conversation && conversation->conversation.contactAllowed)
        return false; // the marketplace said they may (e.g. the booking is confirmed)
    if (proto::detectContacts(body).isEmpty())
        return false;
    m_contactConfirmed.clear();
    m_contactNotice->show();
    return true;
}

void Composer::hideContactNotice()
{
    m_contactConfirmed.clear();
    m_contactNotice->hide();
}

// ---------------------------------------------------------------- attachments

bool Composer::hasAttachments(const QMimeData *data)
{
    if (!data)
        return false;
    const QList<QUrl> urls = data->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); }))
        return true;
    return data->hasImage();
}

bool Composer::addAttachments(const QMimeData *data)
{
    if (!hasAttachments(data) || m_conversationId.isEmpty() || isEditing() ||
        m_services.supportMode)
        return false;
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty())
        addFiles(paths);
    else
        addImage(qvariant_cast<QImage>(data->imageData()));
    return true;
}

bool Composer::roomForMore()
{
    if (m_strip->count() < maxAttachments)
        return true;
    const QString full = tr("At most %1 files can go in one message.").arg(maxAttachments);
    if (!m_attachErrors.contains(full))
        m_attachErrors.append(full);
    updateStatus();
    return false;
}

void Composer::addFiles(const QStringList &paths)
{
    m_attachErrors.clear();
    for (const QString &path : paths) {
        if (!roomForMore())
            break;
        const int id = m_strip->addPending(QFileInfo(path).fileName());
        startPreparing(id, models::ImagePrep::prepareFileAsync(path, m_stagingDir));
    }
    updateStatus();
}

void Composer::addImage(const QImage &image, const QString &name)
{
    m_attachErrors.clear();
    if (!roomForMore())
        return;
    const QString shown =
        name.isEmpty()
            ? tr("Image %1", "file name of a pasted image, then date and time")
                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmmss")))
            : name;
    const int id = m_strip->addPending(shown);
    startPreparing(id, models::ImagePrep::prepareImageAsync(image, shown, m_stagingDir));
    updateStatus();
}

void Composer::startPreparing(int id, QFuture<models::ImagePrep::Result> future)
{
    auto *watcher = new QFutureWatcher<models::ImagePrep::Result>(this);
    m_preparing.insert(id, watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, id, watcher] {
        m_preparing.remove(id);
        watcher->deleteLater();
        onPrepared(id, watcher->result());
    });
    watcher->setFuture(std::move(future));
}

void Composer::onPrepared(int id, const models::ImagePrep::Result &result)
{
    if (!m_strip->contains(id)) {
        QFile::remove(result.file.path); // removed meanwhile
        return;
    }
    if (!result) {
        m_strip->remove(id);
        m_attachErrors.append(result.message);
    } else {
        m_strip->setPrepared(id, result.file);
    }
    updateStatus();
    if (m_sendWhenReady && !m_strip->isBusy()) {
        m_sendWhenReady = false;
        if (m_strip->count() > 0)
            send();
    }
}

void Composer::removeAttachment(int id)
{
    m_strip->remove(id);
    if (m_strip->count() == 0)
        m_sendWhenReady = false;
    m_error.clear();
    updateStatus();
    m_edit->setFocus(Qt::OtherFocusReason);
}

void Composer::clearAttachments()
{
    m_sendWhenReady = false;
    m_strip->clear(true);
    m_attachErrors.clear();
}

void Composer::chooseFiles()
{
    if (m_conversationId.isEmpty() || isEditing())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("All files (*);;Images (*.png *.jpg *.jpeg *.webp *.gif)"));
    if (!paths.isEmpty())
        addFiles(paths);
    m_edit->setFocus(Qt::OtherFocusReason);
}

void Composer::openEmojiPicker()
{
    if (!m_emojiPicker) {
        m_emojiPicker = new EmojiPicker(this);
        m_emojiPicker->setObjectName(QStringLiteral("composerEmojiPicker"));
        connect(m_emojiPicker, &EmojiPicker::picked, this, [this](const QString &emoji) {
            m_edit->insertPlainText(emoji);
            m_edit->setFocus(Qt::OtherFocusReason);
        });
    }
    // Above the button: the composer is at the bottom of the window.
    const QSize size = m_emojiPicker->sizeHint();
    m_emojiPicker->popup(m_emojiButton->mapToGlobal(QPoint(0, -size.height() - 4)));
}

bool Composer::editLast()
{
    if (m_conversationId.isEmpty() || m_services.supportMode || isEditing())
        return false;
    const QList<models::CachedMessage> recent = m_services.cache.messages(m_conversationId, 50);
    for (auto it = recent.crbegin(); it != recent.crend(); ++it) {
        if (canEdit(*it))
            return startEdit(it->message.id, it->message.body);
    }
    return false;
}

bool Composer::canEdit(const models::CachedMessage &cached) const
{
    const proto::Message &m = cached.message;
    return m.senderId == m_services.userId && !cached.pending && !cached.failed && m.seq > 0 &&
           !m.id.isEmpty() && !m.deleted && m.kind != QLatin1String("system");
}

bool Composer::editMessage(qint64 localId)
{
    if (m_conversationId.isEmpty() || m_services.supportMode)
        return false;
    const auto cached = m_services.cache.message(localId);
    if (!cached || cached->message.conversationId != m_conversationId || !canEdit(*cached))
        return false;
    if (isEditing())
        cancelEdit();
    return startEdit(cached->message.id, cached->message.body);
}

bool Composer::canEdit(qint64 localId) const
{
    const auto cached = m_services.cache.message(localId);
    return cached && !m_services.supportMode &&
           cached->message.conversationId == m_conversationId && canEdit(*cached);
}

bool Composer::startEdit(const QString &messageId, const QString &body)
{
    if (m_draftTimer.isActive())
        saveDraftNow();
    stopTyping();
    cancelReply(); // an edit is no reply
    m_savedDraft = m_edit->toPlainText();
    m_editingId = messageId;
    m_loading = true;
    m_edit->setPlainText(body);
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

void Composer::replyTo(const QString &messageId, const QString &senderName, const QString &line)
{
    if (m_conversationId.isEmpty() || m_services.supportMode || messageId.isEmpty())
        return;
    if (isEditing())
        cancelEdit(); // the draft comes back: the reply is written in it
    m_replyToId = messageId;
    m_replyBar->setTarget(senderName, line);
    m_replyBar->show();
    m_edit->setFocus(Qt::OtherFocusReason);
}

void Composer::cancelReply()
{
    if (m_replyToId.isEmpty())
        return;
    m_replyToId.clear();
    m_replyBar->hide();
}

} // namespace kora::ui
