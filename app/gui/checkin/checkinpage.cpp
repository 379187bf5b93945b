#include "checkinpage.h"

#include "attendeedelegate.h"
#include "attendeedetailpanel.h"
#include "checkinundocommand.h"
#include "deskactions.h"
#include "event/attendeelistmodel.h"
#include "noticebanner.h"
#include "organisationcountspanel.h"
#include "persondialog.h"
#include "scannerdetector.h"
#include "searchfieldkeys.h"
#include "settings/desksettings.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QString textScaleKey = QStringLiteral("view/textScale");
constexpr double minScale = 0.8;
constexpr double maxScale = 2.6;
constexpr double scaleStep = 1.15;

QString arrivalText(const entre::Attendee& a)
{
    return CheckInPage::tr("%1 is already checked in at %2 (%3).")
        .arg(a.fullName(),
             QLocale().toString(a.checkedInAt.toLocalTime().time(), QStringLiteral("HH:mm")),
             a.checkedInStation);
}

} // namespace

CheckInPage::CheckInPage(entre::Event* event, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_event(event)
    , m_undoStack(undoStack)
    , m_model(new entre::AttendeeListModel(*event, this))
    , m_search(new QLineEdit(this))
    , m_checkInButton(new QPushButton(tr("Check &in"), this))
    , m_walkInButton(new QPushButton(tr("&Walk-in…"), this))
    , m_editButton(new QPushButton(tr("Edi&t…"), this))
    , m_station(new QLabel(this))
    , m_banner(new NoticeBanner(this))
    , m_view(new QListView(this))
    , m_details(new AttendeeDetailPanel(this))
    , m_counts(new OrganisationCountsPanel(event, this))
    , m_scanner(new ScannerDetector(this))
    , m_actions(new DeskActions(this))
{
    setObjectName(QStringLiteral("checkInPage"));
    setUpSearchField();
    m_checkInButton->setObjectName(QStringLiteral("checkInButton"));
    m_checkInButton->setToolTip(tr("Check in the highlighted person (Enter)"));
    m_checkInButton->setStyleSheet(QStringLiteral(
        "QPushButton { background: #1e7b34; color: white; font-weight: bold; border: 2px solid "
        "#1e7b34; border-radius: 6px; padding: 4px 22px; } QPushButton:pressed { background: "
        "#145524; } QPushButton:focus { border-color: #0b2e14; }"));
    m_walkInButton->setObjectName(QStringLiteral("walkInButton"));
    m_editButton->setObjectName(QStringLiteral("editButton"));

    m_view->setObjectName(QStringLiteral("attendeeView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new AttendeeDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setFocusPolicy(Qt::NoFocus); // the search field keeps the keyboard
    m_view->setAlternatingRowColors(true);

    connectActions();
    buildLayout();

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        // An action of this page that clears the field reads the list once, after its write.
        if (!m_acting)
            m_model->setSearchText(text);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_keepSelected ? m_model->rowOfAttendee(m_keepSelected) : -1;
        m_keepSelected = 0;
        selectRow(row >= 0 ? row : 0);
    });
    connect(m_model, &entre::AttendeeListModel::searchFailed, this, [this](const QString& message) {
        m_banner->showNotice(NoticeBanner::Kind::Error, message);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CheckInPage::updateDetails);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        checkInAttendee(index.data(entre::AttendeeListModel::AttendeeIdRole).toLongLong());
    });
    connect(m_checkInButton, &QPushButton::clicked, this, &CheckInPage::checkInHighlighted);
    connect(m_walkInButton, &QPushButton::clicked, this, &CheckInPage::addWalkIn);
    connect(m_editButton, &QPushButton::clicked, this, &CheckInPage::editSelected);
    connect(m_scanner, &ScannerDetector::codeScanned, this, &CheckInPage::checkInCode);
    connect(event, &entre::Event::attendeesChanged, this, &CheckInPage::onEventChanged);
    connect(event, &entre::Event::attendeeChanged, this, &CheckInPage::onEventChanged);
    connect(DeskSettings::instance(), &DeskSettings::stationNameChanged, this,
            &CheckInPage::updateStation);

    setFocusProxy(m_search);
    m_station->setObjectName(QStringLiteral("stationLabel"));
    m_station->setToolTip(tr("Recorded with every check-in from this desk (Edit → Settings)"));
    m_station->setForegroundRole(QPalette::PlaceholderText);
    updateStation();
    setTextScale(savedTextScale());
    selectRow(0);
    updateIdleText();
}

