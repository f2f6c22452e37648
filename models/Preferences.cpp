#include "Preferences.h"

#include <QSettings>
#include <QStringList>

namespace kora::models {

namespace {
const QString kTheme = QStringLiteral("appearance/theme");
const QString kLanguage = QStringLiteral("appearance/language");
const QString kSound = QStringLiteral("notifications/sound");
const QString kPreview = QStringLiteral("notifications/preview");
const QString kQuietUntil = QStringLiteral("notifications/quietUntil");
const QString kSchedule = QStringLiteral("notifications/schedule");
const QString kScheduleFrom = QStringLiteral("notifications/scheduleFrom");
const QString kScheduleTo = QStringLiteral("notifications/scheduleTo");
const QString kBreakThrough = QStringLiteral("notifications/breakThrough");
const QString kImportant = QStringLiteral("notifications/important");
const QString kSpellLanguage = QStringLiteral("spellcheck/language");
const QString kSpellConversations = QStringLiteral("spellcheck/conversations/");

QTime timeOf(const QVariant &value, const QTime &fallback)
{
    const QTime time = QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
    return time.isValid() ? time : fallback;
}

// Whether the daily window [from, to) holds `time`; it may span midnight.
bool inWindow(const QTime &time, const QTime &from, const QTime &to)
{
    if (from == to)
        return false;
    return from < to ? (time >= from && time < to) : (time >= from || time < to);
}
} // namespace

Preferences::Preferences(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_flip.setSingleShot(true);
    m_flip.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_flip, &QTimer::timeout, this, [this] { quietSettingsChanged(false); });
    m_wasQuiet = isQuiet();
    armTimer();
}

bool Preferences::store(const QString &key, const QVariant &value)
{
    if (m_settings.value(key) == value)
        return false;
    if (value.isNull())
        m_settings.remove(key);
    else
        m_settings.setValue(key, value);
    m_settings.sync();
    return true;
}

QString Preferences::theme() const
{
    const QString theme = m_settings.value(kTheme).toString();
    return theme == QLatin1String("light") || theme == QLatin1String("dark")
               ? theme
               : QStringLiteral("system");
}

void Preferences::setTheme(const QString &theme)
{
    const QString before = this->theme();
    store(kTheme, theme);
    if (this->theme() != before)
        Q_EMIT themeChanged(this->theme());
}

QString Preferences::language() const
{
    return m_settings.value(kLanguage).toString();
}

void Preferences::setLanguage(const QString &language)
{
    if (store(kLanguage, language.isEmpty() ? QVariant() : QVariant(language)))
        Q_EMIT languageChanged(language);
}

bool Preferences::sound() const
{
    return m_settings.value(kSound, true).toBool();
}

void Preferences::setSound(bool on)
{
    if (on != sound() && store(kSound, on))
        Q_EMIT notificationsChanged();
}

bool Preferences::showPreview() const
{
    return m_settings.value(kPreview, true).toBool();
}

void Preferences::setShowPreview(bool on)
{
    if (on != showPreview() && store(kPreview, on))
        Q_EMIT notificationsChanged();
}

QDateTime Preferences::quietUntil() const
{
    return QDateTime::fromString(m_settings.value(kQuietUntil).toString(), Qt::ISODate);
}

