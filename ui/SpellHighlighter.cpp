#include "SpellHighlighter.h"

#include "DesignSystem.h"
#include "Markup.h"
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
} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument *document, SpellChecker *checker)
    : QSyntaxHighlighter(document)
{
    setChecker(checker);
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
    // Fences as the markup reads them (the composer shows them the same way).
    const models::markup::LineMarkup markup = models::markup::lineMarkup(line, inFence);
    return markup.fence || markup.inCode ? QList<Word>() : proseWords(line);
}

QList<SpellHighlighter::Word> SpellHighlighter::proseWords(const QString &line)
{
    QList<Word> out;
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

void SpellHighlighter::setChecker(SpellChecker *checker)
{
    if (checker == m_checker)
        return;
    if (m_checker)
        disconnect(m_checker, nullptr, this, nullptr);
    m_checker = checker;
    if (checker)
        connect(checker, &SpellChecker::changed, this, &QSyntaxHighlighter::rehighlight);
    rehighlight();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    namespace mk = models::markup;
    bool inFence = previousBlockState() == insideFence;
    const mk::LineMarkup markup = mk::lineMarkup(text, inFence);
    setCurrentBlockState(inFence ? insideFence : outsideFence);

    // The text as it will look, its markers kept but faded.
    const QPalette pal = QGuiApplication::palette();
    const QColor faded = theme::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.55);
    const QColor codeBack = theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.08);
    const QStringList mono = theme::monospaceFamilies();
    QList<QTextCharFormat> chars(text.size());
    if (markup.fence || markup.inCode) {
        for (QTextCharFormat &f : chars) {
            f.setFontFamilies(mono);
            f.setBackground(codeBack);
        }
    }
    for (const mk::Span &span : markup.spans) {
        for (int i = span.start; i < span.start + span.length && i < chars.size(); ++i) {
            QTextCharFormat &f = chars[i];
            switch (span.style) {
            case mk::Bold:
                f.setFontWeight(QFont::Bold);
                break;
            case mk::Italic:
                f.setFontItalic(true);
                break;
            case mk::Strike:
                f.setFontStrikeOut(true);
                break;
            case mk::Code:
                f.setFontFamilies(mono);
                f.setBackground(codeBack);
                break;
            case mk::Link:
                f.setForeground(pal.color(QPalette::Link));
                break;
            }
        }
    }
    for (const auto &[start, length] : markup.markers) {
        for (int i = start; i < start + length && i < chars.size(); ++i)
            chars[i].setForeground(faded);
    }
    if (isActive() && !markup.fence && !markup.inCode) {
        for (const Word &word : proseWords(text)) {
            if (m_checker->isCorrect(m_language, text.mid(word.start, word.length)))
                continue;
            for (int i = word.start; i < word.start + word.length; ++i) {
                chars[i].setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
                chars[i].setUnderlineColor(theme::failure(pal));
            }
        }
    }
    for (int i = 0; i < chars.size();) {
        int j = i + 1;
        while (j < chars.size() && chars.at(j) == chars.at(i))
            ++j;
        if (chars.at(i) != QTextCharFormat())
            setFormat(i, j - i, chars.at(i));
        i = j;
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
