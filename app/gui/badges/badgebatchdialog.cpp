#include "badgebatchdialog.h"

#include "badgepreview.h"
#include "badgesettings.h"
#include "eventsession.h"
#include "printersetup.h"
#include "store/badgeprintlog.h"
#include "store/organisationrepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

BadgeBatchDialog::BadgeBatchDialog(EventSession* session, const QList<qint64>& selectedIds,
                                   QWidget* parent)
    : QDialog(parent)
    , m_session(session)
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
    m_who->setObjectName(QStringLiteral("who"));
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_order->setObjectName(QStringLiteral("order"));
    m_start->setObjectName(QStringLiteral("startPosition"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_cancel->setObjectName(QStringLiteral("cancel"));

    using Who = entre::BadgeSelection::Who;
    m_who->addItem(tr("Everyone"), int(Who::Everyone));
    m_who->addItem(tr("Not printed yet"), int(Who::NotPrinted));
    m_who->addItem(tr("The selected people (%n)", nullptr, int(selectedIds.size())), int(Who::Ids));
    m_who->addItem(tr("One organisation"), int(Who::Organisation));
    if (auto organisations = entre::OrganisationRepository(session->database()).all()) {
        for (const entre::Organisation& o : organisations.value())
            m_organisation->addItem(o.name);
    }
    m_order->addItem(tr("Last name"), int(entre::BadgeSelection::Order::LastName));
    m_order->addItem(tr("Organisation, then last name"),
                     int(entre::BadgeSelection::Order::Organisation));

    auto job = BadgeSettings::job(session->database(), BadgeSettings::printerName());
    const int perPage = job ? job->stock.labelsPerPage() : 1;
    m_start->setRange(1, std::max(1, perPage));
    m_start->setEnabled(perPage > 1);
    m_start->setToolTip(tr("The first free label on a partly used sheet, counted across from "
                           "the top left."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Who"), m_who);
    form->addRow(tr("O&rganisation"), m_organisation);
    form->addRow(tr("&Sorted by"), m_order);
    form->addRow(tr("S&tart at label"), m_start);
    if (job)
        form->addRow(
            tr("Stock and template"),
            new QLabel(job->stock.name + QStringLiteral(" · ") + job->badgeTemplate.name, this));

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
    connect(m_cancel, &QPushButton::clicked, this, &BadgeBatchDialog::cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    auto* running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_cancel);
    layout->addLayout(running);
    layout->addWidget(buttons);

    for (QComboBox* box : {m_who, m_organisation, m_order})
        connect(box, &QComboBox::currentIndexChanged, this, &BadgeBatchDialog::updateSummary);
    if (!selectedIds.isEmpty())
        m_who->setCurrentIndex(2);
    setRunning(false);
    updateSummary();
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
    auto people = selection().resolve(m_session->database());
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
    auto job = BadgeSettings::job(m_session->database(), BadgeSettings::printerName());
    if (people.isEmpty() || !job)
        return;
    job->startPosition = m_start->value();
    showBadgePreview(this, job.value(),
                     BadgeSettings::contents(people, m_session->eventInfo().name),
                     BadgeSettings::printerName());
}

int BadgeBatchDialog::printTo(const QString& printerName)
{
    const QString name = printerName.isEmpty() ? BadgeSettings::printerName() : printerName;
    const QPrinterInfo info =
        name.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(name);
    QPrinter printer(info, QPrinter::HighResolution);
    return printOn(printer);
}

int BadgeBatchDialog::printOn(QPrinter& printer)
{
    const QList<entre::Attendee> people = chosenPeople();
    auto job = BadgeSettings::job(m_session->database(), printer.printerName());
    if (!job) {
        QMessageBox::warning(this, windowTitle(), job.error().message);
        return -1;
    }
    job->startPosition = m_start->value();
    printer.setDocName(QStringLiteral("Entre badges"));
    m_cancelled = false;
    setRunning(true);
    auto printed = entre::printBadges(
        printer, job.value(), BadgeSettings::contents(people, m_session->eventInfo().name),
        [this](int done, int total) { return progress(done, total); });
    setRunning(false);
    if (!printed) {
        showFailure(printed.error());
        return -1;
    }
    QList<qint64> ids;
    for (const entre::Attendee& person : people)
        ids.append(person.id);
    const QString target =
        printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName();
    if (auto recorded = entre::BadgePrintLog(m_session->database())
                            .record(ids, EventSession::stationName(), target);
        !recorded)
        QMessageBox::warning(this, windowTitle(), recorded.error().message);
    m_session->notifyAttendeesChanged();
    updateSummary();
    return printed.value();
}

int BadgeBatchDialog::saveTo(const QString& pdfPath)
{
    const QList<entre::Attendee> people = chosenPeople();
    auto job = BadgeSettings::job(m_session->database(), QString());
    if (!job) {
        QMessageBox::warning(this, windowTitle(), job.error().message);
        return -1;
    }
    job->startPosition = m_start->value();
    job->offset = {}; // a PDF is printed later, on whatever printer
    m_cancelled = false;
    setRunning(true);
    auto written = entre::writeBadgePdf(
        pdfPath, job.value(), BadgeSettings::contents(people, m_session->eventInfo().name),
        [this](int done, int total) { return progress(done, total); });
    setRunning(false);
    if (!written) {
        showFailure(written.error());
        return -1;
    }
    return written.value();
}

void BadgeBatchDialog::choosePrinterAndPrint()
{
    QPrinter printer(QPrinterInfo::printerInfo(BadgeSettings::printerName()),
                     QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setOptions(QAbstractPrintDialog::PrintToFile);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The printer as the dialog left it, a print-to-file choice included.
    printOn(printer);
}

void BadgeBatchDialog::choosePdfAndSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save badges as PDF"),
                                                      tr("badges.pdf"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}
