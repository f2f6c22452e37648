#include "SupportSearchPane.h"

#include "DesignSystem.h"
#include "TimeText.h"

#include <QLocale>

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kora::ui {

QString dateTimeText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           timeOfDayText(local.time());
}

SupportSearchPane::SupportSearchPane(models::SupportClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spaceM, theme::spaceM, theme::spaceM, theme::spaceM);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // labels above: room for long translations

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("supportSearchText"));
    m_text->setPlaceholderText(tr("Name, email or text in messages"));
    m_text->setClearButtonEnabled(true);
    m_text->setMaxLength(200);
    form->addRow(tr("&Search:"), m_text);

    m_job = new QLineEdit(this);
    m_job->setObjectName(QStringLiteral("supportSearchJob"));
    m_job->setPlaceholderText(tr("Exact job id"));
    m_job->setClearButtonEnabled(true);
    m_job->setMaxLength(200);
    form->addRow(tr("&Job id:"), m_job);

    const QDate today = QDate::currentDate();
    const auto dateRow = [this, form](QCheckBox *&check, QDateEdit *&edit, const QString &label,
                                      const QDate &initial, const char *name) {
        check = new QCheckBox(label, this);
        edit = new QDateEdit(initial, this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        form->addRow(check, edit);
    };
    dateRow(m_fromCheck, m_from, tr("Active on or after"), today.addMonths(-1),
            "supportSearchFrom");
    dateRow(m_toCheck, m_to, tr("Started on or before"), today, "supportSearchTo");
    m_fromCheck->setToolTip(tr("Only conversations with activity on this day or later"));
    m_toCheck->setToolTip(tr("Only conversations that began on this day or earlier"));
    layout->addLayout(form);

    m_searchButton = new QPushButton(tr("Search"), this);
    m_searchButton->setObjectName(QStringLiteral("supportSearchButton"));
    m_searchButton->setDefault(true);
    layout->addWidget(m_searchButton);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("supportSearchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("supportSearchResults"));
    m_results->setAccessibleName(tr("Conversations found"));
    m_results->setWordWrap(true);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->setSpacing(theme::space2xs);
    m_results->setUniformItemSizes(false);
    layout->addWidget(m_results, 1);

    m_moreButton = new QPushButton(tr("More results"), this);
    m_moreButton->setObjectName(QStringLiteral("supportSearchMore"));
    m_moreButton->hide();
    layout->addWidget(m_moreButton);

    connect(m_searchButton, &QPushButton::clicked, this, &SupportSearchPane::search);
    connect(m_text, &QLineEdit::returnPressed, this, &SupportSearchPane::search);
    connect(m_job, &QLineEdit::returnPressed, this, &SupportSearchPane::search);
    connect(m_moreButton, &QPushButton::clicked, this, &SupportSearchPane::searchMore);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_found.size())
            Q_EMIT conversationChosen(m_found.at(row));
    });
}

QString SupportSearchPane::statusText() const
{
    return m_status->text();
}

QString SupportSearchPane::describe(const proto::Conversation &c)
{
    QStringList names;
    for (const proto::Participant &p : c.participants)
        names.append(p.user.name);
    QString text = c.title.isEmpty() ? names.join(QStringLiteral(" · ")) : c.title;
    if (!c.jobTitle.isEmpty() || !c.jobId.isEmpty())
        text +=
            QLatin1Char('\n') + (c.jobId.isEmpty() ? tr("Job: %1").arg(c.jobTitle)
                                                   : tr("Job: %1 (%2)").arg(c.jobTitle, c.jobId));
    text += QLatin1Char('\n') + tr("Last active %1").arg(dateTimeText(c.updatedAt));
    return text;
}

models::SupportSearch SupportSearchPane::filter() const
{
    models::SupportSearch s;
    s.text = m_text->text();
    s.jobId = m_job->text();
    if (m_fromCheck->isChecked())
        s.from = m_from->date().startOfDay();
    if (m_toCheck->isChecked())
        s.to = m_to->date().addDays(1).startOfDay(); // the whole of that day
    return s;
}

void SupportSearchPane::search()
{
    run(false);
}

void SupportSearchPane::searchMore()
{
    run(true);
}

void SupportSearchPane::run(bool more)
{
    models::SupportSearch s = filter();
    if (s.from.isValid() && s.to.isValid() && s.to <= s.from) {
        m_status->setText(tr("The end of the date range is before its start."));
        return;
    }
    if (more && !m_found.isEmpty())
        s.before = m_found.last().updatedAt;
    const int generation = ++m_generation;
    m_status->setText(tr("Searching…"));
    m_searchButton->setEnabled(false);
    m_moreButton->setEnabled(false);
    m_client.search(
        s, this, [this, more, generation](models::Result<models::ConversationPage> page) {
            if (generation != m_generation)
                return; // a newer search is on its way
            m_searchButton->setEnabled(true);
            m_moreButton->setEnabled(true);
            if (!page) {
                m_status->setText(tr("Search failed: %1").arg(page.error().message));
                Q_EMIT searchFinished();
                return;
            }
            if (!more) {
                const QSignalBlocker block(m_results);
                m_found.clear();
                m_results->clear();
            }
            for (const proto::Conversation &c : page->conversations) {
                m_found.append(c);
                auto *item = new QListWidgetItem(describe(c), m_results);
                item->setToolTip(describe(c));
            }
            m_moreButton->setVisible(page->hasMore);
            m_status->setText(m_found.isEmpty()
                                  ? tr("No conversations found.")
                                  : tr("%n conversation(s) found.", nullptr, int(m_found.size())));
            Q_EMIT searchFinished();
        });
}

} // namespace kora::ui
