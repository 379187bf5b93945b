// The import wizard offscreen: pick a file, correct one mapping, import; refusals and cancel.
#include "../unit/privacynumbers.h"
#include "event/event.h"
#include "import/importfields.h"
#include "import/importtask.h"
#include "import/importwizard.h"
#include "mainwindow.h"
#include "store/eventstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace entre;

class TestImportWizard : public QObject {
    Q_OBJECT

private:
    static QString dataFile(const QString& name)
    {
        return QDir(qEnvironmentVariable("ENTRE_TEST_DATA")).filePath(name);
    }
    std::unique_ptr<Event> newEvent()
    {
        auto event = Event::create(m_dir->filePath(QStringLiteral("event%1.entre").arg(++m_count)),
                                   {QStringLiteral("Test"), QDate(2016, 6, 15), {}});
        if (!event)
            qFatal("cannot create the event: %s", qPrintable(event.error().message));
        return std::move(event).value();
    }
    // A list of `count` people in the temporary folder, for the tests that need an import or a
    // read still running when they act.
    QString longList(int count)
    {
        const QString path = m_dir->filePath(QStringLiteral("long.csv"));
        QByteArray rows = "Förnamn;Efternamn;E-post;Organisation\n";
        for (int i = 0; i < count; ++i)
            rows += "Åsa;Hägglund " + QByteArray::number(i) + ";asa" + QByteArray::number(i) +
                    "@umea.example.se;Umeå kommun\n";
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(rows) != rows.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    // Clicks Next (or Import) and waits for the next page: the file is read in the background.
    static void next(ImportWizard& wizard)
    {
        const int page = wizard.currentId();
        QAbstractButton* button = wizard.button(QWizard::CommitButton);
        if (!button->isVisible())
            button = wizard.button(QWizard::NextButton);
        QVERIFY(button->isEnabled());
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentId() != page, 15000);
    }

    // The list's personal identity numbers, as written or as ten digits, that are anywhere in
    // the bytes of the event file or its write-ahead log.
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_count = 0;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void importsWithACorrectedMapping();
    void explainsAFileThatCannotBeRead();
    void needsANameColumn();
    void cancelLeavesTheEventUnchanged();
    void savingCannotBeCancelled();
    void switchesWorkbookSheets();
    void opensFromTheFileMenu();
    void readsALongListInTheBackgroundAndCancels();
    void listsRowsWithCharactersThatCouldNotBeRead();
    void leavesPersonalIdentityNumbersOut_data();
    void leavesPersonalIdentityNumbersOut();
    void warnsWhenPersonalIdentityNumbersAreMapped();
};

void TestImportWizard::importsWithACorrectedMapping()
{
    auto event = newEvent();
    QSignalSpy changed(event.get(), &Event::attendeesChanged);
    ImportWizard wizard(event.get());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))
        ->setText(dataFile(QStringLiteral("samples/digitala-vasterbotten-2016.csv")));
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));

    auto* detection = wizard.findChild<QLabel*>(QStringLiteral("detectionLabel"));
    QVERIFY2(detection->text().contains(QStringLiteral("UTF-8")), qPrintable(detection->text()));
    auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("previewTable"));
    QCOMPARE(preview->rowCount(), 20);
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Mikael"));

    // The title column goes to the notes instead.
    auto* title = wizard.findChild<QComboBox*>(QStringLiteral("mapping_title"));
    auto* notes = wizard.findChild<QComboBox*>(QStringLiteral("mapping_notes"));
    QCOMPARE(title->currentText(), QStringLiteral("Befattning"));
    title->setCurrentIndex(0);
    notes->setCurrentIndex(notes->findText(QStringLiteral("Befattning")));
    QCOMPARE(wizard.table().mapping.value(QStringLiteral("notes")), QStringLiteral("Befattning"));
    QVERIFY(!wizard.table().mapping.contains(QStringLiteral("title")));

    next(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
    auto* summary = wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("added")), 15000);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(changed.count(), 1);

    const int added = event->count().value();
    auto* rejected = wizard.findChild<QTableWidget*>(QStringLiteral("rejectedTable"));
    QCOMPARE(added + rejected->rowCount(), 148);
    QVERIFY(summary->text().startsWith(QString::number(added)));
    const auto everyone = event->attendees();
    bool sawNote = false;
    for (const Attendee& a : everyone.value()) {
        QVERIFY(a.title.isEmpty());
        if (a.firstName == QLatin1String("Fredrik") && a.lastName == QLatin1String("Marklund")) {
            QCOMPARE(a.notes, QStringLiteral("Näringslivsutvecklare"));
            sawNote = true;
        }
    }
    QVERIFY(sawNote);
}

