#include "connectdesksdialog.h"

#include "desks/pgpassfile.h"
#include "event/event.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace {

// What joining on the join's thread found: the new file, or why there is none.
struct Joined {
    QString error;
    QString path;
    QString eventId;
};

// Joins on the calling thread, which opens the new file only to close it again: the window opens
// it on its own thread afterwards.
Joined join(const QString& path, const entre::DeskAddress& address, const QString& eventId)
{
    auto joined = entre::Event::joinDesks(path, address, eventId);
    if (!joined)
        return {joined.error().message, {}, {}};
    const auto status = joined.value()->deskStatus();
    return {{}, joined.value()->path(), status ? status->link.eventId : QString()};
}

} // namespace

ConnectDesksDialog::ConnectDesksDialog(entre::Event* event, QWidget* parent)
    : QDialog(parent)
    , m_event(event)
    , m_intro(new QLabel(this))
    , m_share(new QRadioButton(tr("&Share this event: this is the first desk"), this))
    , m_join(
          new QRadioButton(tr("&Join an event another desk shared (makes a new event file)"), this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect Desks"));
    setObjectName(QStringLiteral("connectDesksDialog"));
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("deskError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    m_progress->setObjectName(QStringLiteral("deskProgress"));
    m_progress->setRange(0, 0); // how long the server takes is not known
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDesksDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_share, &QRadioButton::toggled, this, &ConnectDesksDialog::updateMode);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_share);
    layout->addWidget(m_join);
    layout->addWidget(createServerFields());
    layout->addWidget(createJoinFields());
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    const auto status =
        m_event ? m_event->deskStatus() : entre::Result<entre::DeskStatus>(entre::DeskStatus{});
    m_shared = status && !status->link.eventId.isEmpty();
    if (m_shared) {
        fillFromShared(status->link.server);
    } else if (!m_event || m_event->isReadOnly()) {
        m_share->setEnabled(false);
        m_join->setChecked(true);
    } else {
        m_share->setChecked(true);
    }
    updateMode();
}

QWidget* ConnectDesksDialog::createServerFields()
{
    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_host = new QLineEdit(fields);
    m_host->setObjectName(QStringLiteral("deskHost"));
    m_host->setPlaceholderText(tr("e.g. 192.168.1.10"));
    m_port = new QSpinBox(fields);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setObjectName(QStringLiteral("deskPort"));
    m_database = new QLineEdit(QStringLiteral("entre"), fields);
    m_database->setObjectName(QStringLiteral("deskDatabase"));
    m_user = new QLineEdit(QStringLiteral("entre"), fields);
    m_user->setObjectName(QStringLiteral("deskUser"));
    m_password = new QLineEdit(fields);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("deskPassword"));
    m_remember = new QCheckBox(tr("&Remember the password on this computer (in %1, not in the "
                                  "event file)")
                                   .arg(QDir::toNativeSeparators(entre::PgPassFile::path())),
                               fields);
    m_remember->setObjectName(QStringLiteral("deskRemember"));
    form->addRow(tr("Ser&ver:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    return fields;
}

QWidget* ConnectDesksDialog::createJoinFields()
{
    m_joinFields = new QWidget(this);
    auto* form = new QFormLayout(m_joinFields);
    form->setContentsMargins(0, 0, 0, 0);
    m_file = new QLineEdit(m_joinFields);
    m_file->setObjectName(QStringLiteral("deskNewFile"));
    m_file->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(tr("shared-event.entre")));
    auto* browse = new QPushButton(tr("&Browse…"), m_joinFields);
    connect(browse, &QPushButton::clicked, this, &ConnectDesksDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(browse);
    m_eventIdField = new QLineEdit(m_joinFields);
    m_eventIdField->setObjectName(QStringLiteral("deskEventId"));
    m_eventIdField->setPlaceholderText(tr("only when the server holds several events"));
    form->addRow(tr("New event &file:"), fileRow);
    form->addRow(tr("&Event id:"), m_eventIdField);
    return m_joinFields;
}

void ConnectDesksDialog::fillFromShared(const QString& server)
{
    if (auto address = entre::DeskAddress::parse(server)) {
        m_host->setText(address->host);
        m_port->setValue(address->port);
        m_database->setText(address->database);
        m_user->setText(address->user);
    }
    for (QWidget* field : {static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_port),
                           static_cast<QWidget*>(m_database), static_cast<QWidget*>(m_user)})
        field->setEnabled(false);
    m_share->hide();
    m_join->hide();
}

