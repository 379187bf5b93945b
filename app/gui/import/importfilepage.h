#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QLineEdit;
class ReadingBar;
struct LoadedTable;

// Step 1: which file. Reading it here means a file that cannot be read is explained at once;
// it is read in the background, so a long list shows its progress and can be cancelled.
class ImportFilePage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard* wizard);

    void setFilePath(const QString& path);
    QString filePath() const;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void tableRead(const LoadedTable& loaded);

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    QLabel* m_error;
    ReadingBar* m_reading;
    QString m_readPath; // the file whose table the wizard holds, once read
};
