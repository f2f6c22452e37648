#include "Mentions.h"

#include "Participants.h"

#include <algorithm>

namespace kora::models {

QList<Mention> findMentions(const QString &text, const QList<proto::Participant> &people)
{
    QList<Mention> found;
    if (!text.contains(QLatin1Char('@')) || people.isEmpty())
        return found;
    // Every name that may follow '@': full names, then first names; longest first.
    QList<std::pair<QString, QString>> names; // name, user id
    for (const proto::Participant &p : people) {
        const QString full = p.user.name.simplified();
        if (full.isEmpty())
            continue;
        names.append({full, p.user.id});
        const QString first = full.section(QLatin1Char(' '), 0, 0);
        if (first != full)
            names.append({first, p.user.id});
    }
    std::stable_sort(names.begin(), names.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('@') || (i > 0 && isWordChar(text.at(i - 1))))
            continue;
        const QStringView rest = QStringView(text).mid(i + 1);
        for (const auto &[name, id] : std::as_const(names)) {
            if (!rest.startsWith(name, Qt::CaseInsensitive))
                continue;
            if (rest.size() > name.size() && isWordChar(rest.at(name.size())))
                continue;
            found.append({i, int(name.size()) + 1, id});
            i += int(name.size());
            break;
        }
    }
    return found;
}

bool mentions(const QString &text, const QList<proto::Participant> &people, const QString &userId)
{
    const QList<Mention> found = findMentions(text, people);
    return std::any_of(found.cbegin(), found.cend(),
                       [&](const Mention &m) { return m.userId == userId; });
}

QString mentionText(const QString &name)
{
    return QLatin1Char('@') + name.simplified() + QLatin1Char(' ');
}

} // namespace kora::models
