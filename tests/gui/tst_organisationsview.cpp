// The Organisations view offscreen: counts, rename, retype and merge, remembered on re-import.
#include "event/event.h"
#include "organisations/organisationsdialog.h"
#include "organisations/organisationtablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

class TestOrganisationsView : public QObject {
    Q_OBJECT

private:
    static QString sample()
    {
        return QDir(qEnvironmentVariable("ENTRE_TEST_DATA"))
            .filePath(QStringLiteral("samples/digitala-vasterbotten-2016.csv"));
    }
    static const Organisation* find(const OrganisationTableModel& model, const QString& name)
    {
        for (const Organisation& org : model.organisations()) {
            if (org.name == name)
                return &org;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Event> m_event;
    std::unique_ptr<OrganisationsDialog> m_dialog;

private Q_SLOTS:
    void init();
    void cleanup();
    void listsOrganisationsWithCounts();
    void renames();
    void refusesARenameOntoAnotherName();
    void retypes();
    void mergesAndRemembersTheAlias();
    void filtersAndSorts();
};

void TestOrganisationsView::init()
{
    static int count = 0;
    auto event = Event::create(m_dir.filePath(QStringLiteral("event%1.entre").arg(++count)),
                               {QStringLiteral("Test"), QDate(2016, 6, 15), {}});
    QVERIFY2(event.ok(), qPrintable(event.error().message));
    m_event = std::move(event).value();
    auto imported = m_event->import(sample());
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    m_dialog = std::make_unique<OrganisationsDialog>(m_event.get());
    m_dialog->show();
}

void TestOrganisationsView::cleanup()
{
    m_dialog.reset();
    m_event.reset();
}

void TestOrganisationsView::listsOrganisationsWithCounts()
{
    OrganisationTableModel* model = m_dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Organisation* umea = find(*model, QStringLiteral("Umeå kommun"));
    QVERIFY(umea);
    QCOMPARE(umea->registered, 12);
    QCOMPARE(umea->type, OrganisationType::Municipality);
    QCOMPARE(umea->registerCode, QStringLiteral("2480"));
    const int row = model->rowOf(umea->id);
    QCOMPARE(model->index(row, OrganisationTableModel::RegisteredColumn).data().toInt(), 12);
    QCOMPARE(model->index(row, OrganisationTableModel::TypeColumn).data().toString(),
             organisationTypeLabel(OrganisationType::Municipality));
    // One row per organisation, however it was spelt in the list.
    QVERIFY(!find(*model, QStringLiteral("Umea kommun")));
    QVERIFY(!find(*model, QStringLiteral("Umeå")));
    QVERIFY(find(*model, QStringLiteral("Umeå universitet")));
}

void TestOrganisationsView::renames()
{
    QSignalSpy changed(m_event.get(), &Event::attendeesChanged);
    QVERIFY(m_dialog->select(QStringLiteral("Hotell Lappland")));
    auto* name = m_dialog->findChild<QLineEdit*>(QStringLiteral("renameEdit"));
    QCOMPARE(name->text(), QStringLiteral("Hotell Lappland"));
    name->setText(QStringLiteral("Hotell Lappland, Lycksele"));
    m_dialog->findChild<QPushButton*>(QStringLiteral("renameButton"))->click();
    QVERIFY(find(*m_dialog->model(), QStringLiteral("Hotell Lappland, Lycksele")));
    QVERIFY(!find(*m_dialog->model(), QStringLiteral("Hotell Lappland")));
    QCOMPARE(find(*m_dialog->model(), QStringLiteral("Hotell Lappland, Lycksele"))->registered, 4);
    QCOMPARE(changed.count(), 1);

    // The old name is remembered: importing the list again puts them in the renamed one.
    auto again = m_event->import(sample());
    QVERIFY(again.ok());
    QCOMPARE(again->added, 0);
    QCOMPARE(again->updated, 0);
}

void TestOrganisationsView::refusesARenameOntoAnotherName()
{
    QVERIFY(m_dialog->select(QStringLiteral("Hotell Lappland")));
    m_dialog->findChild<QLineEdit*>(QStringLiteral("renameEdit"))
        ->setText(QStringLiteral("Umeå kommun"));
    m_dialog->findChild<QPushButton*>(QStringLiteral("renameButton"))->click();
    QVERIFY(!m_dialog->findChild<QLabel*>(QStringLiteral("organisationMessage"))->text().isEmpty());
    QVERIFY(find(*m_dialog->model(), QStringLiteral("Hotell Lappland")));
}

void TestOrganisationsView::retypes()
{
    QVERIFY(m_dialog->select(QStringLiteral("Umeå universitet")));
    auto* type = m_dialog->findChild<QComboBox*>(QStringLiteral("typeCombo"));
    QCOMPARE(type->currentData().toString(), QStringLiteral("other"));
    const int agency = type->findData(organisationTypeKey(OrganisationType::Agency));
    type->setCurrentIndex(agency);
    Q_EMIT type->activated(agency);
    QCOMPARE(find(*m_dialog->model(), QStringLiteral("Umeå universitet"))->type,
             OrganisationType::Agency);
}

void TestOrganisationsView::mergesAndRemembersTheAlias()
{
    OrganisationTableModel* model = m_dialog->model();
    const int before = find(*model, QStringLiteral("Skellefteå kommun"))->registered;
    const int moving = find(*model, QStringLiteral("Skellefteå Kraft AB"))->registered;
    QVERIFY(m_dialog->select(QStringLiteral("Skellefteå Kraft AB")));
    auto* target = m_dialog->findChild<QComboBox*>(QStringLiteral("mergeTarget"));
    QCOMPARE(target->findText(QStringLiteral("Skellefteå Kraft AB")), -1);
    target->setCurrentIndex(target->findText(QStringLiteral("Skellefteå kommun")));
    m_dialog->findChild<QPushButton*>(QStringLiteral("mergeButton"))->click();
    QVERIFY(!find(*model, QStringLiteral("Skellefteå Kraft AB")));
    QCOMPARE(find(*model, QStringLiteral("Skellefteå kommun"))->registered, before + moving);

    auto again = m_event->import(sample());
    QVERIFY(again.ok());
    QCOMPARE(again->updated, 0);
    m_dialog->model()->reload();
    QVERIFY(!find(*model, QStringLiteral("Skellefteå Kraft AB")));
}

void TestOrganisationsView::filtersAndSorts()
{
    auto* table = m_dialog->findChild<QTableView*>(QStringLiteral("organisationTable"));
    auto* filter = m_dialog->findChild<QLineEdit*>(QStringLiteral("organisationFilter"));
    const int all = table->model()->rowCount();
    QTest::keyClicks(filter, QStringLiteral("UMEA"));
    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown.append(
            table->model()->index(row, OrganisationTableModel::NameColumn).data().toString());
    QCOMPARE(shown,
             (QStringList{QStringLiteral("Umeå kommun"), QStringLiteral("Umeå universitet")}));

    // Acting on a filtered row acts on that organisation.
    QVERIFY(m_dialog->select(QStringLiteral("Umeå universitet")));
    QCOMPARE(m_dialog->findChild<QLineEdit*>(QStringLiteral("renameEdit"))->text(),
             QStringLiteral("Umeå universitet"));

    filter->clear();
    QCOMPARE(table->model()->rowCount(), all);
    table->sortByColumn(OrganisationTableModel::RegisteredColumn, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, OrganisationTableModel::NameColumn).data().toString(),
             QStringLiteral("Lycksele kommun"));
}

QTEST_MAIN(TestOrganisationsView)
#include "tst_organisationsview.moc"
