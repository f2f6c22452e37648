#include "LinkConfirmDialog.h"

#include "Avatar.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kora::ui {

namespace {
QString roleText(const QString &role)
{
    if (role == QLatin1String("worker"))
        return LinkConfirmDialog::tr("worker");
    if (role == QLatin1String("hirer"))
        return LinkConfirmDialog::tr("hirer");
    return role;
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

LinkConfirmDialog::LinkConfirmDialog(const proto::User &user, const QString &jobId,
                                     const QString &jobTitle, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open a conversation from a link"));
    setObjectName(QStringLiteral("linkConfirmDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = plainLabel(tr("A web page or another program asks Kora to open a conversation. "
                                "Nothing happens unless you choose to open it."),
                             this);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    auto *avatar = new QLabel(this);
    avatar->setPixmap(initialsAvatar(user.name, user.id, 48, devicePixelRatioF()));
    avatar->setFixedSize(48, 48);
    row->addWidget(avatar, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    const QString role = roleText(user.role);
    m_person = plainLabel(role.isEmpty() ? user.name : tr("%1 (%2)").arg(user.name, role), this);
    m_person->setObjectName(QStringLiteral("linkPerson"));
    QFont bold = m_person->font();
    bold.setBold(true);
    m_person->setFont(bold);
    texts->addWidget(m_person);
    QString job;
    if (jobId.isEmpty())
        job = tr("No job is named.");
    else if (jobTitle.isEmpty())
        job = tr("About job %1").arg(jobId);
    else
        job = tr("About the job “%1” (%2)").arg(jobTitle, jobId);
    m_job = plainLabel(job, this);
    m_job->setObjectName(QStringLiteral("linkJob"));
    texts->addWidget(m_job);
    texts->addStretch(1);
    row->addLayout(texts, 1);
    layout->addLayout(row);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("Open conversation"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("linkOpenButton"));
    m_open->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    setMaximumWidth(560); // long names and titles wrap instead of widening it
}

QString LinkConfirmDialog::personText() const
{
    return m_person->text();
}

QString LinkConfirmDialog::jobText() const
{
    return m_job->text();
}

} // namespace kora::ui
