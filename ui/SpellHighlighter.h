#pragma once

#include <QList>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCursor>

namespace kora::ui {

class SpellChecker;

// The composer's text as it will be shown: its markup (models::markup, the
// Markdown subset of protocol 7.6) styled live, the markers kept but faded;
// and, with a checker, the misspelt words underlined with a red wavy line
// (QTextCharFormat::SpellCheckUnderline) in the language it is given ("":
// none). Links, e-mail addresses, @mentions, numbers and words with digits
// in them, emoji, `code` and ``` fenced ``` blocks are not spell checked.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    struct Word
    {
        int start = 0;
        int length = 0;
    };

    // `checker` is not owned (may be null: markup only); the highlighter
    // stops checking when it goes.
    SpellHighlighter(QTextDocument *document, SpellChecker *checker);
    void setChecker(SpellChecker *checker);

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
    // The words of a line of prose (not a fence, not inside one) to check.
    static QList<Word> proseWords(const QString &line);

    QPointer<SpellChecker> m_checker;
    QString m_language;
};

} // namespace kora::ui