void TestImportWizard::explainsAFileThatCannotBeRead()
{
    auto event = newEvent();
    ImportWizard wizard(event.get());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))
        ->setText(dataFile(QStringLiteral("import/truncated.xlsx")));
    wizard.button(QWizard::NextButton)->click();
    auto* error = wizard.findChild<QLabel*>(QStringLiteral("fileError"));
    QTRY_VERIFY(!error->text().isEmpty());
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
}

void TestImportWizard::needsANameColumn()
{
    auto event = newEvent();
    ImportWizard wizard(event.get());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))
        ->setText(dataFile(QStringLiteral("import/no-name-column.csv")));
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("mappingWarning"))->text().isEmpty());
    // Choosing a column for the name lets the import go ahead.
    auto* fullName = wizard.findChild<QComboBox*>(QStringLiteral("mapping_full_name"));
    fullName->setCurrentIndex(fullName->findText(QStringLiteral("E-post")));
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
}

void TestImportWizard::cancelLeavesTheEventUnchanged()
{
    // A list long enough that the import is still running when Cancel is pressed.
    const QString path = longList(20000);

    auto event = newEvent();
    ImportWizard wizard(event.get());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))->setText(path);
    next(wizard);
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
    wizard.reject(); // the window's Cancel while importing
    QVERIFY(wizard.isVisible());
    auto* summary = wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("unchanged")), 15000);
    QCOMPARE(event->count().value(), 0);
}

void TestImportWizard::savingCannotBeCancelled()
{
    const QString path = longList(5000);

    auto event = newEvent();
    ImportWizard wizard(event.get());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))->setText(path);
    next(wizard);
    auto* summary = wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    auto* cancel = wizard.findChild<QAbstractButton*>(QStringLiteral("cancelImport"));
    auto* bar = wizard.findChild<QProgressBar*>(QStringLiteral("importProgress"));
    // Once every row is read, the page says it is saving, and a cancel no longer claims to stop
    // what is being written.
    bool sawSaving = false;
    connect(wizard.findChild<ImportTask*>(), &ImportTask::progressed, this,
            [&](int done, int total) {
                if (done < total || sawSaving)
                    return;
                sawSaving = !cancel->isEnabled() && bar->maximum() == 0 &&
                            summary->text().contains(QStringLiteral("saving 5"));
                wizard.reject();
                QVERIFY(!summary->text().contains(QStringLiteral("Cancelling")));
            });
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("5000 added")), 15000);
    QVERIFY(sawSaving);
    QVERIFY(wizard.isVisible());
    QCOMPARE(event->count().value(), 5000);
}

void TestImportWizard::switchesWorkbookSheets()
{
    auto event = newEvent();
    ImportWizard wizard(event.get());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))
        ->setText(dataFile(QStringLiteral("import/workbook.xlsx")));
    next(wizard);
    auto* sheet = wizard.findChild<QComboBox*>(QStringLiteral("sheetCombo"));
    QCOMPARE(sheet->count(), 2);
    QVERIFY(!wizard.findChild<QComboBox*>(QStringLiteral("encodingCombo"))->isEnabled());
    auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("previewTable"));
    QCOMPARE(preview->rowCount(), 3);
    sheet->setCurrentIndex(1);
    Q_EMIT sheet->activated(1);
    QTRY_COMPARE(preview->rowCount(), 1);
    QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("mapping_full_name"))->currentText(),
             QStringLiteral("Namn"));
    next(wizard);
    auto* summary = wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("added")), 15000);
    const auto people = event->attendees();
    QCOMPARE(people->size(), 1);
    QCOMPARE(people->first().lastName, QStringLiteral("Holm"));
    QCOMPARE(people->first().organisation, QStringLiteral("Malå kommun"));
}