void ConnectDesksDialog::updateMode()
{
    const bool joining = !m_shared && m_join->isChecked();
    m_joinFields->setVisible(joining);
    if (m_shared) {
        m_intro->setText(tr("This event is shared with other desks. Connect again, e.g. with a "
                            "password this desk did not have when the event was opened."));
    } else if (joining) {
        m_intro->setText(tr("Join an event the first desk shared on the venue's PostgreSQL "
                            "server. This desk gets its own copy in a new event file, checks in "
                            "from it even when the network is gone, and exchanges check-ins "
                            "with the other desks whenever it can."));
    } else {
        m_intro->setText(tr("Share this event on the venue's PostgreSQL server, so that other "
                            "desks can join it. Each desk keeps checking in on its own copy, "
                            "and every check-in reaches the others within seconds."));
    }
    m_host->setFocus();
}

void ConnectDesksDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Event File"), m_file->text(),
                                                      tr("Entré events (*.entre)"));
    if (!path.isEmpty())
        m_file->setText(path.endsWith(QLatin1String(".entre")) ? path
                                                               : path + QStringLiteral(".entre"));
}

void ConnectDesksDialog::accept()
{
    if (m_joining)
        return;
    m_error->hide();
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty()) {
        fail(tr("Say which server and database the desks share."));
        return;
    }
    m_address =
        entre::DeskAddress{m_user->text().trimmed(), m_password->text(), m_host->text().trimmed(),
                           m_port->value(), m_database->text().trimmed()};
    if (!m_shared && m_join->isChecked()) {
        startJoining();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool done = run();
    QApplication::restoreOverrideCursor();
    if (done)
        finish();
}

void ConnectDesksDialog::reject()
{
    // The server is working on it; the dialog closes when it is done.
    if (!m_joining)
        QDialog::reject();
}

// The event file comes from the server on a thread of its own, so that the window keeps painting
// while a large event downloads; the form waits, greyed, under a busy bar. The thread ends with
// the join, and with it what the server connection's TLS library kept for it.
void ConnectDesksDialog::startJoining()
{
    setJoining(true);
    auto joined = std::make_shared<Joined>();
    QThread* worker = QThread::create(
        [joined, path = m_file->text().trimmed(), address = m_address,
         eventId = m_eventIdField->text().trimmed()] { *joined = join(path, address, eventId); });
    worker->setObjectName(QStringLiteral("entre-join"));
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, joined] {
        setJoining(false);
        if (!joined->error.isEmpty()) {
            fail(joined->error);
            return;
        }
        m_joinedPath = joined->path;
        m_eventId = joined->eventId;
        m_outcome = Outcome::Joined;
        finish();
    });
    worker->start();
}

void ConnectDesksDialog::setJoining(bool joining)
{
    m_joining = joining;
    m_progress->setFormat(tr("Fetching the event from %1…").arg(m_address.place()));
    m_progress->setVisible(joining);
    if (joining) {
        m_enabledBefore.clear();
        for (QWidget* part : findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            if (part == m_progress || part == m_error)
                continue;
            m_enabledBefore.insert(part, part->isEnabled());
            part->setEnabled(false);
        }
        return;
    }
    // Back as they were: what the mode greys stays grey.
    for (auto it = m_enabledBefore.cbegin(); it != m_enabledBefore.cend(); ++it)
        it.key()->setEnabled(it.value());
    m_enabledBefore.clear();
}

// Done: remembers the password if asked to, and closes.
void ConnectDesksDialog::finish()
{
    if (m_remember->isChecked() && !m_address.password.isEmpty()) {
        if (auto remembered = entre::PgPassFile::remember(m_address); !remembered)
            m_warning = remembered.error().message;
    }
    QDialog::accept();
}

bool ConnectDesksDialog::run()
{
    if (m_shared) {
        auto server = m_event->connectDeskServer(m_address.password);
        if (!server) {
            fail(server.error().message);
            return false;
        }
        m_outcome = Outcome::Reconnected;
    } else {
        auto shared = m_event->publishToDesks(m_address);
        if (!shared) {
            fail(shared.error().message);
            return false;
        }
        m_eventId = shared.value();
        m_outcome = Outcome::Shared;
    }
    return true;
}

void ConnectDesksDialog::fail(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}
