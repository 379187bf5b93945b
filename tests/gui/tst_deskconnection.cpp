// Event → Connect Desks… and the status light, offscreen, against a real PostgreSQL 15 the test
// starts: a wrong password is shown in the dialog and shares nothing; the first desk shares its
// event and remembers the password in the password file, not in the event file; a second window
// joins from the server with that remembered password and sees the first desk's check-ins; with
// the server stopped the light says offline and counts what waits.
#include "../unit/throwawaypostgres.h"
#include "desks/connectdesksdialog.h"
#include "desks/deskconnection.h"
#include "desks/deskstatusindicator.h"
#include "event/event.h"
#include "mainwindow.h"
#include "recordingmessages.h"
#include "whenmodal.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

struct ServerFields {
    QString host;
    int port = 0;
    QString password;
    bool remember = false;
};

void fill(ConnectDesksDialog* dialog, const ServerFields& fields)
{
    dialog->findChild<QLineEdit*>(QStringLiteral("deskHost"))->setText(fields.host);
    dialog->findChild<QSpinBox*>(QStringLiteral("deskPort"))->setValue(fields.port);
    dialog->findChild<QLineEdit*>(QStringLiteral("deskPassword"))->setText(fields.password);
    dialog->findChild<QCheckBox*>(QStringLiteral("deskRemember"))->setChecked(fields.remember);
}

void pressConnect(ConnectDesksDialog* dialog)
{
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

bool arrived(entre::Event* event, const QString& code)
{
    auto found = event->findByCode(code);
    return found && found->has_value() && found->value().isCheckedIn();
}

} // namespace

class TestDeskConnection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aWrongPasswordSharesNothing();
    void theFirstDeskSharesAndRemembersThePassword();
    void aJoinThatFailsSaysWhyAndMakesNoFile();
    void aSecondDeskJoinsWithTheRememberedPassword();
    void theLightSaysOfflineAndCountsWhatWaits();
    void cleanupTestCase();

private:
    QString firstPath() const { return m_dir.filePath(QStringLiteral("first.entre")); }
    QString secondPath() const { return m_dir.filePath(QStringLiteral("second.entre")); }
    ServerFields server(const QString& password, bool remember) const;

    std::unique_ptr<ThrowawayPostgres> m_server;
    QTemporaryDir m_dir;
    RecordingMessages::Log m_log;
    std::unique_ptr<MainWindow> m_first;
    std::unique_ptr<MainWindow> m_second;
};

ServerFields TestDeskConnection::server(const QString& password, bool remember) const
{
    const QUrl url(m_server->url());
    return {url.host(), url.port(), password, remember};
}

void TestDeskConnection::initTestCase()
{
    m_server = std::make_unique<ThrowawayPostgres>();
    if (!m_server->available()) {
        if (qEnvironmentVariableIntValue("ENTRE_REQUIRE_E2E") == 1)
            QFAIL(qPrintable(m_server->why()));
        QSKIP(qPrintable(m_server->why()));
    }
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("pgpass"))));
    const QString list = m_dir.filePath(QStringLiteral("list.csv"));
    QFile csv(list);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Förnamn;Efternamn;Organisation;Biljett\n"
              "Åsa;Hägglund;Umeå kommun;T-1\n"
              "Örjan;Öberg;Region Västerbotten;T-2\n");
    csv.close();
    {
        auto event = entre::Event::create(firstPath(), {QStringLiteral("Kick-off"), {}, {}});
        QVERIFY2(event, qPrintable(event.error().message));
        QVERIFY(event.value()->import(list));
    }
    m_first = std::make_unique<MainWindow>();
    m_first->setUserMessages(std::make_unique<RecordingMessages>(&m_log));
    QVERIFY(m_first->openEvent(firstPath()));
    // A single desk shows no light.
    QVERIFY(m_first->deskConnection()->indicator()->isHidden());
}

void TestDeskConnection::aWrongPasswordSharesNothing()
{
    bool tried = false;
    whenModal<ConnectDesksDialog>([&](ConnectDesksDialog* dialog) {
        QVERIFY(dialog->findChild<QRadioButton*>()->isChecked()); // share is offered first
        fill(dialog, server(QStringLiteral("wrong"), true));
        pressConnect(dialog);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("deskError"));
        QVERIFY(error->isVisibleTo(dialog));
        QVERIFY2(error->text().contains(QLatin1String("password")), qPrintable(error->text()));
        QVERIFY(dialog->isVisible()); // still open, to try again
        tried = true;
        dialog->reject();
    });
    QVERIFY(!m_first->deskConnection()->run());
    QVERIFY(tried);
    QVERIFY(m_first->event()->deskStatus()->link.eventId.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("pgpass"))));
}

