#include "SpellHighlighter.h"

#include "DesignSystem.h"
#include "SpellChecker.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

namespace kora::ui {

namespace {
constexpr int outsideFence = 0;
constexpr int insideFence = 1;

// What is not prose: links, addresses, mentions, code spans.
const QRegularExpression &skipped()
{
    static const QRegularExpression re(
        QStringLiteral("(?:[a-z][a-z0-9+.-]*://|www\\.)\\S+" // links
                       "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"   // e-mail addresses
                       "|(?<![\\w@])@[\\w.-]+"               // @mentions
                       "|`[^`]*`?"),                         // code spans (open ones to the end)
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Letters with apostrophes inside ("l'homme", "don’t").
const QRegularExpression &words()
{
    static const QRegularExpression re(QStringLiteral("[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool isFence(const QString &line)
{
    return line.trimmed().startsWith(QLatin1String("```"));
}
} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument *document, SpellChecker *checker)
    : QSyntaxHighlighter(document)
    , m_checker(checker)
{
    if (checker)
        connect(checker, &SpellChecker::changed, this, &QSyntaxHighlighter::rehighlight);
}

void SpellHighlighter::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    m_language = code;
    rehighlight();
}

QList<SpellHighlighter::Word> SpellHighlighter::checkedWords(const QString &line, bool &inFence)
{
    QList<Word> out;
    if (isFence(line)) {
        inFence = !inFence;
        return out;
    }
    if (inFence)
        return out;
    QList<Word> skip;
    for (auto it = skipped().globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        skip.append({int(m.capturedStart()), int(m.capturedLength())});
    }
    for (auto it = words().globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int start = int(m.capturedStart());
        const int end = int(m.capturedEnd());
        if (m.capturedLength() < 2)
            continue;
        // Part of "abc123", "v2", "snake_case" or "x-ray9": not a word to check.
        const auto joined = [](QChar c) { return c.isDigit() || c == QLatin1Char('_'); };
        if ((start > 0 && joined(line.at(start - 1))) ||
            (end < line.size() && joined(line.at(end))))
            continue;
        const bool inSkipped = std::any_of(skip.cbegin(), skip.cend(), [&](const Word &s) {
            return start < s.start + s.length && end > s.start;
        });
        if (!inSkipped)
            out.append({start, end - start});
    }
    return out;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    bool inFence = previousBlockState() == insideFence;
    const QList<Word> found = checkedWords(text, inFence);
    setCurrentBlockState(inFence ? insideFence : outsideFence);
    if (!isActive())
        return;
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelt.setUnderlineColor(theme::failure(QGuiApplication::palette()));
    for (const Word &word : found) {
        if (!m_checker->isCorrect(m_language, text.mid(word.start, word.length)))
            setFormat(word.start, word.length, misspelt);
    }
}

QTextCursor SpellHighlighter::misspeltWordAt(const QTextCursor &cursor)
{
    if (!isActive() || cursor.isNull())
        return {};
    const QTextBlock block = cursor.block();
    bool inFence = block.previous().isValid() && block.previous().userState() == insideFence;
    const int at = cursor.positionInBlock();
    const QString text = block.text();
    for (const Word &word : checkedWords(text, inFence)) {
        if (at < word.start || at > word.start + word.length)
            continue;
        if (m_checker->isCorrect(m_language, text.mid(word.start, word.length)))
            return {};
        QTextCursor selection(block);
        selection.setPosition(block.position() + word.start);
        selection.setPosition(block.position() + word.start + word.length, QTextCursor::KeepAnchor);
        return selection;
    }
    return {};
}

} // namespace kora::ui
