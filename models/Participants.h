#pragma once

#include "protocol/Conversation.h"

#include <QStringList>

#include <algorithm>

namespace kora::models {

// The first participant who is not `me`: a direct conversation's other
// person (a group's first other member). Null when there is none.
inline const proto::Participant *otherParticipant(const QList<proto::Participant> &participants,
                                                  const QString &me)
{
    for (const proto::Participant &p : participants) {
        if (p.user.id != me)
            return &p;
    }
    return nullptr;
}

inline bool isParticipant(const QList<proto::Participant> &participants, const QString &userId)
{
    return std::any_of(participants.cbegin(), participants.cend(),
                       [&](const proto::Participant &p) { return p.user.id == userId; });
}

// The name a conversation goes by for `me`: a direct one's other person, a
// group's title (or, untitled, its other members' names); empty when none.
inline QString titleFor(const proto::Conversation &c, const QString &me)
{
    if (c.type == QLatin1String("direct")) {
        const proto::Participant *peer = otherParticipant(c.participants, me);
        return peer ? peer->user.name : c.title;
    }
    if (!c.title.isEmpty())
        return c.title;
    QStringList others;
    for (const proto::Participant &p : c.participants) {
        if (p.user.id != me)
            others.append(p.user.name);
    }
    return others.join(QStringLiteral(", "));
}

// What words are made of, for search and @mentions: letters, digits, marks.
inline bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace kora::models
