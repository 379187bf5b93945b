#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QLineEdit;

// Step 1: which file. Reading it here means a file that cannot be read is explained at once.
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

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    QLabel* m_error;
};
