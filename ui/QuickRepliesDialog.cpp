#include "QuickRepliesDialog.h"

#include "QuickReplies.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kora::ui {

using models::QuickReplies;

namespace {
QString placeholderHelp()
{
    return QuickRepliesDialog::tr(
        "{name}, {first_name} and {job} are filled in from the conversation you insert the "
        "reply into.");
}
} // namespace

QuickReplyEditor::QuickReplyEditor(const QString &title, const QString &text, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("quickReplyEditor"));
    setWindowTitle(text.isEmpty() ? tr("New quick reply") : tr("Edit quick reply"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(title, this);
    m_title->setObjectName(QStringLiteral("quickReplyTitle"));
    m_title->setPlaceholderText(tr("e.g. Availability"));
    m_title->setMaxLength(QuickReplies::maxTitle);
    form->addRow(tr("&Title (optional):"), m_title);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("quickReplyText"));
    m_text->setPlainText(text);
    m_text->setPlaceholderText(tr("Hi {first_name}, thanks for your message about {job}…"));
    m_text->setTabChangesFocus(true);
    form->addRow(tr("Te&xt:"), m_text);
    layout->addLayout(form);
    auto *help = new QLabel(placeholderHelp(), this);
    help->setTextFormat(Qt::PlainText);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("quickReplySave"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto refresh = [this] { m_save->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); };
    connect(m_text, &QPlainTextEdit::textChanged, this, refresh);
    refresh();
    resize(460, 300);
}

QString QuickReplyEditor::title() const
{
    return m_title->text().trimmed();
}

QString QuickReplyEditor::text() const
{
    return m_text->toPlainText().trimmed();
}

QuickRepliesDialog::QuickRepliesDialog(QuickReplies &replies, QWidget *parent)
    : QDialog(parent)
    , m_replies(replies)
{
    setObjectName(QStringLiteral("quickRepliesDialog"));
    setWindowTitle(tr("Quick replies"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Answers you give often, one click or a / away in the message "
                                "field.") +
                                 QLatin1Char(' ') + placeholderHelp(),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("quickRepliesList"));
    m_list->setAccessibleName(tr("Quick replies"));
    m_list->setModel(&m_replies);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideRight);
    row->addWidget(m_list, 1);
    auto *side = new QVBoxLayout;
    const auto addButton = [&](const QString &name, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        side->addWidget(b);
        return b;
    };
    QPushButton *add = addButton(QStringLiteral("quickRepliesAdd"), tr("&Add…"));
    QPushButton *edit = addButton(QStringLiteral("quickRepliesEdit"), tr("&Edit…"));
    QPushButton *remove = addButton(QStringLiteral("quickRepliesDelete"), tr("&Delete"));
    QPushButton *up = addButton(QStringLiteral("quickRepliesUp"), tr("Move &up"));
    QPushButton *down = addButton(QStringLiteral("quickRepliesDown"), tr("Move do&wn"));
    side->addStretch(1);
    QPushButton *import = addButton(QStringLiteral("quickRepliesImport"), tr("&Import…"));
    QPushButton *exportButton = addButton(QStringLiteral("quickRepliesExport"), tr("E&xport…"));
    row->addLayout(side);
    layout->addLayout(row, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("quickRepliesMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(add, &QPushButton::clicked, this, [this] { openEditor({}); });
    connect(edit, &QPushButton::clicked, this, [this] { openEditor(currentId()); });
    connect(m_list, &QListView::activated, this, [this] { openEditor(currentId()); });
    connect(remove, &QPushButton::clicked, this, &QuickRepliesDialog::removeCurrent);
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(import, &QPushButton::clicked, this, &QuickRepliesDialog::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &QuickRepliesDialog::chooseExport);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &QuickRepliesDialog::refreshButtons);
    connect(&m_replies, &QAbstractItemModel::rowsInserted, this,
            &QuickRepliesDialog::refreshButtons);
    connect(&m_replies, &QAbstractItemModel::rowsRemoved, this,
            &QuickRepliesDialog::refreshButtons);
    connect(&m_replies, &QAbstractItemModel::rowsMoved, this, &QuickRepliesDialog::refreshButtons);
    if (m_replies.rowCount() > 0)
        m_list->setCurrentIndex(m_replies.index(0));
    refreshButtons();
    resize(560, 420);
}

