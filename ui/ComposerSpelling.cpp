#include "ComposerSpelling.h"

#include "ComposerEdit.h"

#include "Preferences.h"
#include "SpellChecker.h"
#include "SpellHighlighter.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPlainTextEdit>

namespace kora::ui {

ComposerSpelling::ComposerSpelling(QPlainTextEdit *edit)
    : QObject(edit)
    , m_edit(edit)
{
    // The mouse's menu comes to the viewport (in its coordinates), the
    // keyboard's (Menu key, Shift+F10) to the field itself: that one is
    // about the word at the text cursor.
    m_edit->installEventFilter(this);
    m_edit->viewport()->installEventFilter(this);
    // Markup is shown live with or without a spell checker.
    m_highlighter = new SpellHighlighter(m_edit->document(), nullptr);
}

bool ComposerSpelling::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu)
        return QObject::eventFilter(watched, event);
    const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    QPoint pos;
    if (watched == static_cast<QObject *>(m_edit->viewport()))
        pos = menuEvent->pos();
    else if (watched == static_cast<QObject *>(m_edit) &&
             menuEvent->reason() == QContextMenuEvent::Keyboard)
        pos = m_edit->cursorRect().center();
    else
        return QObject::eventFilter(watched, event);
    QMenu *menu = createContextMenu(pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_edit->viewport()->mapToGlobal(pos));
    return true;
}

void ComposerSpelling::setSpellCheck(SpellChecker *checker, models::Preferences *preferences)
{
    if (m_preferences)
        disconnect(m_preferences, nullptr, this, nullptr);
    m_checker = checker;
    m_preferences = preferences;
    m_highlighter->setChecker(checker && preferences ? checker : nullptr);
    if (!checker || !preferences)
        return;
    connect(preferences, &models::Preferences::spellLanguageChanged, this,
            &ComposerSpelling::apply);
    connect(preferences, &models::Preferences::conversationSpellLanguageChanged, this,
            [this](const QString &conversationId) {
                if (conversationId == m_conversationId)
                    apply();
            });
    apply();
}

void ComposerSpelling::setConversation(const QString &conversationId)
{
    m_conversationId = conversationId;
    apply();
}

QString ComposerSpelling::language() const
{
    return m_highlighter ? m_highlighter->language() : QString();
}

void ComposerSpelling::apply()
{
    if (!m_highlighter || !m_checker || !m_preferences)
        return;
    const QString choice = m_preferences->effectiveSpellLanguage(m_conversationId);
    const QString code = m_checker->resolve(choice, QLocale());
    m_highlighter->setLanguage(code);
    if (code.isEmpty() && choice != QLatin1String("off") && !m_checker->toldMissing()) {
        m_checker->setToldMissing();
        Q_EMIT notice(m_checker->dictionaries().isEmpty()
                          ? tr("Spell check is off: no dictionary is installed.")
                          : tr("Spell check is off: no dictionary for %1 is installed.")
                                .arg(SpellChecker::displayName(QLocale().name())));
    }
}

QString ComposerSpelling::defaultName() const
{
    const QString choice = m_preferences->spellLanguage();
    if (choice == QLatin1String("off"))
        return tr("Off");
    const QString code = m_checker->resolve(choice, QLocale());
    return code.isEmpty() ? tr("no dictionary") : SpellChecker::displayName(code);
}

QMenu *ComposerSpelling::createContextMenu(const QPoint &pos)
{
    QMenu *standard = m_edit->createStandardContextMenu(pos);
    standard->setObjectName(QStringLiteral("composerContextMenu"));
    if (auto *composer = qobject_cast<ComposerEdit *>(m_edit)) {
        standard->addSeparator();
        composer->addFormatMenu(standard);
    }
    if (!m_highlighter || !m_checker || !m_preferences)
        return standard;
    const QTextCursor word = m_highlighter->misspeltWordAt(m_edit->cursorForPosition(pos));
    QAction *first = standard->actions().value(0);
    if (!word.isNull()) {
        const QString text = word.selectedText();
        const QStringList suggestions = m_checker->suggestions(language(), text);
        QList<QAction *> added;
        for (const QString &suggestion : suggestions) {
            auto *action = new QAction(suggestion, standard);
            action->setObjectName(QStringLiteral("spellSuggestion"));
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
            connect(action, &QAction::triggered, this, [this, word, suggestion] {
                QTextCursor replace = word; // one edit: one undo step
                replace.insertText(suggestion);
                m_edit->setTextCursor(replace);
            });
            added.append(action);
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("No suggestions"), standard);
            none->setEnabled(false);
            added.append(none);
        }
        auto *add = new QAction(tr("Add to dictionary"), standard);
        add->setObjectName(QStringLiteral("spellAddToDictionary"));
        connect(add, &QAction::triggered, this, [this, text] { m_checker->addToPersonal(text); });
        auto *ignore = new QAction(tr("Ignore"), standard);
        ignore->setObjectName(QStringLiteral("spellIgnore"));
        connect(ignore, &QAction::triggered, this, [this, text] { m_checker->ignore(text); });
        added << add << ignore;
        standard->insertActions(first, added);
        standard->insertSeparator(first);
    }
    standard->addSeparator();
    addLanguageMenu(standard);
    return standard;
}

void ComposerSpelling::addLanguageMenu(QMenu *menu)
{
    QMenu *languages = menu->addMenu(tr("Spell check language"));
    languages->setObjectName(QStringLiteral("spellLanguageMenu"));
    languages->setEnabled(!m_conversationId.isEmpty());
    auto *group = new QActionGroup(languages);
    const QString own = m_preferences->conversationSpellLanguage(m_conversationId);
    const auto add = [&](const QString &name, const QString &value) {
        QAction *action = languages->addAction(name);
        action->setObjectName(QStringLiteral("spellLanguage:") +
                              (value.isEmpty() ? QStringLiteral("default") : value));
        action->setCheckable(true);
        action->setChecked(value == own);
        group->addAction(action);
        const QString id = m_conversationId;
        connect(action, &QAction::triggered, this, [this, id, value] {
            if (m_preferences)
                m_preferences->setConversationSpellLanguage(id, value);
        });
    };
    //: The spell-check language set in Preferences, e.g. "Default (Français (France))".
    add(tr("Default (%1)").arg(defaultName()), QString());
    languages->addSeparator();
    for (const SpellChecker::Dictionary &d : m_checker->dictionaries())
        add(d.name, d.code);
    languages->addSeparator();
    add(tr("Off"), QStringLiteral("off"));
}

} // namespace kora::ui
