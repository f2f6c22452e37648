#include "SupportWindow.h"

#include "AuditLogView.h"
#include "Cache.h"
#include "ClientSession.h"
#include "DesignSystem.h"
#include "MediaCache.h"
#include "SupportConversationView.h"
#include "SupportReportsView.h"
#include "SupportSearchPane.h"
#include "TranscriptExporter.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kora::ui {

SupportWindow::SupportWindow(models::ClientSession &session, proto::User me, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_me(std::move(me))
{
    setObjectName(QStringLiteral("supportWindow"));
    setWindowTitle(tr("Kora Support view (read-only) — %1").arg(m_me.name));
    resize(1100, 720);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The banner: always there, in a colour no other state of the app uses.
    auto *strip = new QFrame(central);
    strip->setObjectName(QStringLiteral("supportBannerStrip"));
    strip->setAutoFillBackground(true);
    QPalette stripPalette = strip->palette();
    stripPalette.setColor(QPalette::Window, theme::support(stripPalette));
    stripPalette.setColor(QPalette::WindowText, Qt::white);
    strip->setPalette(stripPalette);
    auto *stripLayout = new QHBoxLayout(strip);
    stripLayout->setContentsMargins(theme::spaceL, theme::spaceS, theme::spaceM, theme::spaceS);
    m_banner = new QLabel(bannerText(), strip);
    m_banner->setObjectName(QStringLiteral("supportBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    QFont bold = m_banner->font();
    bold.setBold(true);
    m_banner->setFont(bold);
    stripLayout->addWidget(m_banner, 1);
    auto *who = new QLabel(tr("Signed in as %1").arg(m_me.name), strip);
    who->setTextFormat(Qt::PlainText);
    stripLayout->addWidget(who);
    auto *signOut = new QPushButton(tr("Sign out"), strip);
    signOut->setObjectName(QStringLiteral("supportSignOut"));
    stripLayout->addWidget(signOut);
    connect(signOut, &QPushButton::clicked, this, &SupportWindow::signOutRequested);
    layout->addWidget(strip);

    auto opened = m_cacheDir.isValid()
                      ? models::Cache::open(m_cacheDir.filePath(QStringLiteral("support.sqlite3")))
                      : Expected<std::unique_ptr<models::Cache>, QString>(
                            unexpected(m_cacheDir.errorString()));
    if (!opened) {
        auto *error =
            new QLabel(tr("Kora cannot open its temporary data: %1").arg(opened.error()), central);
        error->setTextFormat(Qt::PlainText);
        error->setWordWrap(true);
        error->setAlignment(Qt::AlignCenter);
        layout->addWidget(error, 1);
        setCentralWidget(central);
        return;
    }
    m_cache = std::move(*opened);
    m_client = m_session.supportClient(*m_cache);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setChildrenCollapsible(false);
    m_search = new SupportSearchPane(*m_client, splitter);
    m_search->setMinimumWidth(260);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("supportTabs"));
    m_tabs->setDocumentMode(true);
    m_conversation = new SupportConversationView(*m_client, *m_cache, m_me.id, m_tabs);
    // Pictures of the conversations opened (the server lets support have them
    // once the opening is audited); the disk part lives in the temporary dir.
    MediaCache::Options mediaOptions;
    mediaOptions.dir = m_cacheDir.filePath(QStringLiteral("media"));
    m_media = new MediaCache(MediaCache::downloaderFetcher(m_session.media()), mediaOptions, this);
    m_conversation->setMediaCache(m_media);
    m_reports = new SupportReportsView(*m_client, m_tabs);
    m_audit = new AuditLogView(*m_client, m_tabs);
    // Conversations by who is in them (those this window has seen), not by id.
    m_audit->setConversationNamer([this](const QString &id) {
        const auto cached = m_cache ? m_cache->conversation(id) : std::nullopt;
        if (!cached)
            return QString();
        const proto::Conversation &c = cached->conversation;
        QStringList names;
        for (const proto::Participant &p : c.participants)
            names.append(p.user.name);
        const QString who = c.title.isEmpty() ? names.join(QStringLiteral(" · ")) : c.title;
        return c.jobTitle.isEmpty() ? who : tr("%1 (%2)", "people (job)").arg(who, c.jobTitle);
    });
    m_tabs->addTab(m_conversation, tr("Conversation"));
    m_tabs->addTab(m_reports, tr("Reports"));
    m_tabs->addTab(m_audit, tr("Audit log"));
    splitter->addWidget(m_search);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 780});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_search, &SupportSearchPane::conversationChosen, this,
            [this](const proto::Conversation &c) {
                m_tabs->setCurrentWidget(m_conversation);
                m_conversation->open(c);
            });
    connect(m_conversation, &SupportConversationView::exportRequested, this,
            &SupportWindow::chooseExport);
    connect(m_reports, &SupportReportsView::reportActivated, this, &SupportWindow::openReport);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_audit)
            m_audit->refresh();
        else if (m_tabs->widget(index) == m_reports && !m_reports->hasLoaded())
            m_reports->refresh(); // later: Refresh, so "Load more" pages stay
    });
}

SupportWindow::~SupportWindow() = default;

QString SupportWindow::bannerText()
{
    return tr("Support view — read-only, access is logged");
}

void SupportWindow::openReport(const models::SupportReport &report)
{
    m_reports->showStatus(tr("Opening the reported conversation…"));
    m_client->findConversation(
        report.conversationId, report.reporterId, this,
        [this, messageId = report.messageId](models::Result<proto::Conversation> found) {
            if (!found) {
                m_reports->showError(tr("Could not open the reported conversation: %1")
                                         .arg(SupportReportsView::describeError(found.error())));
                return;
            }
            m_reports->showStatus({});
            m_tabs->setCurrentWidget(m_conversation);
            m_conversation->open(*found, messageId);
        });
}

