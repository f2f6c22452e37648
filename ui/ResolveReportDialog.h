#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kora::ui {

// Asks support staff how a report was dealt with before it is resolved: a
// resolution text is required (1 to 1000 characters, counted as you type).
// Nothing is sent from here; the caller reads resolution() once accepted.
class ResolveReportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int maxResolution = 1000;

    // `summary`: what the report is, one line ("Spam, reported by Ama").
    explicit ResolveReportDialog(const QString &summary, QWidget *parent = nullptr);

    QString resolution() const; // trimmed
    void setResolution(const QString &text);
    QPushButton *resolveButton() const { return m_resolve; }
    QPlainTextEdit *editor() const { return m_text; }

private:
    void refreshState();

    QPlainTextEdit *m_text = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_resolve = nullptr;
};

} // namespace kora::ui
