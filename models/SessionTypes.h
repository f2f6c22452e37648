#pragma once

#include "ApiClient.h"

namespace kora::models {

// The value types the session layer answers with, named here so that widgets
// speak models, never net. (They are the protocol's types underneath.)
template<class T> using Result = net::ApiResult<T>;
template<class T> using ResultCallback = std::function<void(Result<T>)>;
using LoginResult = net::LoginResult;
using OpenedConversation = net::OpenedConversation;
using GroupChange = net::GroupChange;
using ConversationPage = net::ConversationPage;
using MessagePage = net::MessagePage;
using SearchPage = net::SearchPage;
using TransferId = net::ApiClient::TransferId; // 0 is never a transfer
using Progress = net::ApiClient::Progress;

// Error codes the client makes itself (next to proto::code).
namespace clientCode = net::clientCode;

// An answer from the server that could not be written to the cache: the
// error's message says why.
inline const QString StorageError = QStringLiteral("storage");

} // namespace kora::models
