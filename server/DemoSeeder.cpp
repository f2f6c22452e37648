#include "DemoSeeder.h"

#include "ChatService.h"
#include "PasswordHasher.h"
#include "ServerLogging.h"

#include "protocol/Json.h"

#include <QDateTime>
#include <QThread>

namespace kora::server {
namespace {

struct DemoUser
{
    const char *email;
    const char *name;
    const char *role;
};

const DemoUser demoUsers[] = {
    {"ama@demo.kora", "Ama Mensah", "worker"},        {"yaw@demo.kora", "Yaw Boateng", "worker"},
    {"kofi@demo.kora", "Kofi Asante", "hirer"},       {"efua@demo.kora", "Efua Owusu", "hirer"},
    {"support@demo.kora", "Kora Support", "support"},
};

struct DemoThread
{
    const char *worker;
    const char *hirer;
    const char *jobId;
    const char *jobTitle;
    QList<QPair<bool, const char *>> lines; // (from the hirer?, text)
};

Expected<Account, QString> ensureUser(UserRepository &users, const QString &email,
                                      const QString &name, const QString &role, const QString &hash)
{
    auto existing = users.findByEmail(email);
    if (!existing)
        return unexpected(existing.error().message);
    if (*existing)
        return **existing;
    Account account{{proto::newUuid(), name, role, {}, false, {}}, email, hash};
    auto created = users.create(account, QDateTime::currentMSecsSinceEpoch());
    if (!created)
        return unexpected(created.error().message);
    if (!*created) { // another process made it meanwhile: theirs is the account
        auto theirs = users.findByEmail(email);
        if (!theirs || !*theirs)
            return unexpected(QStringLiteral("%1 is taken but cannot be read").arg(email));
        return **theirs;
    }
    return account;
}

} // namespace

Expected<bool, QString> seedDemo(Database &db, ChatService &chat)
{
    UserRepository users(db);
    QHash<QString, Account> byEmail;
    QString hash; // one hash of the public demo password serves every demo account
    for (const DemoUser &u : demoUsers) {
        const QString email = QString::fromLatin1(u.email);
        auto existing = users.findByEmail(email);
        if (!existing)
            return unexpected(existing.error().message);
        if (!*existing && hash.isEmpty())
            hash = password::hash(demoPassword);
        auto account =
            ensureUser(users, email, QString::fromUtf8(u.name), QString::fromLatin1(u.role), hash);
        if (!account)
            return unexpected(account.error());
        byEmail.insert(email, *account);
    }

    const DemoThread threads[] = {
        {"ama@demo.kora",
         "kofi@demo.kora",
         "JOB-1042",
         "Kitchen tiling, East Legon",
         {{true, "Hi Ama, are you free to start the kitchen on Monday?"},
          {false, "Yes, Monday works. I'll bring the grout samples."},
          {true, "Great. The tiles arrive Saturday."}}},
        {"yaw@demo.kora",
         "efua@demo.kora",
         "JOB-2210",
         "Logo design for Owusu Bakery",
         {{true, "Could you send two more colour options?"},
          {false, "Sure, by tomorrow evening."}}},
        {"ama@demo.kora",
         "efua@demo.kora",
         "JOB-2305",
         "Bathroom regrouting",
         {{true, "Thanks for last time! Can you look at the bathroom too?"}}},
    };
    qint64 lastThreadMs = 0;
    for (const DemoThread &t : threads) {
        // Each thread in a millisecond of its own: the list orders
        // conversations by their last message's time, and the demo's order
        // is the order written here (the last thread on top), never a tie.
        while (QDateTime::currentMSecsSinceEpoch() <= lastThreadMs)
            QThread::yieldCurrentThread();
        const Account worker = byEmail.value(QString::fromLatin1(t.worker));
        const Account hirer = byEmail.value(QString::fromLatin1(t.hirer));
        const Actor hirerActor{hirer.user.id, hirer.user.role, hirer.user.name};
        const Actor workerActor{worker.user.id, worker.user.role, worker.user.name};
        proto::CreateConversationRequest open;
        open.participantId = worker.user.id;
        open.jobId = QString::fromLatin1(t.jobId);
        open.jobTitle = QString::fromUtf8(t.jobTitle);
        auto opened = chat.openConversation(hirerActor, open);
        if (!opened)
            return unexpected(opened.error().message);
        if (!opened->created)
            continue; // seeded before
        for (const auto &[fromHirer, text] : t.lines) {
            proto::SendMessageRequest send;
            send.clientId = proto::newOrderedUuid();
            send.kind = QStringLiteral("text");
            send.body = QString::fromUtf8(text);
            auto sent =
                chat.send(fromHirer ? hirerActor : workerActor, opened->conversation.id, send);
            if (!sent)
                return unexpected(sent.error().message);
        }
        lastThreadMs = QDateTime::currentMSecsSinceEpoch();
    }
    return true;
}

QString benchEmail(int index)
{
    return QStringLiteral("bench-%1@bench.kora").arg(index, 4, 10, QLatin1Char('0'));
}

Expected<QList<Account>, QString> seedBenchUsers(Database &db, int count)
{
    UserRepository users(db);
    QList<Account> bench;
    bench.reserve(count);
    if (!db.begin())
        return unexpected(QStringLiteral("cannot begin"));
    for (int i = 1; i <= count; ++i) {
        const QString role = i % 2 ? QStringLiteral("worker") : QStringLiteral("hirer");
        auto account = ensureUser(users, benchEmail(i), QStringLiteral("Bench %1").arg(i), role,
                                  benchPasswordHash);
        if (!account) {
            db.rollback();
            return unexpected(account.error());
        }
        if (account->passwordHash == benchPasswordHash)
            bench.append(*account);
    }
    if (!db.commit())
        return unexpected(QStringLiteral("cannot commit bench users"));
    return bench;
}

} // namespace kora::server
