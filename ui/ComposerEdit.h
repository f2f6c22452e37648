#pragma once

#include <QPlainTextEdit>

#include <optional>

class QKeyEvent;
class QMenu;

namespace kora::ui {

// The text field of the composer: plain text only (pasted rich text becomes
// plain), Enter sends, Shift+Enter breaks the line, Up in an empty field asks
// to edit the last own message, Esc cancels an edit. Grows up to six lines.
// Pasted or dropped files and images are handed to the composer as attachments.
// Ctrl+B, Ctrl+I and Ctrl+Shift+X put the selection (each of its lines) in
// bold, italic or strikethrough markers, or take them away again; without a
// selection they leave the cursor between a pair.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    enum class Format { Bold, Italic, Strike, Code };
    // Code: `inline` within a line, a ``` block for a selection of lines.
    void applyFormat(Format format);
    // "Format ▸ Bold Ctrl+B, Italic Ctrl+I, Strikethrough Ctrl+Shift+X, Code".
    void addFormatMenu(QMenu *menu);

Q_SIGNALS:
    void sendRequested();
    void editLastRequested();
    void cancelRequested();
    void attachmentsPasted(const QMimeData *source); // direct: source lives during the call

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void updateHeight();
    static std::optional<Format> formatFor(const QKeyEvent *event);
};

} // namespace kora::ui
