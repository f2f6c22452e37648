#pragma once

#include <QList>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCursor>

namespace kora::ui {

class SpellChecker;

// Underlines the misspelt words of a text document with a red wavy line
// (QTextCharFormat::SpellCheckUnderline) in the language it is given ("":
// none). Links, e-mail addresses, @mentions, numbers and words with digits
// in them, emoji, `code` and ``` fenced ``` blocks are left alone.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    struct Word
    {
        int start = 0;
        int length = 0;
    };

    // `checker` is not owned; the highlighter stops checking when it goes.
    SpellHighlighter(QTextDocument *document, SpellChecker *checker);

    void setLanguage(const QString &code); // checks the whole text again
    QString language() const { return m_language; }
    bool isActive() const { return m_checker && !m_language.isEmpty(); }

    // The words of one line that are checked, given whether the line is in
    // a fenced code block (`inFence`, updated for the next line).
    static QList<Word> checkedWords(const QString &line, bool &inFence);
    // The misspelt word under `cursor` selected, or a null cursor.
    QTextCursor misspeltWordAt(const QTextCursor &cursor);

protected:
    void highlightBlock(const QString &text) override;

private:
    QPointer<SpellChecker> m_checker;
    QString m_language;
};

} // namespace kora::ui
