#pragma once

#include "ComposerEdit.h"
#include "ImagePrep.h"
#include "UiServices.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace kora::models {
struct CachedMessage;
class Preferences;
} // namespace kora::models

namespace kora::ui {

class AttachmentStrip;
class ComposerSpelling;
class ContactNotice;
class EmojiPicker;
class QuickRepliesDialog;
class QuickReplyPicker;
class ReplyBar;
class SpellChecker;

// Writes messages of one conversation: sends through the outbox (shown at
// once as "sending", even offline), edits through the session layer, keeps a draft per
// conversation in the cache and tells the other side when the user types.
// Attachments (paperclip, paste, drop) are prepared on a worker (ImagePrep)
// into a staging folder and shown in a strip above the text, which becomes
// their optional caption; Send hands them to Outbox::sendFiles. A file that
// cannot be attached says why below the field; the others stay.
class Composer : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maxLength = 4000; // code points, as the server counts them
    static constexpr int countFrom = 3800; // the live count shows from here
    static constexpr int maxAttachments = 10;

    explicit Composer(const Services &services, QWidget *parent = nullptr);
    ~Composer() override;

    void setConversation(const QString &conversationId);
    QString conversationId() const { return m_conversationId; }
    QPlainTextEdit *editor() const;
    QString text() const;
    bool isEditing() const { return !m_editingId.isEmpty(); }
    // The message the next send answers ("" when none); the reply bar shows it.
    QString replyToId() const { return m_replyToId; }
    ReplyBar *replyBar() const { return m_replyBar; }
    // Shown instead of sending when the text holds contact details and the
    // conversation does not allow them (protocol 7.5); Send anyway sends it.
    ContactNotice *contactNotice() const { return m_contactNotice; }
    // The visible reason a send was refused, or the live count ("" when none).
    QString statusText() const;
    void focusEditor();

    // Attachments. True when the data held files or an image (then taken).
    // Send while some are still being prepared sends once they are.
    static bool hasAttachments(const QMimeData *data);
    bool addAttachments(const QMimeData *data);
    void addFiles(const QStringList &paths);
    void addImage(const QImage &image, const QString &name = {});
    AttachmentStrip *attachmentStrip() const { return m_strip; }
    QToolButton *attachButton() const { return m_attachButton; }
    QToolButton *quickReplyButton() const { return m_quickButton; }
    QuickReplyPicker *quickReplyPicker() const { return m_picker; }
    QuickRepliesDialog *quickRepliesDialog() const; // while open
    QStringList attachmentErrors() const { return m_attachErrors; }
    QString stagingDir() const { return m_stagingDir; }

    // Spell check in the field (ComposerSpelling): off until given a checker
    // and the preferences that choose its language; neither is owned.
    void setSpellCheck(SpellChecker *checker, models::Preferences *preferences);
    ComposerSpelling *spelling() const { return m_spelling; }

public Q_SLOTS:
    void send();
    // Edits the newest own message of the conversation; false when there is none.
    bool editLast();
    // The emoji grid above the composer's 🙂 button; a pick goes in at the cursor.
    void openEmojiPicker();
    EmojiPicker *emojiPicker() const { return m_emojiPicker; } // once opened
    // Edits this message of mine (sent, not deleted, not a system line) of the
    // conversation shown: its text in the field, Save to keep it, Esc to stop.
    bool editMessage(qint64 localId);
    bool canEdit(qint64 localId) const;
    void cancelEdit();
    // Answers a message of this conversation: `line` is what the bar quotes of it.
    void replyTo(const QString &messageId, const QString &senderName, const QString &line);
    void cancelReply();
    void chooseFiles(); // the file picker
    // Saved replies: the text with its placeholders filled from this
    // conversation, in place of "/word" when the picker is open, else at the cursor.
    void insertQuickReply(const QString &text);
    void openQuickReplies(); // the manage dialog

Q_SIGNALS:
    void messageSent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged();
    void showQuickReplyMenu();
    void updatePicker();
    void updateStatus(bool refusedNow = false);
    void saveDraftNow();
    void stopTyping();
    static int codePoints(const QString &text);
    bool roomForMore();
    void startPreparing(int id, QFuture<models::ImagePrep::Result> future);
    void onPrepared(int id, const models::ImagePrep::Result &result);
    void removeAttachment(int id);
    void clearAttachments();
    // True when `body` waits for Send anyway (the notice is then shown).
    bool holdForContactDetails(const QString &body);
    void hideContactNotice();
    bool canEdit(const models::CachedMessage &cached) const;
    bool startEdit(const QString &messageId, const QString &body);

    const Services &m_services;
    QString m_conversationId;
    ComposerEdit *m_edit = nullptr;
    QToolButton *m_sendButton = nullptr;
    QWidget *m_editBar = nullptr;
    QLabel *m_editLabel = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_draftTimer;
    QTimer m_typingIdle;
    QElapsedTimer m_lastTypingStart;
    bool m_typing = false;
    bool m_loading = false; // text set by us, not typed
    QString m_editingId;
    QString m_replyToId;
    ReplyBar *m_replyBar = nullptr;
    QString m_savedDraft; // the draft put aside while editing
    QString m_error;      // a refused send or edit, until the text changes
    QToolButton *m_attachButton = nullptr;
    QToolButton *m_emojiButton = nullptr;
    QToolButton *m_codeButton = nullptr;
    EmojiPicker *m_emojiPicker = nullptr; // a popup, made when first opened
    AttachmentStrip *m_strip = nullptr;
    QString m_stagingDir;
    QHash<int, QFutureWatcher<models::ImagePrep::Result> *> m_preparing;
    QStringList m_attachErrors;   // files that could not be attached, until the next change
    bool m_sendWhenReady = false; // Send was pressed while files were being prepared
    ContactNotice *m_contactNotice = nullptr;
    QToolButton *m_quickButton = nullptr;
    QuickReplyPicker *m_picker = nullptr;
    QPointer<QuickRepliesDialog> m_quickDialog;
    QString m_contactConfirmed; // the text Send anyway was pressed for
    ComposerSpelling *m_spelling = nullptr;
    QString m_spellNotice; // "spell check is off: …", until the user types
    QString m_shownText;   // the field's text at the last textChanged
};

} // namespace kora::ui
