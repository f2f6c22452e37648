#include "SearchDialog.h"

#include "Markup.h"

#include "Cache.h"
#include "ClientSession.h"
#include "ConnectionState.h"
#include "ConversationDelegate.h"
#include "DesignSystem.h"
#include "ListKeys.h"
#include "Participants.h"
#include "SearchResults.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QTextLayout>
#include <QTimer>
#include <QVBoxLayout>

namespace kora::ui {

using models::SearchResults;

namespace {
constexpr int debounceMs = 200;

} // namespace

QList<std::pair<int, int>> SearchResultDelegate::matches(const QString &text,
                                                         const QStringList &words)
{
    QList<std::pair<int, int>> found;
    for (int i = 0; i < text.size(); ++i) {
        const bool wordStart =
            text.at(i).isLetterOrNumber() && (i == 0 || !models::isWordChar(text.at(i - 1)));
        if (!wordStart)
            continue;
        for (const QString &w : words) {
            if (QStringView(text).mid(i).startsWith(w, Qt::CaseInsensitive)) {
                found.append({i, int(w.size())});
                break;
            }
        }
    }
    return found;
}

QString SearchResultDelegate::snippet(const QString &text, const QStringList &words, int before)
{
    const auto found = matches(text, words);
    if (found.isEmpty() || found.first().first <= before)
        return text;
    int start = found.first().first - before;
    // Start at a word: the space after the cut.
    const int space = text.indexOf(QLatin1Char(' '), start);
    if (space >= 0 && space < found.first().first)
        start = space + 1;
    return QStringLiteral("…") + text.mid(start);
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QFontMetrics base(option.font);
    const QFontMetrics small(theme::smallFont(option.font));
    const QFontMetrics heading(theme::headingFont(option.font));
    int h = theme::spaceM * 2 + small.height() + theme::spaceXs + base.height();
    if (index.data(SearchResults::FirstInConversationRole).toBool())
        h += heading.height() + theme::spaceM * 2;
    return {option.rect.width(), h};
}

void SearchResultDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    p->save();
    const QPalette &pal = option.palette;
    const bool rtl = option.direction == Qt::RightToLeft;
    QRect r = option.rect;
    const QFont headingFont = theme::headingFont(option.font);
    const QFont small = theme::smallFont(option.font);
    const QFont boldSmall = theme::boldSmallFont(option.font);
    if (index.data(SearchResults::FirstInConversationRole).toBool()) {
        const int h = QFontMetrics(headingFont).height() + theme::spaceM * 2;
        const QRect band(r.left(), r.top(), r.width(), h);
        p->fillRect(band, theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Mid), 0.25));
        p->setFont(headingFont);
        p->setPen(pal.color(QPalette::Text));
        const QRect text = band.adjusted(theme::spaceL, 0, -theme::spaceL, 0);
        p->drawText(
            text, Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft),
            QFontMetrics(headingFont)
                .elidedText(ConversationDelegate::oneLine(
                                index.data(SearchResults::ConversationTitleRole).toString()),
                            Qt::ElideRight, text.width()));
        r.setTop(band.bottom() + 1);
    }
    if (option.state & QStyle::State_Selected)
        p->fillRect(r, pal.color(QPalette::Highlight));
    const QColor text = pal.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                        : QPalette::Text);
    const QColor muted = theme::mix(text, pal.color(QPalette::Base), 0.4);
    const QRect inner = r.adjusted(theme::spaceL, theme::spaceM, -theme::spaceL, -theme::spaceM);

    // Line 1: sender ........ date
    const QFontMetrics smallFm(small);
    const QString date =
        ConversationDelegate::activityText(index.data(SearchResults::CreatedAtRole).toDateTime());
    const int dateW = smallFm.horizontalAdvance(date);
    const QRect line1(inner.left(), inner.top(), inner.width(), smallFm.height());
    p->setFont(small);
    p->setPen(muted);
    p->drawText(line1, Qt::AlignVCenter | (rtl ? Qt::AlignLeft : Qt::AlignRight), date);
    QString sender = index.data(SearchResults::SenderNameRole).toString();
    p->setFont(boldSmall);
    p->setPen(text);
    p->drawText(
        line1.adjusted(rtl ? dateW + theme::spaceM : 0, 0, rtl ? 0 : -(dateW + theme::spaceM), 0),
        Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft),
        QFontMetrics(boldSmall).elidedText(ConversationDelegate::oneLine(sender), Qt::ElideRight,
                                           line1.width() - dateW - theme::spaceM));

    // Line 2: the message, the words searched for in bold.
    const QFontMetrics baseFm(option.font);
    const QRect line2(inner.left(), line1.bottom() + 1 + theme::spaceXs, inner.width(),
                      baseFm.height());
    const QString body =
        snippet(models::markup::plainText(index.data(SearchResults::BodyRole).toString()), m_words);
    const QString shown = baseFm.elidedText(body, Qt::ElideRight, line2.width());
    QTextLayout layout(shown, option.font);
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : matches(shown, m_words)) {
        QTextLayout::FormatRange f;
        f.start = start;
        f.length = length;
        f.format.setFontWeight(QFont::Bold);
        formats.append(f);
    }
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setTextDirection(option.direction);
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(line2.width());
    layout.endLayout();
    p->setPen(text);
    const qreal x = rtl ? line2.right() - line.naturalTextWidth() : line2.left();
    layout.draw(p, QPointF(x, line2.top()));
    p->restore();
}

