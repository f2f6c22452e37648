#pragma once

#include "protocol/Message.h"

#include <QCoreApplication>
#include <QString>

namespace kora::models {

// What a system line says in the user's language: a group's change
// (renamed, added, removed, left) from its meta, "You" for the signed-in
// user ("You added Yaw Boateng and Efua Owusu", "Ama Mensah removed you");
// any other message, or a line whose meta does not say enough, as the
// server wrote it.
class SystemLines
{
    Q_DECLARE_TR_FUNCTIONS(kora::models::SystemLines)
public:
    static QString text(const proto::Message &message, const QString &myUserId);
};

} // namespace kora::models