void CheckInPage::setUpSearchField()
{
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Type a name, organisation, e-mail or code…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(
        tr("Enter checks in the highlighted person; arrow keys move; Esc clears."));
    // The filter installed last runs first: the scanner must see Enter before the keys eat it.
    auto* keys = new SearchFieldKeys(this);
    m_search->installEventFilter(keys);
    m_search->installEventFilter(m_scanner);
    connect(keys, &SearchFieldKeys::enterPressed, this, &CheckInPage::onEnter);
    connect(keys, &SearchFieldKeys::escapePressed, m_search, &QLineEdit::clear);
    connect(keys, &SearchFieldKeys::moveRequested, this, &CheckInPage::moveHighlight);
}

void CheckInPage::updateStation()
{
    m_station->setText(tr("Desk: %1").arg(m_event->station()));
}

void CheckInPage::buildLayout()
{
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_checkInButton);

    auto* filterRow = new QHBoxLayout;
    for (QAction* action : m_actions->filterActions()) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + QLatin1String("Button"));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        filterRow->addWidget(button);
    }
    filterRow->addStretch(1);
    filterRow->addWidget(m_station);
    filterRow->addWidget(m_editButton);
    filterRow->addWidget(m_walkInButton);

    auto* left = new QVBoxLayout;
    left->addLayout(searchRow);
    left->addWidget(m_banner);
    left->addLayout(filterRow);
    left->addWidget(m_view, 1);

    auto* right = new QVBoxLayout;
    // Half each: the counts panel holds the arrivals chart under the organisations.
    right->addWidget(m_details, 1);
    right->addWidget(m_counts, 1);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
    setTabOrder(m_search, m_checkInButton);
    setTabOrder(m_checkInButton, m_editButton);
    setTabOrder(m_editButton, m_walkInButton);
}

void CheckInPage::connectActions()
{
    m_walkInButton->setToolTip(m_actions->walkIn()->toolTip());
    m_editButton->setToolTip(m_actions->editPerson()->toolTip());
    connect(m_actions->walkIn(), &QAction::triggered, this, &CheckInPage::addWalkIn);
    connect(m_actions->editPerson(), &QAction::triggered, this, &CheckInPage::editSelected);
    connect(m_details, &AttendeeDetailPanel::mergeRequested, this, &CheckInPage::mergePeople);
    connect(m_actions, &DeskActions::filterChosen, this, [this](entre::ArrivalFilter filter) {
        m_model->setFilter(filter);
        refocus();
    });
    connect(m_actions, &DeskActions::textSizeChosen, this, [this](int step) {
        setTextScale(step > 0 ? m_textScale * scaleStep : step < 0 ? m_textScale / scaleStep : 1.0);
    });
}

void CheckInPage::addMenuActions(QMenu* editMenu, QMenu* viewMenu)
{
    m_actions->addToMenus(editMenu, viewMenu);
}

QAbstractItemView* CheckInPage::attendeeView() const
{
    return m_view;
}

std::optional<entre::Attendee> CheckInPage::selectedAttendee() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->attendeeAt(current.row());
}

double CheckInPage::savedTextScale()
{
    const double scale = QSettings().value(textScaleKey, 1.0).toDouble();
    return std::clamp(scale, minScale, maxScale);
}

