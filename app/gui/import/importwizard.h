#pragma once

#include "import/registrationtable.h"

#include <QWizard>

namespace entre {
class Event;
}
class ImportFilePage;
class ImportMappingPage;
class ImportRunPage;

// File → Import registrations…: choose a file, check the preview and the column mapping,
// import in the background, read the summary. The event changes only in the last step.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, RunPage };

    explicit ImportWizard(entre::Event* event, QWidget* parent = nullptr);

    entre::Event* event() const { return m_event; }
    // The list as read with the current options; the mapping page edits its mapping.
    const entre::RegistrationTable& table() const { return m_table; }
    void setTable(entre::RegistrationTable table) { m_table = std::move(table); }
    void setMapping(const QMap<QString, QString>& mapping) { m_table.mapping = mapping; }
    // Whether a column without a field is stored as extra information.
    void setColumnKept(const QString& header, bool keep) { m_table.setKept(header, keep); }

    void setFilePath(const QString& path);
    QString filePath() const;

public Q_SLOTS:
    void reject() override;

private:
    entre::Event* m_event;
    entre::RegistrationTable m_table;
    ImportFilePage* m_filePage;
    ImportMappingPage* m_mappingPage;
    ImportRunPage* m_runPage;
};
