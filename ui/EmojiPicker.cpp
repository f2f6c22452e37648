#include "EmojiPicker.h"
#include "DesignSystem.h"

#include <QGuiApplication>
#include <QHash>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QTabBar>
#include <QVBoxLayout>

#include <algorithm>

namespace kora::ui {

namespace {
struct Row
{
    int group; // EmojiPicker::Category − 1
    const char *emoji;
    const char *name;
};

// cmake/emoji-table.py writes it from Unicode's emoji-test.txt.
constexpr Row table[] = {
#include "EmojiTable.inc"
};

// Words of a name or a query: letters and digits in any script.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

struct Table
{
    QList<QStringList> byCategory = QList<QStringList>(EmojiPicker::CategoryCount);
    QHash<QString, QString> names;
    QList<std::pair<QString, QStringList>> words; // emoji, its name's words (lower case)
};

const Table &emojiTable()
{
    static const Table t = [] {
        Table t;
        t.words.reserve(std::size(table));
        for (const Row &row : table) {
            const QString emoji = QString::fromUtf8(row.emoji);
            const QString name = QString::fromUtf8(row.name);
            t.byCategory[row.group + 1].append(emoji);
            t.names.insert(emoji, name);
            t.words.append({emoji, wordsOf(name)});
        }
        return t;
    }();
    return t;
}

// What a category's tab shows: an emoji of the group itself.
QString tabEmoji(EmojiPicker::Category category)
{
    static const char *const glyphs[] = {"🕘", "😀", "👋", "🐻", "🍔", "✈️", "⚽", "💡", "🔣", "🏁"};
    return QString::fromUtf8(glyphs[category]);
}
} // namespace

const QStringList &EmojiPicker::common()
{
    static const QStringList list = QString::fromUtf8("👍 ❤️ 😂 😮 😢 🙏 👎 🎉 "
                                                      "😊 😍 🤔 👏 🔥 ✅ ❌ 👀 "
                                                      "💯 😅 😉 🙌 💪 🤝 👌 👋 "
                                                      "🙂 😀 😆 😎 😐 😕 😬 😡 "
                                                      "🥳 🤗 💡 ⭐ 🚀 ⏰ 💰 🏠")
                                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return list;
}

QStringList EmojiPicker::quick()
{
    return common().mid(0, 6);
}

QStringList EmojiPicker::emojiOf(Category category)
{
    if (category == Frequent)
        return common();
    if (category < 0 || category >= CategoryCount)
        return {};
    return emojiTable().byCategory.at(category);
}

QString EmojiPicker::nameOf(const QString &emoji)
{
    return emojiTable().names.value(emoji);
}

QString EmojiPicker::categoryName(Category category)
{
    switch (category) {
    case Frequent:
        return tr("Frequently used");
    case Smileys:
        return tr("Smileys and emotion");
    case People:
        return tr("People and body");
    case Animals:
        return tr("Animals and nature");
    case Food:
        return tr("Food and drink");
    case Travel:
        return tr("Travel and places");
    case Activities:
        return tr("Activities");
    case Objects:
        return tr("Objects");
    case Symbols:
        return tr("Symbols");
    case Flags:
        return tr("Flags");
    case CategoryCount:
        break;
    }
    return {};
}

QStringList EmojiPicker::search(const QString &query)
{
    const QStringList wanted = wordsOf(query);
    if (wanted.isEmpty())
        return {};
    QStringList found;
    for (const auto &[emoji, words] : emojiTable().words) {
        const bool all = std::all_of(wanted.cbegin(), wanted.cend(), [&](const QString &w) {
            return std::any_of(words.cbegin(), words.cend(),
                               [&](const QString &word) { return word.startsWith(w); });
        });
        if (all)
            found.append(emoji);
    }
    return found;
}

EmojiPicker::EmojiPicker(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_search(new QLineEdit(this))
    , m_tabs(new QTabBar(this))
    , m_grid(new QListWidget(this))
{
    setObjectName(QStringLiteral("chatEmojiPicker"));
    setAccessibleName(tr("Pick an emoji"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spaceS, theme::spaceS, theme::spaceS, theme::spaceS);
    layout->setSpacing(theme::spaceXs);

    m_search->setObjectName(QStringLiteral("emojiSearch"));
    m_search->setPlaceholderText(tr("Search emoji"));
    m_search->setAccessibleName(tr("Search emoji"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    const QFont emoji = theme::emojiFont(font());
    m_tabs->setObjectName(QStringLiteral("emojiCategories"));
    m_tabs->setAccessibleName(tr("Emoji categories"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(true);
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setDocumentMode(true);
    QFont tabFont = emoji;
    tabFont.setPointSizeF(tabFont.pointSizeF() * theme::scaleHeading);
    m_tabs->setFont(tabFont);
    for (int c = 0; c < CategoryCount; ++c) {
        const auto category = Category(c);
        m_tabs->addTab(tabEmoji(category));
        m_tabs->setTabToolTip(c, categoryName(category));
        m_tabs->setAccessibleTabName(c, categoryName(category));
    }
    layout->addWidget(m_tabs);

    m_grid->setObjectName(QStringLiteral("chatEmojiGrid"));
    m_grid->setAccessibleName(tr("Emoji"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setFlow(QListView::LeftToRight);
    m_grid->setWrapping(true);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setFrameShape(QFrame::NoFrame);
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_grid->installEventFilter(this);
    QFont big = emoji;
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_grid->setFont(big);
    const int cell = QFontMetrics(big).height() + theme::spaceL;
    m_grid->setGridSize(QSize(cell, cell));
    // Room for the columns and a scroll bar, so the last column never wraps.
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_grid);
    m_grid->setFixedSize(columns * cell + bar + theme::spaceM, visibleRows * cell + theme::spaceM);
    layout->addWidget(m_grid);

    connect(m_tabs, &QTabBar::currentChanged, this, [this] {
        if (!m_search->text().isEmpty())
            m_search->clear(); // → updateResults
        else
            updateResults();
    });
    connect(m_search, &QLineEdit::textChanged, this, &EmojiPicker::updateResults);
    // A click may also activate (per style): the first one picks, once.
    const auto choose = [this](QListWidgetItem *item) {
        if (!isVisible() || !item)
            return;
        close();
        Q_EMIT picked(item->text());
    };
    connect(m_grid, &QListWidget::itemActivated, this, choose);
    connect(m_grid, &QListWidget::itemClicked, this, choose);
    updateResults();
}

void EmojiPicker::fill(const QStringList &emoji)
{
    m_grid->clear();
    for (const QString &e : emoji) {
        auto *item = new QListWidgetItem(e, m_grid);
        item->setTextAlignment(Qt::AlignCenter);
        const QString name = nameOf(e);
        item->setToolTip(name.isEmpty() ? e : name);
        item->setData(Qt::AccessibleTextRole, name.isEmpty() ? e : name);
    }
    if (m_grid->count() > 0)
        m_grid->setCurrentRow(0);
    m_grid->scrollToTop();
}

void EmojiPicker::updateResults()
{
    const QString query = m_search->text().trimmed();
    fill(query.isEmpty() ? emojiOf(Category(m_tabs->currentIndex())) : search(query));
}

void EmojiPicker::showCategory(Category category)
{
    m_search->clear();
    if (m_tabs->currentIndex() == category)
        updateResults();
    else
        m_tabs->setCurrentIndex(category);
}

bool EmojiPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down && m_grid->count() > 0) {
            m_grid->setFocus(Qt::TabFocusReason);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_grid->count() > 0) {
            Q_EMIT m_grid->itemActivated(m_grid->item(0));
            return true;
        }
    } else if (watched == m_grid) {
        // Letters typed over the grid go to the search field.
        const QString text = key->text();
        const bool typing = !text.isEmpty() && text.at(0).isLetterOrNumber() &&
                            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (typing) {
            m_search->setFocus(Qt::OtherFocusReason);
            m_search->insert(text);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void EmojiPicker::popup(const QPoint &globalPos)
{
    showCategory(Frequent);
    adjustSize();
    QPoint at = globalPos;
    if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        at.setX(qBound(area.left(), at.x(), qMax(area.left(), area.right() - width())));
        at.setY(qBound(area.top(), at.y(), qMax(area.top(), area.bottom() - height())));
    }
    move(at);
    m_grid->setCurrentRow(0);
    show();
    m_grid->setFocus(Qt::PopupFocusReason);
}

} // namespace kora::ui
