#include "registrationimporter.h"

#include "importrun.h"
#include "store/eventstore.h"

#include <QCoreApplication>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct RegistrationImporterText {
    Q_DECLARE_TR_FUNCTIONS(entre::RegistrationImporter)
};

} // namespace

RegistrationImporter::RegistrationImporter(EventStore& store, QString station)
    : m_store(store)
    , m_station(std::move(station))
{}

Result<ImportReport> RegistrationImporter::run(const QString& path, const ImportOptions& options,
                                               const Progress& progress)
{
    auto streamed = RegistrationTable::stream(path, options);
    if (!streamed)
        return streamed.error();
    return run(streamed->table, *streamed->rows, options.dryRun, progress);
}

Result<ImportReport> RegistrationImporter::run(const RegistrationTable& table, bool dryRun,
                                               const Progress& progress)
{
    ListRows rows(table.rows);
    return run(table, rows, dryRun, progress);
}

Result<ImportReport> RegistrationImporter::run(const RegistrationTable& table, RowSource& rows,
                                               bool dryRun, const Progress& progress)
{
    if (!table.hasNameColumn())
        return badInput(RegistrationImporterText::tr(
                            "No column holds a name. Columns: %1. Map one of them to first name, "
                            "last name or full name.")
                            .arg(table.headers.join(QLatin1String(", "))));
    if (m_store.access() != EventStore::Access::ReadWrite)
        return refused(RegistrationImporterText::tr("The event is open read-only."));
    auto report = mergeRegistrations(m_store.database(), table, rows, dryRun, progress, m_station);
    if (!report)
        return report;
    const auto damaged = table.damagedFields();
    for (const RegistrationTable::DamagedField& field : damaged)
        report->repaired.append({field.row, field.description()});
    report->encoding = table.encoding;
    report->delimiter = table.delimiter;
    report->mapping = table.mapping;
    report->droppedColumns = table.droppedUnmapped();
    return report;
}

} // namespace entre
