#include "badgebatchdialog.h"

#include "badgepreview.h"
#include "badgesettings.h"
#include "event/event.h"
#include "printerchoice.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

BadgeBatchDialog::BadgeBatchDialog(entre::Event* event, const QList<qint64>& selectedIds,
                                   QWidget* parent)
    : QDialog(parent)
    , m_event(event)
    , m_selectedIds(selectedIds)
    , m_who(new QComboBox(this))
    , m_organisation(new QComboBox(this))
    , m_order(new QComboBox(this))
    , m_start(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Print badges"));
    setObjectName(QStringLiteral("badgeBatchDialog"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    connect(m_cancel, &QPushButton::clicked, this, &BadgeBatchDialog::cancel);

    auto* form = new QFormLayout;
    addChoices(form);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    auto* running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_cancel);
    layout->addLayout(running);
    addButtons(layout);

    for (QComboBox* box : {m_who, m_organisation, m_order})
        connect(box, &QComboBox::currentIndexChanged, this, &BadgeBatchDialog::updateSummary);
    if (!selectedIds.isEmpty())
        m_who->setCurrentIndex(2);
    setRunning(false);
    updateSummary();
}

void BadgeBatchDialog::addChoices(QFormLayout* form)
{
    m_who->setObjectName(QStringLiteral("who"));
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_order->setObjectName(QStringLiteral("order"));
    m_start->setObjectName(QStringLiteral("startPosition"));
    using Who = entre::BadgeSelection::Who;
    m_who->addItem(tr("Everyone"), int(Who::Everyone));
    m_who->addItem(tr("Not printed yet"), int(Who::NotPrinted));
    m_who->addItem(tr("The selected people (%n)", nullptr, int(m_selectedIds.size())),
                   int(Who::Ids));
    m_who->addItem(tr("One organisation"), int(Who::Organisation));
    if (auto organisations = m_event->organisations()) {
        for (const entre::Organisation& o : organisations.value())
            m_organisation->addItem(o.name);
    }
    m_order->addItem(tr("Last name"), int(entre::BadgeSelection::Order::LastName));
    m_order->addItem(tr("Organisation, then last name"),
                     int(entre::BadgeSelection::Order::Organisation));

    // The stock and template the settings name, found as a print run finds them.
    auto job = entre::chooseBadgeJob(*m_event, BadgeSettings::request(), BadgeSettings::printer());
    const int perPage = job ? job->stock.labelsPerPage() : 1;
    m_start->setRange(1, std::max(1, perPage));
    m_start->setEnabled(perPage > 1);
    m_start->setToolTip(tr("The first free label on a partly used sheet, counted across from "
                           "the top left."));
    auto* stock = new QLabel(job ? job->stock.name + QStringLiteral(" · ") + job->badgeTemplate.name
                                 : job.error().message,
                             this);
    stock->setObjectName(QStringLiteral("stockAndTemplate"));
    stock->setWordWrap(true);

    form->addRow(tr("&Who"), m_who);
    form->addRow(tr("O&rganisation"), m_organisation);
    form->addRow(tr("&Sorted by"), m_order);
    form->addRow(tr("S&tart at label"), m_start);
    form->addRow(tr("Stock and template"), stock);
}

void BadgeBatchDialog::addButtons(QLayout* layout)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton* pdfButton = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("preview"));
    pdfButton->setObjectName(QStringLiteral("savePdf"));
    printButton->setObjectName(QStringLiteral("print"));
    m_actions = {previewButton, pdfButton, printButton};
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &BadgeBatchDialog::preview);
    connect(pdfButton, &QPushButton::clicked, this, &BadgeBatchDialog::choosePdfAndSave);
    connect(printButton, &QPushButton::clicked, this, &BadgeBatchDialog::choosePrinterAndPrint);
    layout->addWidget(buttons);
}

entre::BadgeSelection BadgeBatchDialog::selection() const
{
    entre::BadgeSelection s;
    s.who = entre::BadgeSelection::Who(m_who->currentData().toInt());
    s.order = entre::BadgeSelection::Order(m_order->currentData().toInt());
    s.ids = m_selectedIds;
    s.organisation = m_organisation->currentText();
    return s;
}

QList<entre::Attendee> BadgeBatchDialog::chosenPeople(QString* error) const
{
    auto people = m_event->badgeRecipients(selection());
    if (!people) {
        if (error)
            *error = people.error().message;
        return {};
    }
    return people.value();
}

void BadgeBatchDialog::updateSummary()
{
    m_organisation->setEnabled(selection().who == entre::BadgeSelection::Who::Organisation);
    QString error;
    const QList<entre::Attendee> people = chosenPeople(&error);
    m_summary->setText(error.isEmpty() ? tr("%n badge(s)", nullptr, int(people.size())) : error);
    for (QPushButton* button : std::as_const(m_actions))
        button->setEnabled(!people.isEmpty());
}

void BadgeBatchDialog::reject()
{
    if (m_running) {
        cancel();
        return;
    }
    QDialog::reject();
}

void BadgeBatchDialog::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    for (QPushButton* button : std::as_const(m_actions))
        button->setEnabled(!running);
}

bool BadgeBatchDialog::progress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    QCoreApplication::processEvents();
    return !m_cancelled;
}

void BadgeBatchDialog::showFailure(const entre::Error& error)
{
    // Cancelling is the user's own choice: said quietly, not in a message box.
    if (error.kind == entre::ErrorKind::Refused && m_cancelled) {
        m_summary->setText(tr("Cancelled; nothing was recorded as printed."));
        return;
    }
    QMessageBox::warning(this, windowTitle(), error.message);
}

void BadgeBatchDialog::preview()
{
    const QList<entre::Attendee> people = chosenPeople();
    if (!people.isEmpty())
        previewBadges(this, *m_event, people, m_start->value());
}

int BadgeBatchDialog::printTo(const QString& printerName)
{
    return printOn(printerName.isEmpty() ? BadgeSettings::printer()
                                         : entre::PrintTarget::printer(printerName));
}

int BadgeBatchDialog::printOn(const entre::PrintTarget& target)
{
    return run(target, true);
}

int BadgeBatchDialog::saveTo(const QString& pdfPath)
{
    return run(entre::PrintTarget::pdf(pdfPath), false);
}

int BadgeBatchDialog::run(const entre::PrintTarget& target, bool recordPdf)
{
    entre::BadgeRequest request = BadgeSettings::request();
    request.startPosition = m_start->value();
    request.recordPdf = recordPdf;
    auto prepared = entre::BadgePrintRun::prepare(*m_event, chosenPeople(), request, target);
    if (!prepared) {
        showFailure(prepared.error());
        return -1;
    }
    m_cancelled = false;
    setRunning(true);
    auto printed = prepared->execute([this](int done, int total) { return progress(done, total); });
    setRunning(false);
    if (!printed) {
        showFailure(printed.error());
        return -1;
    }
    if (auto recorded = prepared->record(*m_event); !recorded)
        QMessageBox::warning(this, windowTitle(), recorded.error().message);
    updateSummary();
    return printed.value();
}

void BadgeBatchDialog::choosePrinterAndPrint()
{
    if (auto target = entre::choosePrintTarget(this, BadgeSettings::printerName()))
        printOn(*target);
}

void BadgeBatchDialog::choosePdfAndSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save badges as PDF"),
                                                      tr("badges.pdf"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}
