#include "ComposerEdit.h"

#include "Composer.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMimeData>
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
