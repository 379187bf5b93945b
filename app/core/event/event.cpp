#include "event.h"

#include "import/registrationimporter.h"
#include "search/attendeesearch.h"
#include "store/badgetemplatestore.h"
#include "store/cachewarmer.h"
#include "store/personaldataeraser.h"
#include "store/walkinservice.h"

#include <QTemporaryDir>

namespace entre {

Result<std::unique_ptr<Event>> Event::create(const QString& path, const EventInfo& info)
{
    auto store = EventStore::create(path, info);
    if (!store)
        return store.error();
    return std::make_unique<Event>(std::move(store).value());
}

Result<std::unique_ptr<Event>> Event::open(const QString& path, Access access,
                                           EventLock::Policy lockPolicy)
{
    auto store = EventStore::open(path, access, lockPolicy);
    if (!store)
        return store.error();
    return std::make_unique<Event>(std::move(store).value());
}

Event::Event(std::unique_ptr<EventStore> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_info(m_store->eventInfo())
    , m_station(CheckInService::defaultStation())
{}

Event::~Event() = default;

Result<std::unique_ptr<Event>> Event::openSibling() const
{
    auto sibling = m_store->openSibling();
    if (!sibling)
        return sibling.error();
    auto event = std::make_unique<Event>(std::move(sibling).value());
    event->setStation(m_station);
    return event;
}

QString Event::path() const
{
    return m_store->path();
}

bool Event::isReadOnly() const
{
    return m_store->access() == Access::ReadOnly;
}

bool Event::tookOverLock() const
{
    return m_store->tookOverLock();
}

Result<void> Event::setInfo(const EventInfo& info)
{
    if (auto saved = m_store->setEventInfo(info); !saved)
        return saved;
    m_info = m_store->eventInfo();
    Q_EMIT infoChanged();
    return {};
}

Result<void> Event::saveCopy(const QString& targetPath) const
{
    return m_store->saveCopy(targetPath);
}

void Event::setStation(const QString& station)
{
    m_station = CheckInService::stationOrDefault(station);
}

QString Event::defaultStation()
{
    return CheckInService::defaultStation();
}

Result<QList<Attendee>> Event::attendees(ArrivalFilter filter) const
{
    return AttendeeRepository(m_store->database()).list(filter);
}

Result<int> Event::count(ArrivalFilter filter) const
{
    return AttendeeRepository(m_store->database()).count(filter);
}

Result<QList<QDateTime>> Event::arrivalTimes() const
{
    return AttendeeRepository(m_store->database()).checkInTimes();
}

Result<Attendee> Event::attendee(qint64 id) const
{
    return AttendeeRepository(m_store->database()).existing(id);
}

Result<std::optional<Attendee>> Event::findByCode(const QString& code) const
{
    return AttendeeRepository(m_store->database()).byCode(code);
}

Result<Attendee> Event::findByCodeOrId(const QString& codeOrId) const
{
    return AttendeeRepository(m_store->database()).byCodeOrId(codeOrId);
}

Result<QList<Attendee>> Event::search(const QString& text, ArrivalFilter filter, int limit,
                                      int offset, bool withIdentifiers) const
{
    auto found = AttendeeSearch(m_store->database()).find(text, filter, limit, offset);
    if (found && withIdentifiers) {
        if (auto attached =
                AttendeeRepository(m_store->database()).attachIdentifiers(found.value());
            !attached)
            return attached.error();
    }
    return found;
}

void Event::announce(const Result<CheckInOutcome>& outcome)
{
    if (!outcome)
        return;
    using Status = CheckInOutcome::Status;
    if (outcome->status != Status::CheckedIn && outcome->status != Status::Undone)
        return;
    Q_EMIT attendeeChanged(outcome->attendee);
    Q_EMIT countsChanged();
}

Result<CheckInOutcome> Event::checkIn(qint64 attendeeId)
{
    auto outcome = CheckInService(m_store->database()).checkIn(attendeeId, m_station);
    announce(outcome);
    return outcome;
}

Result<CheckInOutcome> Event::undoCheckIn(qint64 attendeeId)
{
    auto outcome = CheckInService(m_store->database()).undo(attendeeId, m_station);
    announce(outcome);
    return outcome;
}

Result<CheckInOutcome> Event::addWalkIn(const AttendeeDetails& details)
{
    auto outcome = WalkInService(m_store->database()).addAndCheckIn(details, m_station);
    if (outcome) {
        Q_EMIT attendeesChanged();
        Q_EMIT countsChanged();
        Q_EMIT organisationsChanged();
    }
    return outcome;
}

Result<Attendee> Event::edit(qint64 attendeeId, const AttendeeDetails& details)
{
    const auto before = attendee(attendeeId);
    auto edited = AttendeeEditor(m_store->database()).edit(attendeeId, details, m_station);
    if (!edited)
        return edited;
    Q_EMIT attendeeChanged(edited.value());
    if (!before || before->organisationId != edited->organisationId) {
        Q_EMIT countsChanged();
        Q_EMIT organisationsChanged();
    }
    return edited;
}

Result<ImportReport> Event::import(const QString& listPath, const ImportOptions& options,
                                   const Progress& progress)
{
    auto report = RegistrationImporter(*m_store, m_station).run(listPath, options, progress);
    if (report && !options.dryRun)
        changedElsewhere();
    return report;
}

Result<ImportReport> Event::import(const RegistrationTable& table, const Progress& progress)
{
    auto report = RegistrationImporter(*m_store, m_station).run(table, false, progress);
    if (report)
        changedElsewhere();
    return report;
}

Result<ImportReport> Event::previewImport(const RegistrationTable& table) const
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return failed(tr("Cannot create a temporary folder to try the import in: %1")
                          .arg(scratch.errorString()));
    const QString copyPath = scratch.filePath(QStringLiteral("preview.entre"));
    if (auto copied = m_store->saveCopy(copyPath); !copied)
        return copied.error();
    auto copy = EventStore::open(copyPath);
    if (!copy)
        return copy.error();
    return RegistrationImporter(*copy.value()).run(table, true);
}

Result<void> Event::recordBadgesPrinted(const QList<qint64>& attendeeIds, const QString& target)
{
    auto recorded = BadgePrintLog(m_store->database()).record(attendeeIds, m_station, target);
    if (recorded)
        Q_EMIT attendeesChanged();
    return recorded;
}

Result<QList<CheckInLogEntry>> Event::checkInLog(qint64 attendeeId) const
{
    return CheckInService(m_store->database()).log(attendeeId);
}

Result<QList<EditLogEntry>> Event::editLog(qint64 attendeeId) const
{
    return AttendeeEditor(m_store->database()).log(attendeeId);
}

Result<QList<BadgeLogEntry>> Event::badgeLog(qint64 attendeeId) const
{
    return BadgePrintLog(m_store->database()).log(attendeeId);
}

Result<QList<AuditEntry>> Event::history(const AuditFilter& filter) const
{
    return AuditLog(m_store->database()).entries(filter);
}

Result<QStringList> Event::stations() const
{
    return AuditLog(m_store->database()).stations();
}

Result<QList<Organisation>> Event::organisations() const
{
    return OrganisationRepository(m_store->database()).all();
}

Result<void> Event::renameOrganisation(qint64 id, const QString& newName)
{
    auto renamed = OrganisationRepository(m_store->database()).rename(id, newName);
    if (renamed)
        changedElsewhere();
    return renamed;
}

Result<void> Event::retypeOrganisation(qint64 id, OrganisationType type)
{
    auto retyped = OrganisationRepository(m_store->database()).retype(id, type);
    if (retyped)
        changedElsewhere();
    return retyped;
}

Result<void> Event::mergeOrganisations(qint64 fromId, qint64 intoId)
{
    auto merged = OrganisationRepository(m_store->database()).merge(fromId, intoId);
    if (merged)
        changedElsewhere();
    return merged;
}

Result<AttendanceStats> Event::attendance() const
{
    return attendanceStats(m_store->database());
}

Result<QList<Attendee>> Event::badgeRecipients(const BadgeSelection& selection) const
{
    return selection.resolve(m_store->database());
}

Result<QList<BadgeTemplate>> Event::badgeTemplates() const
{
    return BadgeTemplateStore(m_store->database()).list();
}

Result<void> Event::saveBadgeTemplate(const BadgeTemplate& badgeTemplate)
{
    auto saved = BadgeTemplateStore(m_store->database()).save(badgeTemplate);
    if (saved)
        Q_EMIT badgeTemplatesChanged();
    return saved;
}

Result<ErasureReport> Event::erasePersonalData(const QString& backupRoot)
{
    if (isReadOnly())
        return refused(tr("The event is open read-only; its personal data cannot be erased."));
    auto people = PersonalDataEraser(m_store->database()).erase(m_station);
    // Even a failure may come after the rows were erased (a reader kept the file from being
    // compacted): views reload either way.
    changedElsewhere();
    if (!people)
        return people.error();
    auto backups = eventerasure::eraseBackups(path(), backupRoot, m_station);
    if (!backups)
        return backups.error();
    return ErasureReport{people.value(), backups.value()};
}

QDateTime Event::personalDataErasedAt() const
{
    return PersonalDataEraser(m_store->database()).erasedAt();
}

void Event::keepSearchesWarm()
{
    if (!m_warmer) {
        m_warmer = std::make_unique<CacheWarmer>(m_store->database());
        connect(m_warmer.get(), &CacheWarmer::finished, this, &Event::warmed);
    }
    m_warmer->start();
}

bool Event::isWarming() const
{
    return m_warmer && m_warmer->isRunning();
}

void Event::changedElsewhere()
{
    // Another connection's writes (an import, the other desks' ticks) empty this one's cache.
    if (m_warmer)
        m_warmer->start();
    Q_EMIT attendeesChanged();
    Q_EMIT countsChanged();
    Q_EMIT organisationsChanged();
}

} // namespace entre