void CheckInPage::setTextScale(double scale)
{
    m_textScale = std::clamp(scale, minScale, maxScale);
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * m_textScale * 1.15);
    setFont(font);
    QFont large = font;
    large.setPointSizeF(font.pointSizeF() * 1.4);
    m_search->setFont(large);
    m_checkInButton->setFont(large);
    QSettings().setValue(textScaleKey, m_textScale);
    m_view->doItemsLayout();
}

void CheckInPage::moveHighlight(int key)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int page =
        std::max(1, m_view->viewport()->height() / std::max(1, m_view->sizeHintForRow(0)));
    int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    if (key == Qt::Key_Up)
        row -= 1;
    else if (key == Qt::Key_Down)
        row += 1;
    else if (key == Qt::Key_PageUp)
        row -= page;
    else
        row += page;
    if (row >= rows && m_model->canFetchMore({})) {
        m_model->fetchMore({});
    }
    selectRow(std::clamp(row, 0, m_model->rowCount() - 1));
}

void CheckInPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_view->setCurrentIndex({});
        updateDetails();
        return;
    }
    const QModelIndex index = m_model->index(row, entre::AttendeeListModel::NameColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void CheckInPage::onEnter()
{
    const QString text = m_search->text().trimmed();
    // Nothing to search by (empty, or only "-", "*" or quotes) matches everyone, so Enter would
    // tick whoever happens to be first: someone who is not at the door.
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); })) {
        m_banner->showNotice(
            NoticeBanner::Kind::Warning,
            tr("Type part of a name or scan a code first; nobody was checked in."));
        m_search->selectAll();
        return;
    }
    // A typed or scanned code wins over whoever happens to be highlighted.
    auto byCode = m_event->findByCode(text);
    if (byCode && byCode->has_value()) {
        checkInAttendee(byCode->value().id);
        return;
    }
    if (m_model->rowCount() > 0) {
        checkInHighlighted();
        return;
    }
    if (ScannerDetector::looksLikeCode(text))
        m_banner->showNotice(NoticeBanner::Kind::Error,
                             tr("Unknown code \"%1\": nobody has it.").arg(text));
    else
        m_banner->showNotice(NoticeBanner::Kind::Warning, tr("Nobody matches \"%1\".").arg(text));
    m_search->selectAll();
}

void CheckInPage::checkInCode(const QString& code)
{
    auto found = m_event->findByCode(code);
    if (!found) {
        m_banner->showNotice(NoticeBanner::Kind::Error, found.error().message);
        return;
    }
    if (!found->has_value()) {
        m_banner->showNotice(NoticeBanner::Kind::Error,
                             tr("Unknown code \"%1\": nobody has it.").arg(code));
        m_search->clear();
        return;
    }
    checkInAttendee(found->value().id);
}

void CheckInPage::checkInHighlighted()
{
    const auto attendee = selectedAttendee();
    if (!attendee) {
        m_banner->showNotice(NoticeBanner::Kind::Warning, tr("Nobody is highlighted."));
        refocus();
        return;
    }
    checkInAttendee(attendee->id);
}

void CheckInPage::checkInAttendee(qint64 attendeeId)
{
    const QScopedValueRollback acting(m_acting, true);
    auto outcome = m_event->checkIn(attendeeId);
    if (!outcome) {
        showCheckInFailure(attendeeId, outcome.error());
        return;
    }
    finishCheckIn(outcome);
}

void CheckInPage::showCheckInFailure(qint64 attendeeId, const entre::Error& error)
{
    // Named, so nobody is waved in on a tick that was never saved. Reading still works while
    // the file is busy or the disk full.
    const auto person = m_event->attendee(attendeeId);
    m_banner->showNotice(NoticeBanner::Kind::Error,
                         person
                             ? tr("%1 is NOT checked in. %2").arg(person->fullName(), error.message)
                             : tr("Nobody was checked in. %1").arg(error.message));
    m_search->selectAll(); // Enter tries again once the fault is gone
    refocus();
}

