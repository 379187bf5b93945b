#include "importrunpage.h"

#include "event/event.h"
#include "import/rejectedrowscsv.h"
#include "importwizard.h"
#include "reports/csvwriter.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportRunPage::ImportRunPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_task(new ImportTask(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel Import"), this))
    , m_summary(new QLabel(this))
    , m_rejected(new QTableWidget(0, 2, this))
    , m_shared(new QListWidget(this))
    , m_repaired(new QListWidget(this))
    , m_missing(new QListWidget(this))
    , m_save(new QPushButton(tr("&Save Rows Not Imported…"), this))
{
    setTitle(tr("Import"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.25);
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    m_rejected->setObjectName(QStringLiteral("rejectedTable"));
    m_rejected->setHorizontalHeaderLabels({tr("Row"), tr("Reason")});
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shared->setObjectName(QStringLiteral("sharedEmailList"));
    m_repaired->setObjectName(QStringLiteral("repairedList"));
    m_missing->setObjectName(QStringLiteral("missingList"));
    m_save->setObjectName(QStringLiteral("saveRejected"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Rows not imported:"), this));
    layout->addWidget(m_rejected, 2);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(
        new QLabel(tr("Imported, with an e-mail address someone else also has:"), this));
    layout->addWidget(m_shared, 1);
    layout->addWidget(
        new QLabel(tr("Imported, with characters that could not be read (shown as �):"), this));
    layout->addWidget(m_repaired, 1);
    layout->addWidget(new QLabel(tr("In the event but not in this list (kept):"), this));
    layout->addWidget(m_missing, 1);

    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancelImport);
    connect(m_save, &QPushButton::clicked, this, &ImportRunPage::saveRejected);
    connect(m_task, &ImportTask::progressed, this, &ImportRunPage::showProgress);
    connect(m_task, &ImportTask::finished, this, &ImportRunPage::showOutcome);
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_saving = false;
    m_rejectedRows.clear();
    m_rejected->setRowCount(0);
    m_shared->clear();
    m_repaired->clear();
    m_missing->clear();
    m_save->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_summary->setText(tr("Importing %1…").arg(QFileInfo(m_wizard->filePath()).fileName()));
    m_task->start(*m_wizard->event(), m_wizard->table());
}

void ImportRunPage::showProgress(int done, int total)
{
    if (m_saving)
        return;
    if (done < total || !m_cancel->isEnabled()) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
        return;
    }
    // Every row is in; the search index and the file are written now, in one go that a cancel
    // no longer stops (a large list takes seconds).
    m_saving = true;
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 0);
    m_summary->setText(
        tr("Updating the search index and saving %1 rows…").arg(QLocale().toString(total)));
}

void ImportRunPage::cancelImport()
{
    if (m_saving)
        return; // the import is being saved: the window waits for it
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling…"));
    m_task->cancel();
}

void ImportRunPage::showOutcome(const ImportOutcome& outcome)
{
    m_done = true;
    m_saving = false;
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (!outcome.ok) {
        QString why = outcome.error.message;
        if (why.endsWith(QLatin1Char('.')))
            why.chop(1); // the sentence below adds its own full stop
        m_summary->setText(outcome.error.kind == entre::ErrorKind::Refused
                               ? tr("%1. The event is unchanged.").arg(why)
                               : tr("The import failed and the event is unchanged: %1")
                                     .arg(outcome.error.message));
        Q_EMIT completeChanged();
        return;
    }
    const entre::ImportReport& report = outcome.report;
    m_summary->setText(tr("%1 added, %2 updated, %3 unchanged, %4 not imported.")
                           .arg(report.added)
                           .arg(report.updated)
                           .arg(report.unchanged)
                           .arg(report.rejected.size()));
    m_rejectedRows = report.rejected;
    m_rejected->setRowCount(int(report.rejected.size()));
    for (int i = 0; i < report.rejected.size(); ++i) {
        m_rejected->setItem(i, 0, new QTableWidgetItem(QString::number(report.rejected.at(i).row)));
        m_rejected->setItem(i, 1, new QTableWidgetItem(report.rejected.at(i).reason));
    }
    for (const entre::SharedEmailRow& row : report.sharedEmails) {
        m_shared->addItem(
            tr("Row %1: shared e-mail %2 with %3").arg(row.row).arg(row.email, row.sharedWith));
    }
    for (const entre::RejectedRow& row : report.repaired)
        m_repaired->addItem(tr("Row %1: %2").arg(row.row).arg(row.reason));
    m_missing->addItems(report.missingFromList);
    m_save->setEnabled(!report.rejected.isEmpty());
    m_wizard->event()->changedElsewhere();
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

void ImportRunPage::saveRejected()
{
    const QFileInfo source(m_wizard->filePath());
    const QString suggested = source.dir().filePath(source.completeBaseName() +
                                                    tr("-not-imported") + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Rows Not Imported"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // The rows hold personal data: the file is the user's only, as every file Entré writes.
    if (auto written =
            entre::csvwriter::writePrivateFile(path, entre::rejectedRowsCsv(m_rejectedRows));
        !written)
        QMessageBox::warning(this, tr("Save Rows Not Imported"), written.error().message);
}
