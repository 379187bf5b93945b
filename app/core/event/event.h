#pragma once

#include "badges/badgeselection.h"
#include "badges/badgetemplate.h"
#include "desks/deskaddress.h"
#include "desks/desksync.h"
#include "event/eventerasure.h"
#include "import/importoptions.h"
#include "import/registrationtable.h"
#include "model/attendee.h"
#include "model/eventinfo.h"
#include "reports/attendancestats.h"
#include "store/attendeeeditor.h"
#include "store/attendeerepository.h"
#include "store/auditlog.h"
#include "store/badgeprintlog.h"
#include "store/checkinservice.h"
#include "store/eventlock.h"
#include "store/eventstore.h"
#include "store/organisationrepository.h"
#include "util/result.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace entre {

class CacheWarmer;

// This desk's part in sharing the event with other desks.
struct DeskStatus {
    QString deskId;
    DeskSharing link; // an empty eventId: the event is not shared
    int pending = 0;  // this desk's entries not yet on the server
    int waiting = 0;  // other desks' entries for people this file does not know yet
};

// One open event and everything a user does with it: find people, check them in and undo it,
// add walk-ins, correct details, import lists, record printed badges, look after organisations,
// badge templates and the event's details. The window, the command line and the tests all work
// through it; none of them sees the database. Each action is one transaction, committed before
// it returns, and announced by a signal that views observe.
class Event : public QObject {
    Q_OBJECT

public:
    using Access = EventStore::Access;
    using Progress = std::function<bool(int done, int total)>;

    // Creates a new event file; refuses to overwrite an existing one.
    static Result<std::unique_ptr<Event>> create(const QString& path, const EventInfo& info);
    // Opens an event file (see EventStore::open for locks and schema upgrades).
    static Result<std::unique_ptr<Event>>
    open(const QString& path, Access access = Access::ReadWrite,
         EventLock::Policy lockPolicy = EventLock::Policy::Respect);
    explicit Event(std::unique_ptr<EventStore> store, QObject* parent = nullptr);
    ~Event() override;

    // A second Event on the same file for a worker thread (an import in the background). It
    // shares this one's lock and must not outlive it; when its work is done, call
    // changedElsewhere() on this one so that views catch up.
    Result<std::unique_ptr<Event>> openSibling() const;

    // Reads what searches read into memory while the desk is idle, now and again whenever
    // changedElsewhere() says another connection wrote to the file: for a window that searches.
    void keepSearchesWarm();
    // Whether that is under way; warmed() is emitted when it is done.
    bool isWarming() const;

    QString path() const;
    bool isReadOnly() const;
    // True when opening took over a lock another desk had left behind.
    bool tookOverLock() const;
    EventInfo info() const { return m_info; }
    Result<void> setInfo(const EventInfo& info);
    // A consistent copy of the whole event, e.g. onto a USB stick.
    Result<void> saveCopy(const QString& targetPath) const;

    // The name recorded with every tick, walk-in, edit and print: the computer's name unless set.
    QString station() const { return m_station; }
    void setStation(const QString& station);
    // The computer's host name.
    static QString defaultStation();

    // People.
    Result<QList<Attendee>> attendees(ArrivalFilter filter = ArrivalFilter::Everyone) const;
    Result<int> count(ArrivalFilter filter = ArrivalFilter::Everyone) const;
    // When each person who is checked in arrived (UTC), earliest first: the arrivals chart.
    Result<QList<QDateTime>> arrivalTimes() const;
    // The person with this id, or an error that says there is none.
    Result<Attendee> attendee(qint64 id) const;
    // The one lookup by code or other identifier (see AttendeeRepository::byCode).
    Result<std::optional<Attendee>> findByCode(const QString& code) const;
    // A code as printed on a ticket, or the numeric id.
    Result<Attendee> findByCodeOrId(const QString& codeOrId) const;
    // The desk's search (see AttendeeSearch); withIdentifiers also reads each person's
    // identifiers, which the ranked page leaves out.
    Result<QList<Attendee>> search(const QString& text,
                                   ArrivalFilter filter = ArrivalFilter::Everyone, int limit = 200,
                                   int offset = 0, bool withIdentifiers = false) const;

    // The user's actions. Each one is committed when it returns.
    Result<CheckInOutcome> checkIn(qint64 attendeeId);
    Result<CheckInOutcome> undoCheckIn(qint64 attendeeId);
    // Adds someone who did not register and checks them in, in one step.
    Result<CheckInOutcome> addWalkIn(const AttendeeDetails& details);
    Result<Attendee> edit(qint64 attendeeId, const AttendeeDetails& details);
    // Imports (merges) a registration list; progress returning false cancels and changes nothing.
    Result<ImportReport> import(const QString& listPath, const ImportOptions& options = {},
                                const Progress& progress = {});
    Result<ImportReport> import(const RegistrationTable& table, const Progress& progress = {});
    // What an import would do, written nowhere: it runs on a scratch copy, so it works on an
    // event opened read-only or open at a desk.
    Result<ImportReport> previewImport(const RegistrationTable& table) const;
    // The badges of these people came out of a printer or went into a PDF (target names which).
    Result<void> recordBadgesPrinted(const QList<qint64>& attendeeIds, const QString& target);