void CheckInPage::finishCheckIn(const entre::Result<entre::CheckInOutcome>& outcome)
{
    const entre::Attendee& a = outcome->attendee;
    if (outcome->status == entre::CheckInOutcome::Status::AlreadyCheckedIn) {
        m_banner->showNotice(NoticeBanner::Kind::Warning, arrivalText(a));
        const int row = m_model->rowOfAttendee(a.id);
        if (row >= 0)
            selectRow(row);
        m_search->selectAll(); // the next person's name replaces it
        refocus();
        return;
    }
    // Committed: only now does the desk say so.
    m_undoStack->push(new CheckInUndoCommand(m_undoStack, this, a));
    m_banner->showNotice(NoticeBanner::Kind::Success,
                         tr("✔ %1 is checked in. Welcome!").arg(a.fullName()));
    m_search->clear();
    refreshData();
    Q_EMIT attendeeCheckedIn(a.id);
    refocus();
}

bool CheckInPage::undoCheckIn(const entre::Attendee& attendee)
{
    const QScopedValueRollback acting(m_acting, true);
    const auto outcome = m_event->undoCheckIn(attendee.id);
    if (!outcome)
        m_banner->showNotice(
            NoticeBanner::Kind::Error,
            tr("%1 is still checked in. %2").arg(attendee.fullName(), outcome.error().message));
    else
        m_banner->showNotice(NoticeBanner::Kind::Info,
                             tr("Check-in of %1 undone.").arg(attendee.fullName()));
    m_keepSelected = attendee.id;
    if (outcome)
        refreshData();
    return outcome.ok();
}

bool CheckInPage::redoCheckIn(const entre::Attendee& attendee)
{
    const QScopedValueRollback acting(m_acting, true);
    const auto outcome = m_event->checkIn(attendee.id);
    if (!outcome)
        m_banner->showNotice(
            NoticeBanner::Kind::Error,
            tr("%1 is NOT checked in. %2").arg(attendee.fullName(), outcome.error().message));
    else if (outcome->status == entre::CheckInOutcome::Status::AlreadyCheckedIn)
        m_banner->showNotice(NoticeBanner::Kind::Warning, arrivalText(outcome->attendee));
    else
        m_banner->showNotice(NoticeBanner::Kind::Success,
                             tr("✔ %1 is checked in again.").arg(attendee.fullName()));
    m_keepSelected = attendee.id;
    if (outcome)
        refreshData();
    return outcome.ok();
}

void CheckInPage::onEventChanged()
{
    if (!m_acting)
        refreshData();
}

void CheckInPage::refreshData()
{
    if (!m_keepSelected) {
        if (const auto selected = selectedAttendee(); selected && !m_search->text().isEmpty())
            m_keepSelected = selected->id;
    }
    // The reset selects a row again, and that shows its details.
    m_model->refresh(m_search->text());
    m_counts->scheduleRefresh();
    updateIdleText();
}

void CheckInPage::updateIdleText()
{
    const bool nobody = m_model->rowCount() == 0 && m_search->text().isEmpty() &&
                        m_model->filter() == entre::ArrivalFilter::Everyone;
    m_banner->setIdleText(
        nobody ? tr("Nobody is registered yet. Import the registration list, "
                    "or add walk-ins with %1.")
                     .arg(m_actions->walkIn()->shortcut().toString(QKeySequence::NativeText))
               : QString());
}

void CheckInPage::updateDetails()
{
    const auto selected = selectedAttendee();
    auto doubles = selected ? m_event->possibleDoubles(selected->id)
                            : entre::Result<QList<entre::Attendee>>(QList<entre::Attendee>());
    m_details->showAttendee(selected, doubles ? doubles.value() : QList<entre::Attendee>());
    m_actions->editPerson()->setEnabled(selectedAttendee().has_value());
    m_editButton->setEnabled(m_actions->editPerson()->isEnabled());
}

