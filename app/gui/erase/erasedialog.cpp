#include "erasedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

EraseDialog::EraseDialog(const QString& eventName, int people, QWidget* parent)
    : QDialog(parent)
    , m_eventName(eventName)
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("eraseDialog"));
    setWindowTitle(tr("Erase Personal Data"));
    auto* question = new QLabel(
        tr("<p><b>Erase the personal data of “%1”?</b></p>"
           "<p>The names, e-mail addresses, phone numbers, titles, dietary needs, notes, codes, "
           "identifiers and extra columns of all %n people are removed from the event file and "
           "from its backups. What was changed at the desk is removed from the history.</p>"
           "<p>Kept: the counts per organisation, check-in times and stations, so the attendance "
           "report still adds up. The erasure is recorded in the history.</p>"
           "<p>This cannot be undone.</p>",
           nullptr, people)
            .arg(eventName.toHtmlEscaped()),
        this);
    question->setWordWrap(true);
    question->setTextFormat(Qt::RichText);
    auto* typeName = new QLabel(tr("Type the event's name to confirm:"), this);
    typeName->setBuddy(m_name);
    m_name->setObjectName(QStringLiteral("eraseConfirmName"));
    m_name->setPlaceholderText(eventName);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_erase = buttons->addButton(tr("Erase Personal Data"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->setEnabled(false);
    m_erase->setAutoDefault(false);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_erase->setEnabled(text.trimmed() == m_eventName.trimmed());
    });
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(typeName);
    layout->addWidget(m_name);
    layout->addWidget(buttons);
    m_name->setFocus();
}
