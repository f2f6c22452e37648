#include "Reaction.h"

#include "Requests.h"

#include <QJsonArray>
#include <QTextBoundaryFinder>

namespace kora::proto {
namespace {

ApiError invalid(const QString &message)
{
    return {code::Invalid, message};
}

// Emoji are symbols (So: pictographs, flags' regional indicators, ©) or a
// keycap (a digit, # or * followed by U+20E3, an enclosing mark).
bool looksPictographic(const QString &cluster)
{
    for (const char32_t c : cluster.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Symbol_Other || category == QChar::Mark_Enclosing)
            return true;
    }
    return false;
}

} // namespace

QJsonObject Reaction::toJson() const
{
    return {{QStringLiteral("emoji"), emoji},
            {QStringLiteral("userIds"), QJsonArray::fromStringList(userIds)}};
}

Reaction Reaction::fromJson(const QJsonObject &o)
{
    Reaction r;
    r.emoji = o.value(QLatin1String("emoji")).toString();
    const QJsonArray ids = o.value(QLatin1String("userIds")).toArray();
    for (const QJsonValue &id : ids)
        r.userIds.append(id.toString());
    return r;
}

Expected<QString, ApiError> Reaction::validateEmoji(const QString &text)
{
    if (text.isEmpty())
        return unexpected(invalid(QStringLiteral("emoji is required")));
    if (text.toUtf8().size() > maxEmojiBytes)
        return unexpected(invalid(
            QStringLiteral("emoji must be one emoji of at most %1 bytes").arg(maxEmojiBytes)));
    for (const char32_t c : text.toUcs4()) {
        // Lone surrogates come out of toUcs4() as U+FFFD.
        if (c == 0xfffd || QChar::category(c) == QChar::Other_Control)
            return unexpected(invalid(QStringLiteral("emoji holds characters that are not text")));
    }
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    if (graphemes.toNextBoundary() != text.size())
        return unexpected(invalid(QStringLiteral("emoji must be a single emoji, not several")));
    if (!looksPictographic(text))
        return unexpected(invalid(QStringLiteral("emoji must be an emoji")));
    return text;
}

Expected<ReactRequest, ApiError> ReactRequest::parse(const QJsonObject &o)
{
    ReactRequest r;
    const auto id = requiredString(o, QLatin1String("messageId"), 64);
    if (!id)
        return unexpected(id.error());
    r.messageId = *id;
    const QJsonValue emoji = o.value(QLatin1String("emoji"));
    if (!emoji.isString())
        return unexpected(invalid(QStringLiteral("emoji must be a string")));
    const auto valid = Reaction::validateEmoji(emoji.toString());
    if (!valid)
        return unexpected(valid.error());
    r.emoji = *valid;
    const QJsonValue on = o.value(QLatin1String("on"));
    if (!on.isBool())
        return unexpected(invalid(QStringLiteral("on must be true or false")));
    r.on = on.toBool();
    return r;
}

} // namespace kora::proto
