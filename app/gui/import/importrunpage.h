#pragma once

#include "importtask.h"

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Step 3: the import runs in the background with a progress bar and Cancel, then the summary:
// added, updated, unchanged, every row left out with its reason (savable as CSV), the people
// imported with an e-mail address someone else also has, and the people in the event that the
// list no longer has.
class ImportRunPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool isImporting() const { return m_task->isRunning(); }
    void cancelImport();

private:
    void showProgress(int done, int total);
    void showOutcome(const ImportOutcome& outcome);
    void saveRejected();

    ImportWizard* m_wizard;
    ImportTask* m_task;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_summary;
    QTableWidget* m_rejected;
    QListWidget* m_shared;
    QListWidget* m_repaired;
    QListWidget* m_missing;
    QPushButton* m_save;
    QList<entre::RejectedRow> m_rejectedRows;
    bool m_done = false;
    bool m_saving = false; // every row read: no longer cancelled
};
