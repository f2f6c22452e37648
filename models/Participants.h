#pragma once

#include "protocol/Conversation.h"

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

} // namespace kora::models
