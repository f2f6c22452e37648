#include "ReportDialog.h"

#include "DesignSystem.h"
#include "LengthCount.h"

#include "Outbox.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kora::ui {

QString ReportDialog::reasonText(const QString &reason)
{
    if (reason == QLatin1String("spam"))
        return tr("Spam or advertising");
    if (reason == QLatin1String("scam"))
        return tr("A scam or fraud");
    if (reason == QLatin1String("off_platform_payment"))
        return tr("Asks to pay or talk outside Kora");
    if (reason == QLatin1String("harassment"))
        return tr("Harassment or threats");
    return tr("Something else");
}

ReportDialog::ReportDialog(const QString &peerName, bool aboutMessage, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Report to Kora support"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme::spaceL);

    auto *question = new QLabel(aboutMessage ? tr("What is wrong with this message?")
                                             : tr("What is wrong with this conversation?"),
                                this);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    question->setWordWrap(true);
    layout->addWidget(question);

    m_reasons = new QButtonGroup(this);
    int id = 0;
    for (const QString &reason : models::Outbox::reasons()) {
        auto *button = new QRadioButton(reasonText(reason), this);
        button->setObjectName(QStringLiteral("reason_") + reason);
        button->setProperty("reason", reason);
        m_reasons->addButton(button, id++);
        layout->addWidget(button);
    }

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("reportNote"));
    m_note->setPlaceholderText(tr("Tell support what happened (optional)"));
    m_note->setAccessibleName(tr("Note for support"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 4);
    layout->addWidget(m_note, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("reportNoteCount"));
    m_count->setAlignment(Qt::AlignTrailing);
    layout->addWidget(m_count);

    if (!peerName.isEmpty()) {
        m_block = new QCheckBox(tr("Also block %1").arg(peerName), this);
        m_block->setObjectName(QStringLiteral("reportAlsoBlock"));
        layout->addWidget(m_block);
    }
    auto *privacy = new QLabel(
        tr("Support reads this conversation to look into it. No one is told who reported it."),
        this);
    privacy->setWordWrap(true);
    QPalette muted = privacy->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    privacy->setPalette(muted);
    layout->addWidget(privacy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send report"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("reportSend"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_reasons, &QButtonGroup::idClicked, this, &ReportDialog::refreshState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ReportDialog::refreshState);
    refreshState();
    setMinimumWidth(qMax(360, sizeHint().width()));
}

QString ReportDialog::reason() const
{
    QAbstractButton *checked = m_reasons->checkedButton();
    return checked ? checked->property("reason").toString() : QString();
}

QString ReportDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

bool ReportDialog::alsoBlock() const
{
    return m_block && m_block->isChecked();
}

void ReportDialog::chooseReason(const QString &reason)
{
    for (QAbstractButton *button : m_reasons->buttons()) {
        if (button->property("reason").toString() == reason)
            button->setChecked(true);
    }
    refreshState();
}

void ReportDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void ReportDialog::refreshState()
{
    const qsizetype length = showLength(m_count, note(), maxNote);
    m_send->setEnabled(!reason().isEmpty() && length <= maxNote);
}

} // namespace kora::ui