QPushButton *QuickRepliesDialog::button(const QString &objectName) const
{
    return findChild<QPushButton *>(objectName);
}

QString QuickRepliesDialog::currentId() const
{
    return m_list->currentIndex().data(QuickReplies::IdRole).toString();
}

void QuickRepliesDialog::refreshButtons()
{
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const int count = m_replies.rowCount();
    button(QStringLiteral("quickRepliesEdit"))->setEnabled(row >= 0);
    button(QStringLiteral("quickRepliesDelete"))->setEnabled(row >= 0);
    button(QStringLiteral("quickRepliesUp"))->setEnabled(row > 0);
    button(QStringLiteral("quickRepliesDown"))->setEnabled(row >= 0 && row < count - 1);
    button(QStringLiteral("quickRepliesExport"))->setEnabled(count > 0);
    button(QStringLiteral("quickRepliesAdd"))->setEnabled(count < QuickReplies::maxCount);
}

void QuickRepliesDialog::say(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette pal = palette();
    if (error) {
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::WindowText, dark ? QColor(255, 120, 110) : QColor(196, 43, 28));
    }
    m_message->setPalette(pal);
    m_message->setVisible(!text.isEmpty());
}

void QuickRepliesDialog::openEditor(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_replies.indexOf(id);
    if (!id.isEmpty() && row < 0)
        return;
    const models::QuickReply was = row >= 0 ? m_replies.replies().at(row) : models::QuickReply{};
    delete m_editor;
    m_editor = new QuickReplyEditor(was.title, was.text, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &QDialog::accepted, this, [this, id] {
        const QString title = m_editor->title();
        const QString text = m_editor->text();
        if (id.isEmpty()) {
            const auto added = m_replies.add(title, text);
            if (!added)
                return say(added.error(), true);
            m_list->setCurrentIndex(m_replies.index(m_replies.indexOf(*added)));
            say(tr("Saved."), false);
        } else if (const auto updated = m_replies.update(id, title, text); !updated) {
            say(updated.error(), true);
        } else {
            say(tr("Saved."), false);
        }
    });
    m_editor->open();
}

void QuickRepliesDialog::removeCurrent()
{
    const int row = m_list->currentIndex().row();
    if (const auto removed = m_replies.remove(currentId()); !removed)
        return say(removed.error(), true);
    if (m_replies.rowCount() > 0)
        m_list->setCurrentIndex(m_replies.index(qMin(row, m_replies.rowCount() - 1)));
    say(tr("Deleted."), false);
}

void QuickRepliesDialog::moveCurrent(int delta)
{
    const int row = m_list->currentIndex().row();
    if (const auto moved = m_replies.move(row, row + delta); !moved)
        return say(moved.error(), true);
    m_list->setCurrentIndex(m_replies.index(row + delta));
    refreshButtons();
}

bool QuickRepliesDialog::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_replies.exportJson()) < 0 ||
        !file.commit()) {
        say(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return false;
    }
    say(tr("%n quick reply(ies) exported.", nullptr, m_replies.rowCount()), false);
    return true;
}

bool QuickRepliesDialog::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        say(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return false;
    }
    const auto added = m_replies.importJson(file.read(QuickReplies::maxImportBytes + 1));
    if (!added) {
        say(added.error(), true);
        return false;
    }
    say(*added == 0 ? tr("Nothing new to import: every reply in the file is already here.")
                    : tr("%n quick reply(ies) imported.", nullptr, *added),
        false);
    return true;
}

void QuickRepliesDialog::chooseImport()
{
    auto *dialog =
        new QFileDialog(this, tr("Import quick replies"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("Quick replies (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &QuickRepliesDialog::importFrom);
    dialog->open();
}

void QuickRepliesDialog::chooseExport()
{
    auto *dialog =
        new QFileDialog(this, tr("Export quick replies"),
                        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .filePath(tr("kora-quick-replies") + QStringLiteral(".json")),
                        tr("Quick replies (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, &QuickRepliesDialog::exportTo);
    dialog->open();
}

} // namespace kora::ui
