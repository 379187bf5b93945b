#include "importwizard.h"

#include "importfilepage.h"
#include "importmappingpage.h"
#include "importrunpage.h"

ImportWizard::ImportWizard(entre::Event* event, QWidget* parent)
    : QWizard(parent)
    , m_event(event)
    , m_filePage(new ImportFilePage(this))
    , m_mappingPage(new ImportMappingPage(this))
    , m_runPage(new ImportRunPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Registrations"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(RunPage, m_runPage);
    resize(900, 640);
}

void ImportWizard::setFilePath(const QString& path)
{
    m_filePage->setFilePath(path);
}

QString ImportWizard::filePath() const
{
    return m_filePage->filePath();
}

void ImportWizard::reject()
{
    // A running import is cancelled and rolled back before the window goes.
    if (m_runPage->isImporting()) {
        m_runPage->cancelImport();
        return;
    }
    QWizard::reject();
}