void SupportWindow::chooseExport()
{
    QMenu menu(this);
    QAction *html = menu.addAction(tr("As HTML…"));
    QAction *pdf = menu.addAction(tr("As PDF…"));
    QPushButton *button = m_conversation->exportButton();
    QAction *chosen = menu.exec(button->mapToGlobal(QPoint(0, button->height())));
    if (!chosen)
        return;
    const bool asPdf = chosen == pdf;
    Q_UNUSED(html);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                         QStringLiteral("/kora-transcript-%1.%2")
                             .arg(m_conversation->conversationId().left(8),
                                  asPdf ? QStringLiteral("pdf") : QStringLiteral("html"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export transcript"), base,
                                                      asPdf ? tr("PDF documents (*.pdf)")
                                                            : tr("Web pages (*.html)"));
    if (path.isEmpty())
        return;
    exportTo(path, asPdf ? QStringLiteral("pdf") : QStringLiteral("html"));
}

void SupportWindow::exportTo(const QString &path, const QString &format)
{
    const proto::Conversation conversation = m_conversation->conversation();
    if (conversation.id.isEmpty() || !m_client) {
        Q_EMIT exportFinished(path, tr("Open a conversation first."));
        return;
    }
    m_conversation->exportButton()->setEnabled(false);
    statusBar()->showMessage(tr("Loading the whole conversation…"));
    m_client->loadAll(conversation, this, [this, path, format](models::Result<int> loaded) {
        if (!loaded) {
            m_conversation->exportButton()->setEnabled(true);
            const QString error =
                tr("Could not load the conversation: %1").arg(loaded.error().message);
            statusBar()->showMessage(error);
            Q_EMIT exportFinished(path, error);
            return;
        }
        // Audited first: no audit entry, no transcript.
        m_client->recordExport(m_conversation->conversationId(), format, this,
                               [this, path, format](models::Result<models::AuditRecord> recorded) {
                                   m_conversation->exportButton()->setEnabled(true);
                                   if (!recorded) {
                                       const QString error =
                                           tr("The export could not be recorded in the audit "
                                              "log, so nothing was written: %1")
                                               .arg(recorded.error().message);
                                       statusBar()->showMessage(error);
                                       Q_EMIT exportFinished(path, error);
                                       return;
                                   }
                                   writeExport(path, format);
                               });
    });
}

void SupportWindow::writeExport(const QString &path, const QString &format)
{
    const proto::Conversation conversation = m_conversation->conversation();
    QList<proto::Message> messages;
    qint64 after = 0;
    // The cache holds the whole history now; read it in pages, oldest first.
    for (;;) {
        const QList<models::CachedMessage> page =
            m_cache->messages(conversation.id, 500, -1, after);
        for (const models::CachedMessage &m : page) {
            if (m.message.seq > after) {
                messages.append(m.message);
                after = m.message.seq;
            }
        }
        if (page.size() < 500)
            break;
    }
    // Thumbnails of the images, from the disk cache or the server, then the file.
    QStringList thumbUrls;
    for (const proto::Message &m : std::as_const(messages)) {
        for (const proto::Attachment &a : m.attachments) {
            if (!a.thumbUrl.isEmpty() && !thumbUrls.contains(a.thumbUrl))
                thumbUrls.append(a.thumbUrl);
        }
    }
    if (thumbUrls.isEmpty()) {
        writeTranscript(path, format, conversation, messages, {});
        return;
    }
    // One shared job for every download: the history is not copied per image.
    struct Job
    {
        proto::Conversation conversation;
        QList<proto::Message> messages;
        QHash<QString, QImage> thumbnails;
        int waiting = 0;
    };
    auto job = std::make_shared<Job>(Job{conversation, messages, {}, int(thumbUrls.size())});
    for (const QString &url : std::as_const(thumbUrls)) {
        m_media->fetchBytes(
            url, this,
            [this, job, url, path, format](const QByteArray &bytes, const QString &error) {
                if (error.isEmpty()) {
                    // Server thumbnails: small JPEGs; bounded anyway.
                    const QImage image = QImage::fromData(bytes);
                    if (!image.isNull())
                        job->thumbnails.insert(url,
                                               image.scaled(QSize(320, 320), Qt::KeepAspectRatio,
                                                            Qt::SmoothTransformation));
                }
                if (--job->waiting == 0)
                    writeTranscript(path, format, job->conversation, job->messages,
                                    job->thumbnails);
            });
    }
}

void SupportWindow::writeTranscript(const QString &path, const QString &format,
                                    const proto::Conversation &conversation,
                                    const QList<proto::Message> &messages,
                                    const QHash<QString, QImage> &thumbnails)
{
    TranscriptExporter::Options options;
    options.exportedBy = m_me.name;
    options.exportedAt = QDateTime::currentDateTimeUtc();
    options.thumbnail = [&thumbnails](const proto::Attachment &a) {
        return thumbnails.value(a.thumbUrl);
    };
    const QString html = TranscriptExporter::html(conversation, messages, options);
    const QString error =
        format == QLatin1String("pdf")
            ? TranscriptExporter::writePdf(path, html, tr("Conversation transcript"))
            : TranscriptExporter::writeHtml(path, html);
    statusBar()->showMessage(error.isEmpty() ? tr("Transcript saved to %1").arg(path)
                                             : tr("Could not write the transcript: %1").arg(error));
    if (m_tabs->currentWidget() == m_audit)
        m_audit->refresh();
    Q_EMIT exportFinished(path, error);
}

} // namespace kora::ui