void TestImportWizard::opensFromTheFileMenu()
{
    const QString path = m_dir->filePath(QStringLiteral("menu.entre"));
    QVERIFY(EventStore::create(path, {QStringLiteral("Test"), QDate(2016, 6, 15), {}}).ok());
    MainWindow window;
    auto* import = window.findChild<QAction*>(QStringLiteral("importAction"));
    auto* organisations = window.findChild<QAction*>(QStringLiteral("organisationsAction"));
    QVERIFY(import && organisations);
    QVERIFY(!import->isEnabled());
    QVERIFY(window.openEvent(path));
    QVERIFY(import->isEnabled());
    QVERIFY(organisations->isEnabled());

    QString opened;
    QTimer::singleShot(0, this, [&opened] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            opened = modal->objectName();
            modal->close();
        }
    });
    import->trigger();
    QCOMPARE(opened, QStringLiteral("importWizard"));
    QTimer::singleShot(0, this, [&opened] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            opened = modal->objectName();
            modal->close();
        }
    });
    organisations->trigger();
    QCOMPARE(opened, QStringLiteral("organisationsDialog"));
}

void TestImportWizard::readsALongListInTheBackgroundAndCancels()
{
    // Long enough that it is still being read when Cancel is pressed.
    const QString path = longList(1000000);
    auto event = newEvent();
    ImportWizard wizard(event.get());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))->setText(path);
    QAbstractButton* nextButton = wizard.button(QWizard::NextButton);
    nextButton->click();
    auto* reading = wizard.findChild<QLabel*>(QStringLiteral("readingLabel"));
    // The window answers while the list is read: the count of rows read goes up.
    QTRY_VERIFY_WITH_TIMEOUT(reading->text().contains(QStringLiteral("rows")), 20000);
    QVERIFY(!nextButton->isEnabled());
    wizard.findChild<QAbstractButton*>(QStringLiteral("cancelReading"))->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("fileError"))
                ->text()
                .contains(QStringLiteral("cancelled")));
    QVERIFY(nextButton->isEnabled());
    QTest::qWait(200);
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage)); // the cancelled read goes nowhere
    QCOMPARE(event->count().value(), 0);
}

void TestImportWizard::listsRowsWithCharactersThatCouldNotBeRead()
{
    auto event = newEvent();
    ImportWizard wizard(event.get());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))
        ->setText(dataFile(QStringLiteral("import/invalid-utf8.csv")));
    next(wizard);
    auto* detection = wizard.findChild<QLabel*>(QStringLiteral("detectionLabel"));
    QVERIFY2(detection->text().contains(QStringLiteral("UTF-8")), qPrintable(detection->text()));
    next(wizard);
    auto* summary = wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("added")), 15000);
    auto* repaired = wizard.findChild<QListWidget*>(QStringLiteral("repairedList"));
    QVERIFY(repaired->count() > 0);
    QVERIFY2(repaired->item(0)->text().contains(QStringLiteral("invalid characters in")),
             qPrintable(repaired->item(0)->text()));
}

void TestImportWizard::leavesPersonalIdentityNumbersOut_data()
{
    QTest::addColumn<bool>("tickIt");
    QTest::newRow("left unticked") << false;
    QTest::newRow("ticked") << true;
}