    // What happened to a person (or to everyone, for id 0).
    Result<QList<CheckInLogEntry>> checkInLog(qint64 attendeeId = 0) const;
    Result<QList<EditLogEntry>> editLog(qint64 attendeeId) const;
    Result<QList<BadgeLogEntry>> badgeLog(qint64 attendeeId = 0) const;
    // The whole history (check-ins, undos, walk-ins, edits, imports, badges, erasures, lock
    // take-overs, restores), filtered, newest first unless the filter says otherwise.
    Result<QList<AuditEntry>> history(const AuditFilter& filter = {}) const;
    // Every station that wrote to the event, sorted.
    Result<QStringList> stations() const;

    // Organisations, with their registered and arrived counts.
    Result<QList<Organisation>> organisations() const;
    Result<void> renameOrganisation(qint64 id, const QString& newName);
    Result<void> retypeOrganisation(qint64 id, OrganisationType type);
    // Moves everyone from one organisation into another and remembers the old name.
    Result<void> mergeOrganisations(qint64 fromId, qint64 intoId);
    Result<AttendanceStats> attendance() const;

    // Badges: who gets one in a batch, and the event's own templates.
    Result<QList<Attendee>> badgeRecipients(const BadgeSelection& selection) const;
    Result<QList<BadgeTemplate>> badgeTemplates() const;
    Result<void> saveBadgeTemplate(const BadgeTemplate& badgeTemplate);

    // Once the event is over: removes every person's personal data from the event file and from
    // its backups under backupRoot (the default backup folder when empty), keeping the counts per
    // organisation, check-in times and stations (see PersonalDataEraser). Recorded in the log.
    // The event stays open and readable; refused for an event opened read-only.
    Result<ErasureReport> erasePersonalData(const QString& backupRoot = QString());
    // When the personal data was erased; invalid when it never was.
    QDateTime personalDataErasedAt() const;

    // Several desks at one door (see DeskServer and DeskLog). Shares this event on a PostgreSQL
    // server, with this desk's check-ins so far, and returns the id other desks join it by.
    Result<QString> publishToDesks(const DeskAddress& server);
    // Makes a new event file at path from an event on the server (the only one there when
    // eventId is empty), as a desk of its own, and brings it up to date.
    static Result<std::unique_ptr<Event>> joinDesks(const QString& path, const DeskAddress& server,
                                                    const QString& eventId = QString());
    // One round of sending and receiving with the event's server. The password is for this
    // round only; without one, PGPASSWORD or ~/.pgpass is used as by every PostgreSQL tool.
    Result<DeskSyncReport> syncDesks(const QString& password = QString());
    // The same through a connection the caller keeps (see DeskSharing).
    Result<DeskSyncReport> syncDesks(DeskServer& server);
    // The server this event is shared on, connected; the password as for syncDesks().
    Result<std::unique_ptr<DeskServer>> connectDeskServer(const QString& password,
                                                          int timeoutSeconds = 5) const;
    Result<DeskStatus> deskStatus() const;
    // Walk-ins another desk added with this walk-in's name and organisation: maybe the same
    // person, added twice while the desks were apart. Shown for the desk to ask; merged only by
    // mergePeople().
    Result<QList<Attendee>> possibleDoubles(qint64 attendeeId) const;
    // Makes two people one, on every desk the event is shared with: one of them stays in the
    // lists (the one from the list, else the earlier walk-in; see store/deskmerges.h) with the
    // ticks and badge prints of both. Returns the one who stays.
    Result<Attendee> mergePeople(qint64 attendeeId, qint64 sameAsId);

    // Another connection to this file changed it (a sibling's import): views reload.
    void changedElsewhere();

Q_SIGNALS:
    // One person's details or check-in state changed.
    void attendeeChanged(const entre::Attendee& attendee);
    // Many people may have changed (an import, a merge of organisations): views reload.
    void attendeesChanged();
    // Registered or arrived counts changed.
    void countsChanged();
    void organisationsChanged();
    void badgeTemplatesChanged();
    void infoChanged();
    void warmed();

private:
    void announce(const Result<CheckInOutcome>& outcome);

    std::unique_ptr<EventStore> m_store;
    EventInfo m_info;
    QString m_station;
    // After m_store: gone before the connection it reads through is closed.
    std::unique_ptr<CacheWarmer> m_warmer;
};

} // namespace entre
