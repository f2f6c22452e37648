#include "ReactionService.h"

#include "ServerLogging.h"

#include <QDateTime>

#include <algorithm>

namespace kora::server {
namespace {

using proto::ApiError;
namespace code = proto::code;

ApiError storageError(const DbError &error)
{
    qCWarning(lcServerDb) << "storage error:" << error.message;
    return {code::Internal, QStringLiteral("the server could not store or read that; try again")};
}

ApiError tooMany()
{
    return {code::Invalid, QStringLiteral("a message can carry at most %1 different reactions")
                               .arg(proto::Reaction::maxPerMessage)};
}

} // namespace

ReactionService::ReactionService(Database &db, ChatService &chat, int changesPer10s,
                                 QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_chat(chat)
    , m_messages(db)
    , m_conversations(db)
    , m_reactions(db)
    , m_limiter(changesPer10s, 10'000)
{}

Result<proto::Message> ReactionService::react(const Actor &actor, const QString &messageId,
                                              const QString &emoji, bool on)
{
    if (actor.isSupport())
        return unexpected(
            ApiError{code::ReadOnly, QStringLiteral("support accounts are read-only")});
    const auto valid = proto::Reaction::validateEmoji(emoji);
    if (!valid)
        return unexpected(valid.error());
    auto found = m_messages.find(messageId);
    if (!found)
        return unexpected(storageError(found.error()));
    if (!*found)
        return unexpected(ApiError{code::NotFound, QStringLiteral("no such message")});
    proto::Message m = **found;
    if (auto access = m_chat.checkAccess(actor, m.conversationId); !access)
        return unexpected(access.error());
    if (auto open = m_chat.refuseBlocked(actor, m.conversationId); !open)
        return unexpected(open.error());
    if (m.deleted)
        return unexpected(
            ApiError{code::Invalid, QStringLiteral("you cannot react to a deleted message")});
    if (m.kind == QLatin1String("system"))
        return unexpected(
            ApiError{code::Invalid, QStringLiteral("you cannot react to a system message")});

    // What is so already is answered before any limit (a retry from an
    // offline queue must not be refused).
    auto has = m_reactions.has(m.id, emoji, actor.userId);
    if (!has)
        return unexpected(storageError(has.error()));
    if (*has == on)
        return m;
    const bool newEmoji =
        std::none_of(m.reactions.cbegin(), m.reactions.cend(),
                     [&emoji](const proto::Reaction &r) { return r.emoji == emoji; });
    if (on && newEmoji && m.reactions.size() >= proto::Reaction::maxPerMessage)
        return unexpected(tooMany());
    if (const auto wait = m_limiter.tryAcquire(actor.userId, QDateTime::currentMSecsSinceEpoch()))
        return unexpected(ApiError::rateLimited(
            QStringLiteral("too many reactions; wait %1 s").arg(*wait), *wait));

    Outcome outcome = Outcome::Changed;
    auto stored = m_db.transaction<bool, DbError>(
        [&]() -> Expected<bool, DbError> {
            auto applied = apply(m, emoji, actor.userId, on);
            if (!applied)
                return unexpected(applied.error());
            outcome = *applied;
            if (outcome != Outcome::Changed) // roll the seq back: nothing to tell
                return unexpected(DbError{QStringLiteral("nothing changed")});
            return m_chat.bus().messages({{m.conversationId, m.updatedSeq, m.updatedSeq}});
        },
        +[](const DbError &e) { return e; });
    if (!stored && outcome == Outcome::Changed)
        return unexpected(storageError(stored.error()));
    if (outcome == Outcome::TooMany)
        return unexpected(tooMany());
    if (outcome == Outcome::Deleted)
        return unexpected(
            ApiError{code::Invalid, QStringLiteral("you cannot react to a deleted message")});

    auto now = m_messages.find(m.id);
    if (!now || !*now)
        return unexpected(
            storageError(now ? DbError{QStringLiteral("message vanished")} : now.error()));
    if (outcome == Outcome::Changed)
        m_chat.announceUpdated(**now);
    return **now;
}

Expected<ReactionService::Outcome, DbError>
ReactionService::apply(proto::Message &m, const QString &emoji, const QString &userId, bool on)
{
    // The conversation row is locked from here to the commit: the checks
    // below see every change committed before, whichever process made it.
    auto seq =
        m_conversations.nextSeq(m.conversationId, QDateTime::currentMSecsSinceEpoch(), false);
    if (!seq)
        return unexpected(seq.error());
    auto current = m_messages.find(m.id);
    if (!current)
        return unexpected(current.error());
    if (!*current || (*current)->deleted)
        return Outcome::Deleted; // deleted meanwhile
    if (on) {
        auto present = m_reactions.emojiOf(m.id);
        if (!present)
            return unexpected(present.error());
        if (!present->contains(emoji) && present->size() >= proto::Reaction::maxPerMessage)
            return Outcome::TooMany;
    }
    auto changed =
        on ? m_reactions.add(m.id, emoji, userId, *seq) : m_reactions.remove(m.id, emoji, userId);
    if (!changed)
        return unexpected(changed.error());
    if (!*changed)
        return Outcome::Unchanged;
    m.updatedSeq = *seq;
    if (auto touched = m_messages.touch(m.id, *seq); !touched)
        return unexpected(touched.error());
    return Outcome::Changed;
}

} // namespace kora::server
