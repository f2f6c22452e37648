#include "ReactionChips.h"

#include <QVariantMap>

namespace kora::models {

QList<proto::Reaction> ReactionChips::overlay(QList<proto::Reaction> server,
                                              const QList<PendingReaction> &ops, const QString &me)
{
    for (const PendingReaction &op : ops) {
        auto it = std::find_if(server.begin(), server.end(),
                               [&](const proto::Reaction &r) { return r.emoji == op.emoji; });
        if (op.on) {
            if (it == server.end())
                server.append({op.emoji, {me}});
            else if (!it->userIds.contains(me))
                it->userIds.append(me);
        } else if (it != server.end()) {
            it->userIds.removeAll(me);
            if (it->userIds.isEmpty())
                server.erase(it);
        }
    }
    return server;
}

QVariantList ReactionChips::chips(const QList<proto::Reaction> &reactions, const QString &me,
                                  const QHash<QString, QString> &names)
{
    QVariantList list;
    list.reserve(reactions.size());
    for (const proto::Reaction &r : reactions) {
        if (r.userIds.isEmpty())
            continue;
        QStringList who;
        who.reserve(r.userIds.size());
        for (const QString &id : r.userIds) {
            if (id != me)
                who.append(names.value(id));
        }
        list.append(QVariantMap{{QStringLiteral("emoji"), r.emoji},
                                {QStringLiteral("count"), int(r.userIds.size())},
                                {QStringLiteral("mine"), r.userIds.contains(me)},
                                {QStringLiteral("userIds"), r.userIds},
                                {QStringLiteral("names"), who}});
    }
    return list;
}

} // namespace kora::models
