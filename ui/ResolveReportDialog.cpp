#include "ResolveReportDialog.h"

#include "DesignSystem.h"
#include "LengthCount.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kora::ui {

ResolveReportDialog::ResolveReportDialog(const QString &summary, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("resolveReportDialog"));
    setWindowTitle(tr("Resolve report"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme::spaceL);

    auto *what = new QLabel(summary, this);
    what->setTextFormat(Qt::PlainText); // holds a participant's name
    what->setWordWrap(true);
    QFont bold = what->font();
    bold.setBold(true);
    what->setFont(bold);
    layout->addWidget(what);

    auto *question = new QLabel(tr("What was done about it? The resolution is kept with the "
                                   "report and in the audit log."),
                                this);
    question->setWordWrap(true);
    layout->addWidget(question);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("resolveReportText"));
    m_text->setAccessibleName(tr("Resolution"));
    m_text->setPlaceholderText(tr("For example: warned the provider, refunded the hirer"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 4);
    question->setBuddy(m_text);
    layout->addWidget(m_text, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resolveReportCount"));
    m_count->setAlignment(Qt::AlignTrailing);
    layout->addWidget(m_count);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_resolve = buttons->addButton(tr("Resolve"), QDialogButtonBox::AcceptRole);
    m_resolve->setObjectName(QStringLiteral("resolveReportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, &ResolveReportDialog::refreshState);
    refreshState();
    setMinimumWidth(qMax(380, sizeHint().width()));
}

QString ResolveReportDialog::resolution() const
{
    return m_text->toPlainText().trimmed();
}

void ResolveReportDialog::setResolution(const QString &text)
{
    m_text->setPlainText(text);
}

void ResolveReportDialog::refreshState()
{
    const qsizetype length = showLength(m_count, resolution(), maxResolution);
    m_resolve->setEnabled(length > 0 && length <= maxResolution);
}

} // namespace kora::ui
