// The protocol's JSON readers and the server's request validation: any JSON
// object is read or refused with an `invalid` error that names the field;
// what the readers accept writes back out and reads the same.
#include "FuzzCheck.h"

#include "protocol/ApiError.h"
#include "protocol/Attachment.h"
#include "protocol/Conversation.h"
#include "protocol/Message.h"
#include "protocol/Reaction.h"
#include "protocol/ReplyPreview.h"
#include "protocol/Requests.h"
#include "protocol/User.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

template<typename R> void checkRefusal(const R &result)
{
    if (!result)
        FUZZ_CHECK(!result.error().message.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kora::proto;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();

    // Readers of what the server sends: they never fail, only default.
    const Message message = Message::fromJson(o);
    FUZZ_CHECK(Message::fromJson(message.toJson()).toJson() == message.toJson());
    const Conversation conversation = Conversation::fromJson(o);
    FUZZ_CHECK(Conversation::fromJson(conversation.toJson()).toJson() == conversation.toJson());
    const User user = User::fromJson(o);
    FUZZ_CHECK(User::fromJson(user.toJson()).toJson() == user.toJson());
    const Attachment attachment = Attachment::fromJson(o);
    FUZZ_CHECK(Attachment::fromJson(attachment.toJson()).toJson() == attachment.toJson());
    const ReplyPreview reply = ReplyPreview::fromJson(o);
    FUZZ_CHECK(ReplyPreview::fromJson(reply.toJson()).toJson() == reply.toJson());
    (void)Participant::fromJson(o);
    (void)Reaction::fromJson(o);
    (void)ApiError::fromJson(o);

    // What the server receives: a whole request or a named refusal.
    const BodyLimits limits;
    checkRefusal(LoginRequest::parse(o));
    checkRefusal(CreateConversationRequest::parse(o));
    for (const bool socket : {false, true}) {
        const auto send = SendMessageRequest::parse(o, limits, socket);
        checkRefusal(send);
        if (send)
            FUZZ_CHECK(send->body.size() <= 2 * limits.maxBodyCodePoints);
        checkRefusal(EditMessageRequest::parse(o, limits, socket));
        const auto cursor = CursorRequest::parse(o, socket);
        checkRefusal(cursor);
        if (cursor)
            FUZZ_CHECK(cursor->seq >= 0);
    }
    const auto react = ReactRequest::parse(o);
    checkRefusal(react);
    checkRefusal(Reaction::validateEmoji(o.value(QLatin1String("emoji")).toString()));
    return 0;
}
