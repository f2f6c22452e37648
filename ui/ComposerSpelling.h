#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QMenu;
class QPlainTextEdit;
class QPoint;

namespace kora::models {
class Preferences;
}

namespace kora::ui {

class SpellChecker;
class SpellHighlighter;

// Spell check in the composer's field: the highlighter in the language the
// open conversation uses (its own choice, else the preferences', else the UI
// language's dictionary) and the field's context menu: up to five
// suggestions for the misspelt word under the pointer (one undo step each),
// Add to dictionary, Ignore, then the standard edit actions and
// "Spell check language ▸" for this conversation. Nothing happens until
// setSpellCheck() gives it a checker.
class ComposerSpelling : public QObject
{
    Q_OBJECT
public:
    explicit ComposerSpelling(QPlainTextEdit *edit);

    // Neither is owned; both outlive the composer (the window holds them).
    void setSpellCheck(SpellChecker *checker, models::Preferences *preferences);
    void setConversation(const QString &conversationId);
    SpellHighlighter *highlighter() const { return m_highlighter; }
    // The dictionary used now ("" when none).
    QString language() const;
    // The field's context menu at `pos` (viewport coordinates); the caller
    // owns it. Right-click and the Menu key open it at the pointer and at the
    // text cursor.
    QMenu *createContextMenu(const QPoint &pos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // Said once per checker: spell check is wanted but no dictionary is there.
    void notice(const QString &text);

private:
    void apply();
    void addLanguageMenu(QMenu *menu);
    QString defaultName() const;

    QPlainTextEdit *m_edit;
    SpellHighlighter *m_highlighter = nullptr;
    QPointer<SpellChecker> m_checker;
    QPointer<models::Preferences> m_preferences;
    QString m_conversationId;
};

} // namespace kora::ui
