#pragma once

#include <QString>

namespace kora::models {
class Cache;
class ClientSession;
class Outbox;
class SyncEngine;
} // namespace kora::models

namespace kora::ui {

// What the widgets of one signed-in session work with, passed in (never
// found through globals). The UI reads from the cache and its models, writes
// through the outbox, asks everything else of the session (models::ClientSession),
// and never waits on the network.
struct Services
{
    models::Cache &cache;
    models::Outbox &outbox;
    models::SyncEngine &sync;
    models::ClientSession &session;
    QString userId;
    QString userName;
    bool supportMode = false; // read-only support view (a later issue)
};

} // namespace kora::ui