void Preferences::setQuietUntil(const QDateTime &until)
{
    const QVariant value =
        until.isValid() ? QVariant(until.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
    if (store(kQuietUntil, value))
        quietSettingsChanged(true);
}

void Preferences::setQuietFor(int minutes, const QDateTime &now)
{
    setQuietUntil(now.addSecs(qint64(minutes) * 60));
}

QDateTime Preferences::tomorrowMorning(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    return QDateTime(local.date().addDays(1), QTime(morningHour, 0));
}

void Preferences::setQuietUntilTomorrow(const QDateTime &now)
{
    setQuietUntil(tomorrowMorning(now));
}

bool Preferences::scheduleEnabled() const
{
    return m_settings.value(kSchedule, false).toBool();
}

QTime Preferences::scheduleFrom() const
{
    return timeOf(m_settings.value(kScheduleFrom), QTime(22, 0));
}

QTime Preferences::scheduleTo() const
{
    return timeOf(m_settings.value(kScheduleTo), QTime(morningHour, 0));
}

void Preferences::setSchedule(bool enabled, const QTime &from, const QTime &to)
{
    bool changed = store(kSchedule, enabled);
    changed = store(kScheduleFrom, from.toString(QStringLiteral("HH:mm"))) || changed;
    changed = store(kScheduleTo, to.toString(QStringLiteral("HH:mm"))) || changed;
    if (changed)
        quietSettingsChanged(true);
}

bool Preferences::breakThrough() const
{
    return m_settings.value(kBreakThrough, true).toBool();
}

void Preferences::setBreakThrough(bool on)
{
    if (on != breakThrough() && store(kBreakThrough, on))
        Q_EMIT notificationsChanged();
}

bool Preferences::isImportant(const QString &userId) const
{
    return m_settings.value(kImportant).toStringList().contains(userId);
}

QSet<QString> Preferences::importantPeople() const
{
    const QStringList list = m_settings.value(kImportant).toStringList();
    return QSet<QString>(list.begin(), list.end());
}

void Preferences::setImportant(const QString &userId, bool important)
{
    QStringList list = m_settings.value(kImportant).toStringList();
    if (important == list.contains(userId) || userId.isEmpty())
        return;
    if (important)
        list.append(userId);
    else
        list.removeAll(userId);
    list.sort();
    store(kImportant, list.isEmpty() ? QVariant() : QVariant(list));
    Q_EMIT importantChanged();
}

QDateTime Preferences::quietEnd(const QDateTime &now) const
{
    const QDateTime until = quietUntil();
    const bool schedule = scheduleEnabled();
    const QTime from = scheduleFrom();
    const QTime to = scheduleTo();
    QDateTime t = now;
    // Back-to-back quiet times (the schedule, then an hour's do not disturb)
    // make one: walk to the end of each while another holds.
    for (int step = 0; step < 4; ++step) {
        bool moved = false;
        if (until.isValid() && t < until) {
            t = until;
            moved = true;
        }
        const QDateTime local = t.toLocalTime();
        if (schedule && inWindow(local.time(), from, to)) {
            QDate day = local.date();
            if (from > to && local.time() >= from)
                day = day.addDays(1); // before midnight: ends tomorrow
            t = QDateTime(day, to);
            moved = true;
        }
        if (!moved)
            break;
    }
    return t == now ? QDateTime() : t;
}

bool Preferences::isQuiet(const QDateTime &now) const
{
    return quietEnd(now).isValid();
}

QDateTime Preferences::nextChange(const QDateTime &now) const
{
    if (const QDateTime end = quietEnd(now); end.isValid())
        return end;
    if (!scheduleEnabled() || scheduleFrom() == scheduleTo())
        return {};
    const QDateTime local = now.toLocalTime();
    QDateTime start(local.date(), scheduleFrom());
    if (start <= local)
        start = start.addDays(1);
    return start;
}

void Preferences::quietSettingsChanged(bool changed)
{
    const bool quiet = isQuiet();
    armTimer();
    if (quiet == m_wasQuiet && !changed)
        return;
    m_wasQuiet = quiet;
    Q_EMIT quietChanged(quiet);
}

void Preferences::armTimer()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime next = nextChange(now);
    if (!next.isValid()) {
        m_flip.stop();
        return;
    }
    // A coarse timer a second late is fine; re-armed at least daily.
    const qint64 ms = qBound(qint64(1000), now.msecsTo(next) + 1000, qint64(24) * 3600 * 1000);
    m_flip.start(int(ms));
}

QString Preferences::spellLanguage() const
{
    return m_settings.value(kSpellLanguage).toString();
}

void Preferences::setSpellLanguage(const QString &language)
{
    if (store(kSpellLanguage, language.isEmpty() ? QVariant() : QVariant(language)))
        Q_EMIT spellLanguageChanged(language);
}

QString Preferences::conversationSpellLanguage(const QString &conversationId) const
{
    if (conversationId.isEmpty())
        return {};
    return m_settings.value(kSpellConversations + conversationId).toString();
}

void Preferences::setConversationSpellLanguage(const QString &conversationId,
                                               const QString &language)
{
    if (conversationId.isEmpty())
        return;
    if (store(kSpellConversations + conversationId,
              language.isEmpty() ? QVariant() : QVariant(language)))
        Q_EMIT conversationSpellLanguageChanged(conversationId, language);
}

QString Preferences::effectiveSpellLanguage(const QString &conversationId) const
{
    const QString own = conversationSpellLanguage(conversationId);
    return own.isEmpty() ? spellLanguage() : own;
}

} // namespace kora::models