void TestImportWizard::leavesPersonalIdentityNumbersOut()
{
    QFETCH(bool, tickIt);
    auto event = newEvent();
    const QString eventPath = m_dir->filePath(QStringLiteral("event%1.entre").arg(m_count));
    ImportWizard wizard(event.get());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))
        ->setText(dataFile(QStringLiteral("import/privacy/personnummer.csv")));
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));

    auto* keep = wizard.findChild<QTreeWidget*>(QStringLiteral("keepColumns"));
    QCOMPARE(keep->topLevelItemCount(), 2);
    QTreeWidgetItem* numbers = keep->topLevelItem(0);
    QTreeWidgetItem* members = keep->topLevelItem(1);
    QCOMPARE(numbers->text(0), QStringLiteral("Personnummer"));
    QCOMPARE(numbers->checkState(0), Qt::Unchecked);
    QVERIFY2(numbers->text(1).contains(QStringLiteral("personal identity numbers")),
             qPrintable(numbers->text(1)));
    QCOMPARE(members->text(0), QStringLiteral("Medlemsnummer"));
    QCOMPARE(members->checkState(0), Qt::Checked);
    QVERIFY(members->text(1).isEmpty());

    // Mapping a column to a field takes it off the list; back without a field, it is unticked.
    auto* notes = wizard.findChild<QComboBox*>(QStringLiteral("mapping_notes"));
    notes->setCurrentIndex(notes->findText(QStringLiteral("Medlemsnummer")));
    QCOMPARE(keep->topLevelItemCount(), 1);
    notes->setCurrentIndex(0);
    QCOMPARE(keep->topLevelItemCount(), 2);
    numbers = keep->topLevelItem(0);
    QCOMPARE(numbers->checkState(0), Qt::Unchecked);
    if (tickIt)
        numbers->setCheckState(0, Qt::Checked);

    next(wizard);
    auto* summary = wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("added")), 15000);
    QCOMPARE(event->count().value(), 6);
    const auto people = event->attendees();
    QVERIFY(people.ok());
    for (const Attendee& a : people.value()) {
        QCOMPARE(a.extra.contains(QStringLiteral("Personnummer")),
                 tickIt && a.firstName != QLatin1String("Per"));
        QVERIFY(a.extra.value(QStringLiteral("Medlemsnummer"))
                    .toString()
                    .startsWith(QStringLiteral("M-")));
    }
    const QStringList found = personnummerInEventFiles(eventPath);
    if (!tickIt)
        QCOMPARE(found, QStringList());
    for (const char* written :
         {"811218-9876", "198507092396", "9001010017", "19640823-3234", "750567-1235"})
        QCOMPARE(found.contains(QString::fromLatin1(written)), tickIt);
}

void TestImportWizard::warnsWhenPersonalIdentityNumbersAreMapped()
{
    auto event = newEvent();
    ImportWizard wizard(event.get());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))
        ->setText(dataFile(QStringLiteral("import/privacy/personnummer.csv")));
    next(wizard);
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    auto* warning = wizard.findChild<QLabel*>(QStringLiteral("identityNumbersWarning"));
    QVERIFY(warning);
    QVERIFY(!warning->isVisible());

    // Mapped to a field, the numbers would be stored whatever the keep list says.
    auto* notes = wizard.findChild<QComboBox*>(QStringLiteral("mapping_notes"));
    notes->setCurrentIndex(notes->findText(QStringLiteral("Personnummer")));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("“Personnummer” holds personal identity "
                                                     "numbers and is mapped to")),
             qPrintable(warning->text()));
    QVERIFY(warning->text().contains(ImportFields::label(QStringLiteral("notes"))));

    // Another column in the same field is no reason to warn.
    notes->setCurrentIndex(notes->findText(QStringLiteral("Medlemsnummer")));
    QVERIFY(!warning->isVisible());
    auto* code = wizard.findChild<QComboBox*>(QStringLiteral("mapping_code"));
    code->setCurrentIndex(code->findText(QStringLiteral("Personnummer")));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(ImportFields::label(QStringLiteral("code"))));
    code->setCurrentIndex(0);
    QVERIFY(!warning->isVisible());
    QVERIFY(warning->text().isEmpty());
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
