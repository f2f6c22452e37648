#include "MentionCompleter.h"

#include "DesignSystem.h"
#include "Mentions.h"
#include "Participants.h"

#include <QCollator>
#include <QKeyEvent>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

namespace kora::ui {

namespace {
constexpr int maxTyped = 40; // past this many characters after '@' it is no mention
constexpr int maxShown = 6;
} // namespace

MentionCompleter::MentionCompleter(QPlainTextEdit *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    m_editor->installEventFilter(this);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &MentionCompleter::update);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &MentionCompleter::update);
}

MentionCompleter::~MentionCompleter()
{
    delete m_popup;
}

void MentionCompleter::setPeople(const QList<proto::Participant> &people, const QString &me)
{
    m_people.clear();
    for (const proto::Participant &p : people) {
        if (p.user.id != me && !p.user.name.trimmed().isEmpty())
            m_people.append(p);
    }
    QCollator collator;
    std::sort(m_people.begin(), m_people.end(), [&](const auto &a, const auto &b) {
        return collator.compare(a.user.name, b.user.name) < 0;
    });
    hide();
}

bool MentionCompleter::isShown() const
{
    return m_popup && m_popup->isVisible();
}

QStringList MentionCompleter::shownNames() const
{
    QStringList names;
    if (isShown()) {
        for (int i = 0; i < m_popup->count(); ++i)
            names.append(m_popup->item(i)->text());
    }
    return names;
}

int MentionCompleter::mentionStart(QString *typed) const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection())
        return -1;
    const QString block = cursor.block().text();
    const int at = cursor.positionInBlock();
    const int from = block.lastIndexOf(QLatin1Char('@'), at - 1);
    if (from < 0 || at - from - 1 > maxTyped)
        return -1;
    if (from > 0 && models::isWordChar(block.at(from - 1)))
        return -1; // an address, not a mention
    *typed = block.mid(from + 1, at - from - 1);
    return cursor.block().position() + from;
}

void MentionCompleter::update()
{
    QString typed;
    const int start = m_people.isEmpty() ? -1 : mentionStart(&typed);
    QStringList fits;
    if (start >= 0) {
        for (const proto::Participant &p : std::as_const(m_people)) {
            const QString name = p.user.name.simplified();
            bool fit = typed.isEmpty() || name.startsWith(typed, Qt::CaseInsensitive);
            for (const QString &word : name.split(QLatin1Char(' ')))
                fit = fit || word.startsWith(typed, Qt::CaseInsensitive);
            if (fit && typed.compare(name, Qt::CaseInsensitive) != 0)
                fits.append(name);
        }
    }
    if (fits.isEmpty() || start == m_dismissed) {
        hide();
        return;
    }
    m_dismissed = -1;
    m_start = start;
    QWidget *window = m_editor->window();
    if (!m_popup) {
        m_popup = new QListWidget(window);
        m_popup->setObjectName(QStringLiteral("mentionPopup"));
        m_popup->setAccessibleName(tr("People to mention"));
        m_popup->setFocusPolicy(Qt::NoFocus);
        m_popup->setSelectionMode(QAbstractItemView::SingleSelection);
        connect(m_popup, &QListWidget::itemClicked, this, [this] { complete(); });
    }
    const QString current = m_popup->currentItem() ? m_popup->currentItem()->text() : QString();
    m_popup->clear();
    m_popup->addItems(fits.mid(0, maxShown));
    const int keep = fits.mid(0, maxShown).indexOf(current);
    m_popup->setCurrentRow(keep >= 0 ? keep : 0);
    // Above the cursor, as wide as the longest name, inside the window.
    const QFontMetrics fm(m_popup->font());
    int width = 0;
    for (const QString &name : fits.mid(0, maxShown))
        width = qMax(width, fm.horizontalAdvance(name));
    width += theme::space2xl * 2;
    const int height = m_popup->sizeHintForRow(0) * m_popup->count() + 2 * m_popup->frameWidth();
    const QRect caret = m_editor->cursorRect();
    QPoint at = m_editor->viewport()->mapTo(window, caret.topLeft());
    at.setY(at.y() - height - theme::spaceXs);
    at.setX(qBound(0, at.x(), qMax(0, window->width() - width)));
    at.setY(qMax(0, at.y()));
    m_popup->setGeometry(QRect(at, QSize(width, height)));
    m_popup->show();
    m_popup->raise();
}

void MentionCompleter::complete()
{
    if (!isShown() || !m_popup->currentItem() || m_start < 0)
        return;
    const QString name = m_popup->currentItem()->text();
    QTextCursor cursor = m_editor->textCursor();
    const int end = cursor.position();
    cursor.beginEditBlock();
    cursor.setPosition(m_start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(models::mentionText(name));
    cursor.endEditBlock();
    m_editor->setTextCursor(cursor);
    hide();
}

void MentionCompleter::hide()
{
    m_start = -1;
    if (m_popup)
        m_popup->hide();
}

bool MentionCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        hide();
    if (watched != m_editor || event->type() != QEvent::KeyPress || !isShown())
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int n = m_popup->count();
        const int step = key->key() == Qt::Key_Down ? 1 : -1;
        m_popup->setCurrentRow((m_popup->currentRow() + step + n) % n);
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        complete();
        return true;
    case Qt::Key_Escape:
        m_dismissed = m_start; // until another '@' is typed
        hide();
        return true;
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace kora::ui
