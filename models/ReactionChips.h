#pragma once

#include "CacheTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

namespace kora::models {

// A message's reactions as a view shows them (protocol 7.2): the server's
// list with my reactions not acknowledged yet applied over it, in the order
// toggled, and the chips of MessageListModel::ReactionsRole.
class ReactionChips
{
public:
    // `server` with `ops` (this message's pending toggles, oldest first) applied
    // for `me`: on adds me (a new emoji goes last), off removes me (an emoji
    // nobody is left on goes). Idempotent, so an operation the server already
    // applied changes nothing.
    static QList<proto::Reaction> overlay(QList<proto::Reaction> server,
                                          const QList<PendingReaction> &ops, const QString &me);
    // One QVariantMap per emoji: {emoji, count, mine, userIds, names}; `names`
    // are the others' (not mine), from `names`, empty for someone not known here.
    static QVariantList chips(const QList<proto::Reaction> &reactions, const QString &me,
                              const QHash<QString, QString> &names);
};

} // namespace kora::models