SearchDialog::SearchDialog(const Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setWindowTitle(tr("Search messages"));
    setAccessibleName(tr("Search messages"));
    build();
}

SearchDialog::SearchDialog(const Services &services, const QString &conversationId, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    build();
    setConversation(conversationId);
}

void SearchDialog::setConversation(const QString &conversationId)
{
    m_conversationId = conversationId;
    m_results->setConversation(conversationId);
    const auto c = m_services.cache.conversation(conversationId);
    const QString title = c ? models::titleFor(c->conversation, m_services.userId) : QString();
    setWindowTitle(tr("Search in %1").arg(title));
    setAccessibleName(windowTitle());
    m_edit->setPlaceholderText(tr("Search this conversation"));
    m_older->show();
    m_newer->show();
    search();
}

void SearchDialog::build()
{
    m_results = new SearchResults(m_services.cache, m_services.session, this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("messageSearchEdit"));
    m_edit->setPlaceholderText(tr("Search every conversation"));
    m_edit->setAccessibleName(tr("Search messages"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("messageSearchResults"));
    m_view->setAccessibleName(tr("Results"));
    m_view->setModel(m_results);
    m_delegate = new SearchResultDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setUniformItemSizes(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("messageSearchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_older = new QPushButton(tr("&Older"), this);
    m_older->setObjectName(QStringLiteral("messageSearchOlder"));
    m_older->setToolTip(tr("The older match (Down)"));
    m_newer = new QPushButton(tr("&Newer"), this);
    m_newer->setObjectName(QStringLiteral("messageSearchNewer"));
    m_newer->setToolTip(tr("The newer match (Up)"));
    m_older->hide();
    m_newer->hide();
    connect(m_older, &QPushButton::clicked, this, [this] { step(1); });
    connect(m_newer, &QPushButton::clicked, this, [this] { step(-1); });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme::spaceM);
    auto *row = new QHBoxLayout;
    row->setSpacing(theme::spaceS);
    row->addWidget(m_edit, 1);
    row->addWidget(m_newer);
    row->addWidget(m_older);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchDialog::search);
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &SearchResults::serverDone, this, &SearchDialog::updateStatus);
    connect(m_results, &QAbstractItemModel::modelReset, this, [this] {
        if (m_results->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_results->index(0, 0));
    });
    connect(m_view, &QListView::activated, this, &SearchDialog::openCurrent);
    // In one conversation the chat follows the result picked.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_conversationId.isEmpty() && current.isValid())
                    Q_EMIT openRequested(current.data(SearchResults::ConversationIdRole).toString(),
                                         current.data(SearchResults::MessageIdRole).toString());
                updateStatus();
            });
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 30);
    updateStatus();
    m_edit->setFocus();
}

SearchDialog::~SearchDialog() = default;

void SearchDialog::step(int by)
{
    const int n = m_results->rowCount();
    if (n == 0)
        return;
    const int row = qBound(0, m_view->currentIndex().row() + by, n - 1);
    m_view->setCurrentIndex(m_results->index(row, 0));
}

void SearchDialog::search()
{
    m_debounce->stop();
    m_delegate->setWords(models::Cache::searchWords(m_edit->text()));
    m_results->setQuery(m_edit->text());
    updateStatus();
}

void SearchDialog::updateStatus()
{
    const int n = m_results->rowCount();
    QString text;
    if (m_results->words().isEmpty())
        text = tr("Type a word, or the start of one.");
    else if (m_results->isSearchingServer())
        text = n == 0 ? tr("Searching…") : tr("%n found here; searching older history…", "", n);
    else if (m_results->isLocalOnly())
        text = n == 0 ? tr("Nothing found on this device. Offline: older history cannot be "
                           "searched now.")
                      : tr("%n found on this device. Offline: older history cannot be "
                           "searched now.",
                           "", n);
    else if (n > 0 && !m_conversationId.isEmpty() && m_view->currentIndex().isValid())
        text = tr("%1 of %2", "the match shown, of all found")
                   .arg(m_view->currentIndex().row() + 1)
                   .arg(n);
    else
        text =
            n == 0 ? tr("Nothing found for “%1”.").arg(m_results->query()) : tr("%n found.", "", n);
    if (m_older) {
        const int row = m_view->currentIndex().row();
        m_older->setEnabled(n > 0 && row < n - 1);
        m_newer->setEnabled(n > 0 && row > 0);
    }
    m_status->setText(text);
    m_view->viewport()->update();
}

void SearchDialog::openCurrent()
{
    if (m_debounce->isActive())
        search();
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    Q_EMIT openRequested(index.data(SearchResults::ConversationIdRole).toString(),
                         index.data(SearchResults::MessageIdRole).toString());
    accept();
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (forwardListKeys(key, m_view))
            return true;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace kora::ui