QStringList CheckInPage::organisationNames() const
{
    QStringList names;
    auto all = m_event->organisations();
    if (all) {
        for (const entre::Organisation& org : std::as_const(all.value()))
            names.append(org.name);
    }
    return names;
}

void CheckInPage::addWalkIn()
{
    PersonDialog dialog(AttendeeForm::Fields::Short, organisationNames(), tr("Add and Check In"),
                        this);
    dialog.setObjectName(QStringLiteral("walkInDialog"));
    dialog.setFont(font()); // as large as the page
    dialog.setWindowTitle(tr("Walk-in"));
    entre::Result<entre::CheckInOutcome> added = entre::failed({});
    dialog.setSubmit([&](const entre::AttendeeDetails& details) {
        const QScopedValueRollback acting(m_acting, true);
        added = m_event->addWalkIn(details);
        return added ? QString() : added.error().message;
    });
    if (dialog.exec() == QDialog::Accepted && added) {
        const QScopedValueRollback acting(m_acting, true); // one read of the list, below
        m_search->clear();
        m_keepSelected = added->attendee.id;
        m_banner->showNotice(
            NoticeBanner::Kind::Success,
            tr("✔ %1 is added and checked in. Welcome!").arg(added->attendee.fullName()));
        refreshData();
        Q_EMIT attendeeCheckedIn(added->attendee.id);
    }
    refocus();
}

void CheckInPage::editSelected()
{
    const auto attendee = selectedAttendee();
    if (!attendee) {
        refocus();
        return;
    }
    PersonDialog dialog(AttendeeForm::Fields::Full, organisationNames(), tr("Save"), this);
    dialog.setObjectName(QStringLiteral("editPersonDialog"));
    dialog.setFont(font());
    dialog.setWindowTitle(tr("Edit %1").arg(attendee->fullName()));
    dialog.setBaseDetails(entre::detailsOf(*attendee));
    dialog.setSubmit([&](const entre::AttendeeDetails& details) {
        const QScopedValueRollback acting(m_acting, true);
        auto edited = m_event->edit(attendee->id, details);
        return edited ? QString() : edited.error().message;
    });
    if (dialog.exec() == QDialog::Accepted) {
        // The old spelling may no longer match what was typed; show the person by code.
        m_search->setText(attendee->code);
        m_search->selectAll(); // the next name typed replaces it
        m_keepSelected = attendee->id;
        m_banner->showNotice(NoticeBanner::Kind::Info,
                             tr("Saved the changes to %1.").arg(attendee->fullName()));
        refreshData();
    }
    refocus();
}

void CheckInPage::mergePeople(const entre::Attendee& shown, const entre::Attendee& other)
{
    QMessageBox ask(QMessageBox::Question, tr("Merge Two People"),
                    tr("Are %1 (code %2) and %3 (code %4) the same person?")
                        .arg(shown.fullName(), shown.code, other.fullName(), other.code),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("mergePeopleQuestion"));
    ask.setInformativeText(
        tr("Every desk will then list one of them, with the check-ins and badge prints of both. "
           "The history keeps what each desk did. A merge cannot be taken back."));
    QPushButton* merge = ask.addButton(tr("Merge"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() == merge) {
        const QScopedValueRollback acting(m_acting, true);
        auto kept = m_event->mergePeople(shown.id, other.id);
        if (kept) {
            m_keepSelected = kept->id;
            m_banner->showNotice(
                NoticeBanner::Kind::Info,
                tr("%1 (code %2) is now one person.").arg(kept->fullName(), kept->code));
            refreshData();
        } else {
            m_banner->showNotice(NoticeBanner::Kind::Error, kept.error().message);
        }
    }
    refocus();
}

void CheckInPage::refocus()
{
    m_search->setFocus();
    // After a dialog, without a window manager to hand it back, the window stays inactive and
    // its shortcuts (Ctrl+Z, Ctrl+N) would not fire.
    if (isVisible() && !isActiveWindow())
        activateWindow();
}