void TestDeskConnection::theFirstDeskSharesAndRemembersThePassword()
{
    whenModal<ConnectDesksDialog>([&](ConnectDesksDialog* dialog) {
        fill(dialog, server(ThrowawayPostgres::password(), true));
        pressConnect(dialog);
    });
    QVERIFY(m_first->deskConnection()->run());
    QVERIFY(!m_first->event()->deskStatus()->link.eventId.isEmpty());
    auto* light = m_first->deskConnection()->indicator();
    QTRY_VERIFY(light->text().contains(QLatin1String("connected")));
    QVERIFY(light->isVisibleTo(m_first.get()));

    QFile pgpass(m_dir.filePath(QStringLiteral("pgpass")));
    QVERIFY(pgpass.open(QIODevice::ReadOnly));
    const QByteArray line = QByteArray(":entre:entre:") + ThrowawayPostgres::password().toUtf8();
    QVERIFY(pgpass.readAll().contains(line));
    QCOMPARE(pgpass.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QFile event(firstPath());
    QVERIFY(event.open(QIODevice::ReadOnly));
    QVERIFY(!event.readAll().contains(ThrowawayPostgres::password().toUtf8()));
}

void TestDeskConnection::aJoinThatFailsSaysWhyAndMakesNoFile()
{
    MainWindow window;
    window.setUserMessages(std::make_unique<RecordingMessages>(&m_log));
    const QString path = m_dir.filePath(QStringLiteral("never.entre"));
    bool tried = false;
    whenModal<ConnectDesksDialog>([&](ConnectDesksDialog* dialog) {
        fill(dialog, server(QString(), false));
        dialog->findChild<QLineEdit*>(QStringLiteral("deskNewFile"))->setText(path);
        dialog->findChild<QLineEdit*>(QStringLiteral("deskEventId"))
            ->setText(QStringLiteral("no-such-event"));
        pressConnect(dialog);
        // The server is asked on a worker thread: the window goes on, the form waits.
        auto* connectButton = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("deskProgress"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("deskError"));
        QVERIFY(progress->isVisibleTo(dialog));
        QVERIFY(!connectButton->isEnabled());
        dialog->reject(); // not while the server is at it
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(dialog), 10000);
        QVERIFY2(error->text().contains(QLatin1String("no-such-event")), qPrintable(error->text()));
        QVERIFY(!progress->isVisibleTo(dialog));
        QVERIFY(connectButton->isEnabled());
        QVERIFY(dialog->isVisible());
        tried = true;
        dialog->reject();
    });
    QVERIFY(!window.deskConnection()->run());
    QVERIFY(tried);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!window.event());
}

void TestDeskConnection::aSecondDeskJoinsWithTheRememberedPassword()
{
    m_second = std::make_unique<MainWindow>();
    m_second->setUserMessages(std::make_unique<RecordingMessages>(&m_log));
    QVERIFY(m_second->deskConnection()->action()->isEnabled()); // no event open
    whenModal<ConnectDesksDialog>([&](ConnectDesksDialog* dialog) {
        const auto buttons = dialog->findChildren<QRadioButton*>();
        QVERIFY(!buttons.at(0)->isEnabled()); // nothing to share
        QVERIFY(buttons.at(1)->isChecked());
        fill(dialog, server(QString(), false));
        dialog->findChild<QLineEdit*>(QStringLiteral("deskNewFile"))->setText(secondPath());
        pressConnect(dialog);
    });
    QVERIFY(m_second->deskConnection()->run());
    QVERIFY(m_second->event());
    QCOMPARE(m_second->event()->path(), QFileInfo(secondPath()).absoluteFilePath());
    QTRY_VERIFY(
        m_second->deskConnection()->indicator()->text().contains(QLatin1String("connected")));

    auto first = m_first->event()->findByCode(QStringLiteral("T-1"));
    QVERIFY(first && first->has_value());
    QVERIFY(m_first->event()->checkIn(first->value().id));
    QTRY_VERIFY_WITH_TIMEOUT(arrived(m_second->event(), QStringLiteral("T-1")), 2000);
}

void TestDeskConnection::theLightSaysOfflineAndCountsWhatWaits()
{
    m_server->stop();
    auto second = m_second->event()->findByCode(QStringLiteral("T-2"));
    QVERIFY(second && second->has_value());
    QVERIFY(m_second->event()->checkIn(second->value().id));
    auto* light = m_second->deskConnection()->indicator();
    QTRY_VERIFY_WITH_TIMEOUT(light->text().contains(QLatin1String("offline, 1 waiting")), 15000);
    QVERIFY(!light->toolTip().isEmpty());
    QVERIFY(m_server->start());
    m_second->deskConnection()->link()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(light->text().contains(QLatin1String("connected")), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(arrived(m_first->event(), QStringLiteral("T-2")), 15000);
}

void TestDeskConnection::cleanupTestCase()
{
    m_second.reset();
    m_first.reset();
}

QTEST_MAIN(TestDeskConnection)
#include "tst_deskconnection.moc"
