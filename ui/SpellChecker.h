#pragma once

#include <QHash>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class Hunspell;

namespace kora::ui {

// Hunspell behind one object shared by every composer of a window: the
// installed dictionaries (.aff/.dic pairs in $KORA_DICTIONARY_PATH, searched
// first, then /usr/share/hunspell), each loaded the first time a word is
// checked in it, and the user's own words (a personal word list in the app
// data folder, one word a line, added to every dictionary) and the words
// ignored for this session. changed() says that the same words may now read
// differently (a word was added or ignored): highlighters check again.
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxSuggestions = 5;

    struct Dictionary
    {
        QString code; // "en_US", the file name without .dic
        QString name; // "English (United States)"
        QString affPath;
        QString dicPath;
    };

    // $KORA_DICTIONARY_PATH (colon-separated), then the system's folders.
    static QStringList defaultSearchPaths();
    // <AppDataLocation>/spellcheck/personal.dic
    static QString defaultPersonalPath();
    // The dictionaries in `paths`, by name; a code found twice is the first one.
    static QList<Dictionary> availableDictionaries(const QStringList &paths = defaultSearchPaths());
    // "English (United States)" for "en_US", "Français" for "fr": each
    // language in its own words.
    static QString displayName(const QString &code);

    explicit SpellChecker(const QStringList &searchPaths = defaultSearchPaths(),
                          const QString &personalPath = defaultPersonalPath(),
                          QObject *parent = nullptr);
    ~SpellChecker() override;

    QList<Dictionary> dictionaries() const { return m_dictionaries; }
    bool hasDictionary(const QString &code) const;
    // The dictionary a choice stands for ("" when none is used): "off" is
    // none, an installed code is itself, anything else ("" = follow the UI
    // language, or a dictionary no longer installed) the best one for
    // `uiLocale`'s language (its own territory first).
    QString resolve(const QString &choice, const QLocale &uiLocale) const;

    // True for words the dictionary knows, the user added or ignored, and
    // for everything when `code` has no dictionary.
    bool isCorrect(const QString &code, const QString &word);
    QStringList suggestions(const QString &code, const QString &word);
    // Kept in the personal word list (saved at once) and known from now on.
    void addToPersonal(const QString &word);
    // Known until the app quits.
    void ignore(const QString &word);
    QString personalPath() const { return m_personalPath; }

    // Whether "no dictionary" was said already (the composer says so once).
    bool toldMissing() const { return m_toldMissing; }
    void setToldMissing() { m_toldMissing = true; }

Q_SIGNALS:
    void changed();

private:
    Hunspell *load(const QString &code);
    std::string encode(const Hunspell &speller, const QString &word) const;
    QString decode(const Hunspell &speller, const std::string &word) const;

    QList<Dictionary> m_dictionaries;
    QString m_personalPath;
    QSet<QString> m_personal;
    QSet<QString> m_ignored;
    std::map<QString, std::unique_ptr<Hunspell>> m_loaded; // null: failed to load
    bool m_toldMissing = false;
};

} // namespace kora::ui
