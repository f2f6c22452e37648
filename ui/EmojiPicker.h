#pragma once

#include <QFrame>
#include <QStringList>

class QLineEdit;
class QListWidget;
class QTabBar;

namespace kora::ui {

// The emoji picker of the composer and of reactions (protocol 7.2): a
// popup with a search field, a row of categories (Frequently used, then
// Unicode's nine groups: Smileys & emotion … Flags) and a scrolling grid.
// Every emoji Unicode lists as fully qualified is there (Debian's
// unicode-data emoji-test.txt, turned into a table at build time; skin tones
// are left to the default yellow), in CLDR order, each with its CLDR name as
// tool tip and accessible name. Arrow keys move in the grid, Enter or a
// click picks (picked) and closes, Esc closes; typing searches by name
// (every word a prefix: "thu up" finds 👍), Down goes from the search field
// to the results and Enter there picks the first. The first quick().size()
// of common() are the quick reactions of the hover bar and the context menu.
class EmojiPicker : public QFrame
{
    Q_OBJECT
public:
    static constexpr int columns = 8;
    static constexpr int visibleRows = 6;

    // Unicode's groups, in the file's order; Frequent is Kora's own.
    enum Category {
        Frequent,
        Smileys,
        People,
        Animals,
        Food,
        Travel,
        Activities,
        Objects,
        Symbols,
        Flags,
        CategoryCount
    };

    explicit EmojiPicker(QWidget *parent = nullptr);

    static const QStringList &common(); // 40, most used first: Frequently used
    static QStringList quick();         // the first 6
    // Every emoji of a category, and its English CLDR name ("" if unknown).
    static QStringList emojiOf(Category category);
    static QString nameOf(const QString &emoji);
    static QString categoryName(Category category);
    // The emoji whose name has every word of the query as a word prefix,
    // in CLDR order.
    static QStringList search(const QString &query);

    // Shows the popup with its top-left corner near `globalPos` (kept on
    // the screen), Frequently used shown, the search cleared, the first
    // emoji current and the keyboard in the grid.
    void popup(const QPoint &globalPos);
    QListWidget *grid() const { return m_grid; }
    QLineEdit *searchField() const { return m_search; }
    QTabBar *categories() const { return m_tabs; }
    void showCategory(Category category);

Q_SIGNALS:
    void picked(const QString &emoji);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill(const QStringList &emoji);
    void updateResults();

    QLineEdit *m_search;
    QTabBar *m_tabs;
    QListWidget *m_grid;
};

} // namespace kora::ui
