#include "event/event.h"
#include "history/historydialog.h"
#include "history/historytablemodel.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

// Event → History… in the window, offscreen: the menu opens it, the filters narrow the table,
// it follows the desk's changes, and Export… writes what is shown.
class TestHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensFromTheMenuAndFiltersByStation();
    void followsTheDeskAndFiltersByKindAndText();

private:
    static QStringList column(const HistoryTableModel* model, int column);

    QTemporaryDir m_dir;
    QString m_eventPath;
    std::unique_ptr<MainWindow> m_window;
};

QStringList TestHistory::column(const HistoryTableModel* model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

void TestHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EntreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_history"));
    QVERIFY(m_dir.isValid());
    m_eventPath = m_dir.filePath(QStringLiteral("uppstart.entre"));
    auto event =
        entre::Event::create(m_eventPath, {QStringLiteral("Uppstart"), QDate(2026, 6, 15), {}});
    QVERIFY2(event, qPrintable(event.error().message));
    const QString list = m_dir.filePath(QStringLiteral("list.csv"));
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Förnamn;Efternamn;Organisation\n"
               "Åsa;Öberg;Umeå kommun\n"
               "Olle;Ek;Region Västerbotten\n");
    file.close();
    event.value()->setStation(QStringLiteral("Disk 1"));
    QVERIFY(event.value()->import(list));
    QThread::msleep(3); // the check-ins come after the import, not in its millisecond
    const auto people = event.value()->attendees();
    QVERIFY(people);
    for (const entre::Attendee& person : people.value()) {
        event.value()->setStation(person.firstName == QStringLiteral("Åsa")
                                      ? QStringLiteral("Disk 1")
                                      : QStringLiteral("Disk 2"));
        QVERIFY(event.value()->checkIn(person.id));
    }
}

void TestHistory::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openEvent(m_eventPath));
}

void TestHistory::cleanup()
{
    m_window.reset();
}

void TestHistory::opensFromTheMenuAndFiltersByStation()
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("historyAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+H")));
    QStringList all, disk2, people;
    QString exportError;
    const QString exported = m_dir.filePath(QStringLiteral("history.csv"));
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<HistoryDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        all = column(dialog->model(), HistoryTableModel::What);
        auto* station = dialog->findChild<QComboBox*>(QStringLiteral("historyStation"));
        station->setCurrentIndex(station->findText(QStringLiteral("Disk 2")));
        disk2 = column(dialog->model(), HistoryTableModel::Station);
        people = column(dialog->model(), HistoryTableModel::Person);
        if (!dialog->exportTo(exported))
            exportError = QStringLiteral("export failed");
        dialog->reject();
    });
    action->trigger();
    // Newest first: the two check-ins, then the import.
    QCOMPARE(all, (QStringList{QStringLiteral("Check-in"), QStringLiteral("Check-in"),
                               QStringLiteral("Import")}));
    QCOMPARE(disk2, QStringList{QStringLiteral("Disk 2")});
    QCOMPARE(people, QStringList{QStringLiteral("Ek, Olle")});
    QVERIFY(exportError.isEmpty());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral(";Disk 2;Check-in;\"Ek, Olle\";Region Västerbotten;")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Öberg")), "only what the filters select is exported");
}

void TestHistory::followsTheDeskAndFiltersByKindAndText()
{
    entre::Event* event = m_window->event();
    HistoryDialog dialog(event, m_window.get());
    dialog.show();
    HistoryTableModel* model = dialog.model();
    QCOMPARE(model->rowCount(), 3);
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("historyKind"));
    kind->setCurrentIndex(kind->findText(QStringLiteral("Undo")));
    QCOMPARE(model->rowCount(), 0);

    const auto found = event->search(QStringLiteral("åsa"));
    QVERIFY(found && found->size() == 1);
    QVERIFY(event->undoCheckIn(found->first().id));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, HistoryTableModel::Person).data().toString(),
             QStringLiteral("Öberg, Åsa"));
    QCOMPARE(model->index(0, HistoryTableModel::Station).data().toString(), event->station());

    kind->setCurrentIndex(0);
    dialog.findChild<QLineEdit*>(QStringLiteral("historyText"))->setText(QStringLiteral("oberg"));
    QTRY_COMPARE(column(model, HistoryTableModel::What),
                 (QStringList{QStringLiteral("Undo"), QStringLiteral("Check-in")}));
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
