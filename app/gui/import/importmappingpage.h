#pragma once

#include <QMap>
#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QTableWidget;
class ReadingBar;
struct LoadedTable;

// Step 2: what was detected (encoding, delimiter, header row), a preview of the first rows
// and one combo box per field to correct the column mapping.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void buildReadOptions();
    void buildMappingCombos();
    void reread();
    void tableReread(const LoadedTable& loaded);
    void showTable();
    void mappingEdited();
    void fillPreview();
    void showScanCode();

    ImportWizard* m_wizard;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QComboBox* m_sheet;
    QLabel* m_detection;
    QLabel* m_scanCode;
    QLabel* m_warning;
    QTableWidget* m_preview;
    ReadingBar* m_reading;
    QMap<QString, QComboBox*> m_fieldCombos;
    bool m_updating = false;
};
