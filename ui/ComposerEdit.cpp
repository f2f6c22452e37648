#include "ComposerEdit.h"

#include "Composer.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextBlock>
#include <QtMath>

namespace kora::ui {

namespace {
constexpr int maxLines = 6;
} // namespace

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

namespace {
// The formats with keys: the field handles them, its menu shows them.
struct FormatKey
{
    ComposerEdit::Format format;
    QKeyCombination keys;
};
constexpr FormatKey formatKeys[] = {
    {ComposerEdit::Format::Bold, QKeyCombination(Qt::ControlModifier, Qt::Key_B)},
    {ComposerEdit::Format::Italic, QKeyCombination(Qt::ControlModifier, Qt::Key_I)},
    {ComposerEdit::Format::Strike,
     QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_X)},
};
} // namespace

std::optional<ComposerEdit::Format> ComposerEdit::formatFor(const QKeyEvent *event)
{
    for (const FormatKey &k : formatKeys) {
        if (event->keyCombination() == k.keys)
            return k.format;
    }
    return std::nullopt;
}

bool ComposerEdit::event(QEvent *event)
{
    // The window's Ctrl+I (the conversation's details, also Ctrl+Shift+I)
    // waits while the field has the focus.
    if (event->type() == QEvent::ShortcutOverride && formatFor(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void ComposerEdit::applyFormat(Format format)
{
    const QString marker = format == Format::Bold     ? QStringLiteral("**")
                           : format == Format::Italic ? QStringLiteral("_")
                           : format == Format::Strike ? QStringLiteral("~~")
                                                      : QStringLiteral("`");
    const int m = int(marker.size());
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection()) {
        cursor.insertText(marker + marker);
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, m);
        setTextCursor(cursor);
        return;
    }
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const QTextBlock first = document()->findBlock(start);
    const QTextBlock last = document()->findBlock(end);
    QTextCursor edit(document());
    QTextCursor selection(document());
    edit.beginEditBlock();
    if (format == Format::Code && first != last) {
        // Whole lines: a fenced block on lines of its own.
        const int firstPos = first.position();
        const int lastEnd = last.position() + last.length() - 1;
        edit.setPosition(lastEnd);
        edit.insertText(QStringLiteral("\n```"));
        edit.setPosition(firstPos);
        edit.insertText(QStringLiteral("```\n"));
        edit.endEditBlock();
        selection.setPosition(firstPos + 4);
        selection.setPosition(lastEnd + 4, QTextCursor::KeepAnchor);
        setTextCursor(selection);
        return;
    }
    const QString text = toPlainText(); // one character per position, '\n' between lines
    if (start >= m && QStringView(text).mid(start - m, m) == marker &&
        QStringView(text).mid(end, m) == marker) {
        // Already formatted: the markers go.
        edit.setPosition(end);
        edit.setPosition(end + m, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
        edit.setPosition(start - m);
        edit.setPosition(start, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
        edit.endEditBlock();
        selection.setPosition(start - m);
        selection.setPosition(end - m, QTextCursor::KeepAnchor);
        setTextCursor(selection);
        return;
    }
    // Markup never crosses lines: each line's part on its own, the spaces
    // around it left outside the markers; the last line first, so the
    // positions before it hold.
    QList<QPair<int, int>> parts;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        int from = qMax(start, b.position());
        int to = qMin(end, b.position() + b.length() - 1);
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        if (from < to)
            parts.append({from, to});
        if (b == last)
            break;
    }
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        edit.setPosition(it->second);
        edit.insertText(marker);
        edit.setPosition(it->first);
        edit.insertText(marker);
    }
    edit.endEditBlock();
    selection.setPosition(start);
    selection.setPosition(end + int(parts.size()) * 2 * m, QTextCursor::KeepAnchor);
    setTextCursor(selection);
}

void ComposerEdit::addFormatMenu(QMenu *menu)
{
    QMenu *formats = menu->addMenu(tr("Format"));
    formats->setObjectName(QStringLiteral("composerFormatMenu"));
    const auto add = [&](const QString &name, Format format) {
        QAction *action = formats->addAction(name, this, [this, format] { applyFormat(format); });
        for (const FormatKey &k : formatKeys) {
            if (k.format == format)
                action->setShortcut(QKeySequence(k.keys)); // shown; the field handles the keys
        }
        action->setShortcutContext(Qt::WidgetShortcut);
    };
    add(tr("Bold"), Format::Bold);
    add(tr("Italic"), Format::Italic);
    add(tr("Strikethrough"), Format::Strike);
    add(tr("Code"), Format::Code);
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    if (const auto format = formatFor(event)) {
        applyFormat(*format);
        event->accept();
        return;
    }
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
    return source->hasText() || Composer::hasAttachments(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    if (Composer::hasAttachments(source)) {
        Q_EMIT attachmentsPasted(source);
        return;
    }
    if (source->hasText())
        insertPlainText(source->text()); // never HTML, whatever the clipboard holds
}

} // namespace kora::ui
