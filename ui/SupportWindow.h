#pragma once

#include "SupportClient.h"

#include <QHash>
#include <QImage>
#include <QMainWindow>
#include <QTemporaryDir>

#include <memory>

class QLabel;
class QTabWidget;

namespace kora::models {
class Cache;
class ClientSession;
} // namespace kora::models

namespace kora::ui {

class MediaCache;

class AuditLogView;
class SupportConversationView;
class SupportReportsView;
class SupportSearchPane;

// The client in support mode (a support account signed in): a distinct
// title and a banner that never goes away ("Support view — read-only, access
// is logged"), conversation search on the left, the chosen conversation (read
// only: no composer, no receipts, no typing, no presence; no socket at all),
// the reports queue and the audit log on the right, and transcript export.
// A report opened from the queue shows its conversation at the reported
// message.
//
// Conversations read here go into a cache of this window's own, in a
// temporary directory removed when the window closes: support staff keep no
// copy of anyone's messages on disk, and the participants' caches, outboxes
// and sync engines are never involved.
class SupportWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `session` (its REST half only: never started) must outlive the window.
    SupportWindow(models::ClientSession &session, proto::User me, QWidget *parent = nullptr);
    ~SupportWindow() override;

    static QString bannerText();
    SupportSearchPane *searchPane() const { return m_search; }
    SupportConversationView *conversationView() const { return m_conversation; }
    AuditLogView *auditLog() const { return m_audit; }
    SupportReportsView *reports() const { return m_reports; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *banner() const { return m_banner; }
    models::Cache *cache() const { return m_cache.get(); }
    MediaCache *mediaCache() const { return m_media; }

    // Loads the whole history, records the export in the audit log, then
    // writes the file ("html" or "pdf"); exportFinished says how it went.
    void exportTo(const QString &path, const QString &format);

Q_SIGNALS:
    void signOutRequested();
    void exportFinished(const QString &path, const QString &error);

private:
    void chooseExport();
    void openReport(const models::SupportReport &report);
    void writeExport(const QString &path, const QString &format);
    void writeTranscript(const QString &path, const QString &format,
                         const proto::Conversation &conversation,
                         const QList<proto::Message> &messages,
                         const QHash<QString, QImage> &thumbnails);

    models::ClientSession &m_session;
    proto::User m_me;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<models::Cache> m_cache;
    std::unique_ptr<models::SupportClient> m_client;
    QLabel *m_banner = nullptr;
    SupportSearchPane *m_search = nullptr;
    SupportConversationView *m_conversation = nullptr;
    AuditLogView *m_audit = nullptr;
    SupportReportsView *m_reports = nullptr;
    QTabWidget *m_tabs = nullptr;
    MediaCache *m_media = nullptr; // disk part inside m_cacheDir: gone with the window
};

} // namespace kora::ui
