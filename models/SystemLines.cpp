#include "SystemLines.h"

#include <QJsonArray>
#include <QLocale>

namespace kora::models {

QString SystemLines::text(const proto::Message &m, const QString &myUserId)
{
    if (m.kind != QLatin1String("system") || m.deleted)
        return m.body;
    const QString what = m.meta.value(QLatin1String("group")).toString();
    if (what.isEmpty())
        return m.body;
    const bool byMe =
        !myUserId.isEmpty() && m.meta.value(QLatin1String("by")).toString() == myUserId;
    const QString by = m.meta.value(QLatin1String("byName")).toString();
    const QJsonArray users = m.meta.value(QLatin1String("users")).toArray();
    const QJsonArray names = m.meta.value(QLatin1String("names")).toArray();
    if ((!byMe && by.isEmpty()) || users.size() != names.size())
        return m.body; // a line from before the meta said enough
    QStringList people;
    bool meAmong = false;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const bool me = users.at(i).toString() == myUserId;
        meAmong = meAmong || me;
        const QString name = names.at(i).toString();
        if (!me && name.isEmpty())
            return m.body;
        people.append(me ? tr("you", "in a list of people added or removed") : name);
    }
    const QString list = QLocale().createSeparatedList(people);
    if (what == QLatin1String("renamed")) {
        const QString title = m.meta.value(QLatin1String("title")).toString();
        return byMe ? tr("You renamed the group to “%1”").arg(title)
                    : tr("%1 renamed the group to “%2”").arg(by, title);
    }
    if (what == QLatin1String("left"))
        return byMe ? tr("You left") : tr("%1 left").arg(by);
    if (people.isEmpty())
        return m.body;
    if (what == QLatin1String("added")) {
        if (byMe)
            return tr("You added %1").arg(list);
        return meAmong && people.size() == 1 ? tr("%1 added you").arg(by)
                                             : tr("%1 added %2").arg(by, list);
    }
    if (what == QLatin1String("removed")) {
        if (byMe)
            return tr("You removed %1").arg(list);
        return meAmong && people.size() == 1 ? tr("%1 removed you").arg(by)
                                             : tr("%1 removed %2").arg(by, list);
    }
    return m.body;
}

} // namespace kora::models
