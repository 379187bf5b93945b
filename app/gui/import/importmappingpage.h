#pragma once

#include <QMap>
#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;
class ReadingBar;
struct LoadedTable;

// Step 2: what was detected (encoding, delimiter, header row), a preview of the first rows
// one combo box per field to correct the column mapping, and the columns without a field, each
// with a tick to keep it (personal identity numbers unticked, with a warning).
class ImportMappingPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void buildReadOptions();
    void buildMappingCombos();
    QLabel* buildKeepList(); // returns its label
    void reread();
    void tableReread(const LoadedTable& loaded);
    void showTable();
    void mappingEdited();
    void fillPreview();
    void showScanCode();
    void fillKeepList();
    void warnOfMappedIdentityNumbers();
    void keepToggled(QTreeWidgetItem* item);

    ImportWizard* m_wizard;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QComboBox* m_sheet;
    QLabel* m_detection;
    QLabel* m_scanCode;
    QLabel* m_warning;
    QLabel* m_identityWarning; // a column of personal identity numbers mapped to a field
    QTableWidget* m_preview;
    QTreeWidget* m_keep; // the columns without a field, ticked when stored
    ReadingBar* m_reading;
    QMap<QString, QComboBox*> m_fieldCombos;
    QMap<QString, bool> m_keepChoices; // header -> ticked, as the user set it for this file
    bool m_updating = false;
};
