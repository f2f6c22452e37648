#include "SpellChecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell.hxx>

#include <algorithm>

namespace kora::ui {

namespace {
// The dictionary's own encoding (its SET line: UTF-8, ISO8859-1, …), Latin-1
// when Qt does not know it.
QByteArray encodingOf(const Hunspell &speller)
{
    QByteArray encoding = QByteArray::fromStdString(speller.get_dict_encoding());
    if (encoding.isEmpty() || !QStringEncoder(encoding.constData()).isValid())
        encoding = "ISO-8859-1";
    return encoding;
}
} // namespace

QStringList SpellChecker::defaultSearchPaths()
{
    QStringList paths;
    const QString extra = qEnvironmentVariable("KORA_DICTIONARY_PATH");
    for (const QString &path : extra.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        paths.append(path);
    paths.append(QStringLiteral("/usr/share/hunspell"));
    paths.append(QStringLiteral("/usr/local/share/hunspell"));
    return paths;
}

QString SpellChecker::defaultPersonalPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("spellcheck/personal.dic"));
}

QString SpellChecker::displayName(const QString &code)
{
    // Each language in its own words, as the Language page names them (Qt
    // has no names in the UI's language): "English (United States)",
    // "Français (Canada)". The language's name comes from its main locale
    // (for English that one says "American English", hence the exception).
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    QString name = locale.language() == QLocale::English
                       ? QStringLiteral("English")
                       : QLocale(locale.language()).nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name.at(0).toUpper();
    // "fr" names the language only; "fr_FR" also the territory.
    if (code.contains(QLatin1Char('_')) || code.contains(QLatin1Char('-'))) {
        const QString territory = locale.nativeTerritoryName();
        if (!territory.isEmpty())
            name += QStringLiteral(" (%1)").arg(territory);
    }
    return name;
}

QList<SpellChecker::Dictionary> SpellChecker::availableDictionaries(const QStringList &paths)
{
    QList<Dictionary> found;
    QSet<QString> codes;
    for (const QString &path : paths) {
        const QDir dir(path);
        const QFileInfoList dics =
            dir.entryInfoList({QStringLiteral("*.dic")}, QDir::Files, QDir::Name);
        for (const QFileInfo &dic : dics) {
            const QString code = dic.completeBaseName();
            const QString aff = dir.filePath(code + QStringLiteral(".aff"));
            // hyph_*.dic (hyphenation) and th_*.dat are no spelling dictionaries.
            if (codes.contains(code) || code.startsWith(QLatin1String("hyph_")) ||
                !QFileInfo::exists(aff))
                continue;
            codes.insert(code);
            found.append({code, displayName(code), aff, dic.absoluteFilePath()});
        }
    }
    return found;
}

SpellChecker::SpellChecker(const QStringList &searchPaths, const QString &personalPath,
                           QObject *parent)
    : QObject(parent)
    , m_dictionaries(availableDictionaries(searchPaths))
    , m_personalPath(personalPath)
{
    QFile file(m_personalPath);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QStringList words = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &word : words) {
            if (!word.trimmed().isEmpty())
                m_personal.insert(word.trimmed());
        }
    }
}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::hasDictionary(const QString &code) const
{
    return std::any_of(m_dictionaries.cbegin(), m_dictionaries.cend(),
                       [&code](const Dictionary &d) { return d.code == code; });
}

QString SpellChecker::resolve(const QString &choice, const QLocale &uiLocale) const
{
    if (choice == QLatin1String("off"))
        return {};
    if (!choice.isEmpty() && hasDictionary(choice))
        return choice;
    // The UI language: its own name ("fr_CA"), the language's main
    // territory ("fr_FR"), the bare language ("fr"), then any of it. The C
    // locale (no LANG at all) is Kora's own language, English.
    const QLocale ui = uiLocale.language() == QLocale::C ? QLocale(QLocale::English) : uiLocale;
    const QString name = ui.name();
    const QString language = name.section(QLatin1Char('_'), 0, 0);
    const QString main = QLocale(ui.language()).name();
    for (const QString &code : {name, main, language}) {
        if (hasDictionary(code))
            return code;
    }
    for (const Dictionary &d : m_dictionaries) {
        if (d.code.startsWith(language + QLatin1Char('_')))
            return d.code;
    }
    return {};
}

Hunspell *SpellChecker::load(const QString &code)
{
    if (code.isEmpty())
        return nullptr;
    const auto it = m_loaded.find(code);
    if (it != m_loaded.end())
        return it->second.get();
    std::unique_ptr<Hunspell> speller;
    for (const Dictionary &d : std::as_const(m_dictionaries)) {
        if (d.code != code)
            continue;
        speller = std::make_unique<Hunspell>(QFile::encodeName(d.affPath).constData(),
                                             QFile::encodeName(d.dicPath).constData());
        for (const QString &word : std::as_const(m_personal))
            speller->add(encode(*speller, word));
        break;
    }
    Hunspell *raw = speller.get();
    m_loaded.emplace(code, std::move(speller));
    return raw;
}

std::string SpellChecker::encode(const Hunspell &speller, const QString &word) const
{
    QStringEncoder encoder(encodingOf(speller).constData());
    const QByteArray bytes = encoder.encode(word);
    return bytes.toStdString();
}

QString SpellChecker::decode(const Hunspell &speller, const std::string &word) const
{
    QStringDecoder decoder(encodingOf(speller).constData());
    return decoder.decode(QByteArrayView(word.data(), qsizetype(word.size())));
}

bool SpellChecker::isCorrect(const QString &code, const QString &word)
{
    if (word.isEmpty() || m_personal.contains(word) || m_ignored.contains(word))
        return true;
    Hunspell *speller = load(code);
    if (!speller)
        return true;
    // Hunspell knows ' but many dictionaries not ’ (or the other way round).
    if (speller->spell(encode(*speller, word)))
        return true;
    QString straight = word;
    straight.replace(QChar(0x2019), QLatin1Char('\''));
    return straight != word && speller->spell(encode(*speller, straight));
}

QStringList SpellChecker::suggestions(const QString &code, const QString &word)
{
    Hunspell *speller = load(code);
    if (!speller || word.isEmpty())
        return {};
    QStringList out;
    for (const std::string &s : speller->suggest(encode(*speller, word))) {
        out.append(decode(*speller, s));
        if (out.size() == maxSuggestions)
            break;
    }
    return out;
}

void SpellChecker::addToPersonal(const QString &word)
{
    const QString clean = word.trimmed();
    if (clean.isEmpty() || m_personal.contains(clean))
        return;
    m_personal.insert(clean);
    for (auto &[code, speller] : m_loaded) {
        if (speller)
            speller->add(encode(*speller, clean));
    }
    QDir().mkpath(QFileInfo(m_personalPath).absolutePath());
    QStringList words(m_personal.cbegin(), m_personal.cend());
    words.sort();
    QSaveFile file(m_personalPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) ||
        file.write(words.join(QLatin1Char('\n')).toUtf8() + '\n') < 0 || !file.commit())
        qWarning("kora.ui: cannot save the personal word list %s", qPrintable(m_personalPath));
    Q_EMIT changed();
}

void SpellChecker::ignore(const QString &word)
{
    if (word.isEmpty() || m_ignored.contains(word))
        return;
    m_ignored.insert(word);
    Q_EMIT changed();
}

} // namespace kora::ui
