#include "badgefixture.h"
#include "badgepreviewdialog.h"
#include "badgeprintrun.h"
#include "badges/badgeactions.h"
#include "badges/badgebatchdialog.h"
#include "badges/badgepreview.h"
#include "badges/badgeprintservice.h"
#include "badges/badgesettings.h"
#include "badges/badgesettingsdialog.h"
#include "badges/badgetemplateeditor.h"
#include "badges/calibrationdialog.h"
#include "badges/customstockdialog.h"
#include "badges/stockcatalog.h"
#include "badges/templatecatalog.h"
#include "checkin/checkinpage.h"
#include "event/attendeelistmodel.h"
#include "event/event.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace entre;

class TestBadgePrinting : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Event> makeEvent()
    {
        const QString path = m_dir.filePath(QStringLiteral("event%1.entre").arg(++m_files));
        if (!test::makeBadgeEvent(path))
            return nullptr;
        auto event = Event::open(path);
        return event ? std::move(event).value() : nullptr;
    }

    static Attendee reload(const Event& event, qint64 id) { return event.attendee(id).value(); }

    // Runs `action`, which is to show a message box, and returns the box's text after closing it.
    static QString messageShownBy(const std::function<void()>& action)
    {
        QString text;
        QTimer::singleShot(0, [&text] {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(top); box && box->isVisible()) {
                    text = box->text();
                    box->reject();
                }
            }
        });
        action();
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EntreTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_badgeprinting"));
    }
    void init() { QSettings().clear(); }

    // The desk checks someone in, the printer is gone: the check-in stays, the failure is
    // reported, nothing is marked printed, and the badge can be printed again.
    void failingPrinterLeavesCheckInDone()
    {
        auto event = makeEvent();
        QVERIFY(event);
        BadgeSettings::setPrintOnCheckIn(true);
        auto* service = BadgePrintService::forEvent(event.get());
        QCOMPARE(BadgePrintService::forEvent(event.get()), service);
        service->setPrinterName(QStringLiteral("entre-no-such-printer"));
        QSignalSpy failed(service, &BadgePrintService::printFailed);
        QSignalSpy printed(service, &BadgePrintService::badgePrinted);

        const Attendee person = event->attendees()->at(5);
        event->setStation(QStringLiteral("d1"));
        auto outcome = event->checkIn(person.id);
        QVERIFY(outcome.ok());
        QElapsedTimer clock;
        clock.start();
        service->onCheckedIn(outcome->attendee);
        // Handed to the worker: the desk is free again at once.
        QVERIFY2(clock.elapsed() < 250, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(printed.count(), 0);
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("entre-no-such-printer")));
        const Attendee after = reload(*event, person.id);
        QVERIFY(after.isCheckedIn());
        QVERIFY(!after.badgePrintedAt.isValid());
        QCOMPARE(service->failed().size(), 1);
        QVERIFY(event->badgeLog()->isEmpty());

        // The printer is back (here: printing to a file): print the failed badge again.
        const QString pdf = m_dir.filePath(QStringLiteral("again.pdf"));
        service->setOutputFile(pdf);
        service->retryFailed();
        QTRY_COMPARE(printed.count(), 1);
        QVERIFY(service->failed().isEmpty());
        QVERIFY(reload(*event, person.id).badgePrintedAt.isValid());
        QCOMPARE(event->badgeLog(person.id)->size(), 1);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void noPrintOnCheckInWhenSwitchedOff()
    {
        auto event = makeEvent();
        QVERIFY(event);
        BadgeSettings::setPrintOnCheckIn(false);
        auto* service = BadgePrintService::forEvent(event.get());
        QSignalSpy started(service, &BadgePrintService::printStarted);
        service->onCheckedIn(event->attendees()->at(0));
        QCOMPARE(started.count(), 0);
        QVERIFY(!service->isBusy());
    }

    // Ctrl+P in the window prints the selected person; a failure shows in the status bar.
    void windowShowsAFailedPrint()
    {
        const QString path = m_dir.filePath(QStringLiteral("window.entre"));
        QVERIFY(test::makeBadgeEvent(path).ok());
        BadgeSettings::setPrinterName(QStringLiteral("entre-no-such-printer"));
        MainWindow window;
        window.show();
        QVERIFY(window.openEvent(path));
        CheckInPage* page = window.checkInPage();
        QVERIFY(page);
        QTRY_VERIFY(page->model()->rowCount() > 0);
        page->attendeeView()->setCurrentIndex(page->model()->index(0, 0));
        const Attendee chosen = page->model()->attendeeAt(0);
        auto* actions = window.findChild<BadgeActions*>(QStringLiteral("badgeActions"));
        QVERIFY(actions);
        QCOMPARE(actions->selectedAttendees().size(), 1);
        QCOMPARE(actions->printSelectedAction()->shortcut(), QKeySequence(QKeySequence::Print));
        // Ctrl+P from the search field, where the desk's focus lives.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(page->searchField(), Qt::Key_P, Qt::ControlModifier);
        auto* failure = window.findChild<QLabel*>(QStringLiteral("badgeFailure"));
        QVERIFY(failure);
        QTRY_VERIFY(failure->isVisible());
        QVERIFY(failure->text().contains(chosen.fullName()));
    }

    // Print on check-in in the real window: the tick at the desk stays, the page and the status
    // bar say the badge failed, and the menu offers to print it again.
    void windowCheckInWithFailingPrinter()
    {
        const QString path = m_dir.filePath(QStringLiteral("desk.entre"));
        QVERIFY(test::makeBadgeEvent(path).ok());
        BadgeSettings::setPrintOnCheckIn(true);
        BadgeSettings::setPrinterName(QStringLiteral("entre-no-such-printer"));
        MainWindow window;
        window.show();
        QVERIFY(window.openEvent(path));
        CheckInPage* page = window.checkInPage();
        const Attendee person = window.event()->attendees()->at(7);
        page->checkInAttendee(person.id);
        auto* failure = window.findChild<QLabel*>(QStringLiteral("badgeFailure"));
        QTRY_VERIFY(failure->isVisible());
        QVERIFY(failure->text().contains(person.fullName()));
        const Attendee after = reload(*window.event(), person.id);
        QVERIFY(after.isCheckedIn());
        QVERIFY(!after.badgePrintedAt.isValid());
        auto* again = window.findChild<QAction*>(QStringLiteral("reprintFailed"));
        QVERIFY(again);
        QVERIFY(again->isEnabled());
        QCOMPARE(BadgePrintService::forEvent(window.event())->failed().size(), 1);
    }

    void batchSavesPdfAndCancels()
    {
        auto event = makeEvent();
        QVERIFY(event);
        const QList<Attendee> all = event->attendees().value();
        BadgeBatchDialog dialog(event.get(), {all[3].id, all[1].id});
        auto* who = dialog.findChild<QComboBox*>(QStringLiteral("who"));
        auto* organisation = dialog.findChild<QComboBox*>(QStringLiteral("organisation"));
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("summary"));
        QVERIFY(who && organisation && summary);
        // Opened with a selection, the selection is what gets printed, in Swedish order.
        QCOMPARE(dialog.chosenPeople().size(), 2);
        QCOMPARE(dialog.chosenPeople().first().id, all[1].id);

        who->setCurrentIndex(who->findData(int(BadgeSelection::Who::Organisation)));
        organisation->setCurrentIndex(organisation->findText(QStringLiteral("Umeå kommun")));
        const QList<Attendee> umea = dialog.chosenPeople();
        QVERIFY(!umea.isEmpty());
        for (const Attendee& a : umea)
            QCOMPARE(a.organisation, QStringLiteral("Umeå kommun"));
        QVERIFY(summary->text().contains(QString::number(umea.size())));

        who->setCurrentIndex(who->findData(int(BadgeSelection::Who::Everyone)));
        const QString pdf = m_dir.filePath(QStringLiteral("batch.pdf"));
        QCOMPARE(dialog.saveTo(pdf), int(all.size()));
        QVERIFY(QFile::exists(pdf));

        // Cancel while it runs: no file, no message box, a quiet note.
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancel"));
        QTimer::singleShot(0, cancel, &QPushButton::click);
        QCOMPARE(dialog.saveTo(cancelled), -1);
        QVERIFY(!QFile::exists(cancelled));
        QVERIFY(summary->text().contains(QLatin1String("Cancelled")));

        // Closing the dialog (Esc) while it runs cancels the run and keeps the dialog.
        dialog.show();
        QTimer::singleShot(0, &dialog, &QDialog::reject);
        QCOMPARE(dialog.saveTo(cancelled), -1);
        QVERIFY(!QFile::exists(cancelled));
        QVERIFY(dialog.isVisible());
    }

    // Printing a batch (here to a file, as the print dialog's "print to file" does) records
    // every badge, so "not printed yet" is empty afterwards.
    void batchPrintRecordsBadges()
    {
        auto event = makeEvent();
        QVERIFY(event);
        BadgeBatchDialog dialog(event.get(), {});
        auto* who = dialog.findChild<QComboBox*>(QStringLiteral("who"));
        who->setCurrentIndex(who->findData(int(BadgeSelection::Who::NotPrinted)));
        const int all = int(dialog.chosenPeople().size());
        QCOMPARE(all, 148);
        const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
        QCOMPARE(dialog.printOn(PrintTarget::pdf(pdf)), all);
        QVERIFY(QFile::exists(pdf));
        QVERIFY(dialog.chosenPeople().isEmpty());
        auto log = event->badgeLog();
        QCOMPARE(log->size(), all);
        QCOMPARE(log->first().target, pdf);
    }

    void previewShowsEveryPage()
    {
        auto event = makeEvent();
        QVERIFY(event);
        const QList<Attendee> people = event->attendees().value().mid(0, 25);
        BadgeRequest request = BadgeSettings::request();
        request.startPosition = 6;
        auto run = BadgePrintRun::prepare(*event, people, request, PrintTarget::pdf({}));
        QVERIFY2(run.ok(), qPrintable(run.error().message));
        int pages = -1;
        QTimer::singleShot(0, this, [&pages] {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (top->objectName() != QLatin1String("badgePreviewDialog"))
                    continue;
                if (auto* view = top->findChild<QPrintPreviewWidget*>()) {
                    view->updatePreview();
                    pages = view->pageCount();
                }
                static_cast<QDialog*>(top)->reject();
            }
        });
        showBadgePreview(nullptr, run.value(), QStringLiteral("entre-no-such-printer"));
        // 25 badges from label 6 of 10: 5 + 10 + 10 = three sheets.
        QCOMPARE(pages, 3);
    }

    // A stock or template the settings name that no longer exists is an error the user sees,
    // never a quiet fallback to the default: in the batch dialog, in the preview and for a
    // badge printed at the desk. Nothing is printed or recorded.
    void unknownStockOrTemplateIsAClearError()
    {
        auto event = makeEvent();
        QVERIFY(event);
        const QList<Attendee> people = event->attendees().value().mid(0, 3);
        const QString goneTemplate = QStringLiteral("There is no badge template \"Gone\".");
        BadgeSettings::setTemplateName(QStringLiteral("Gone"));
        BadgeBatchDialog dialog(event.get(), {});
        auto* chosen = dialog.findChild<QLabel*>(QStringLiteral("stockAndTemplate"));
        QVERIFY(chosen);
        QCOMPARE(chosen->text(), goneTemplate);
        const QString pdf = m_dir.filePath(QStringLiteral("gone.pdf"));
        int saved = 0;
        QCOMPARE(messageShownBy([&] { saved = dialog.saveTo(pdf); }), goneTemplate);
        QCOMPARE(saved, -1);
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(messageShownBy([&] { previewBadges(nullptr, *event, people); }), goneTemplate);

        BadgeSettings::setTemplateName(TemplateCatalog::defaultTemplateName());
        BadgeSettings::setStockId(QStringLiteral("gone-stock"));
        auto* service = BadgePrintService::forEvent(event.get());
        service->setOutputFile(pdf);
        QSignalSpy failed(service, &BadgePrintService::printFailed);
        service->printBadge(people.first());
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(failed.first().at(1).toString().startsWith(
                     QLatin1String("There is no badge stock \"gone-stock\".")),
                 qPrintable(failed.first().at(1).toString()));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(event->badgeLog()->isEmpty());
        QCOMPARE(service->failed().size(), 1);
    }

    // A batch for a printer that is not there says so and records nothing.
    void batchToAMissingPrinterSaysSo()
    {
        auto event = makeEvent();
        QVERIFY(event);
        BadgeBatchDialog dialog(event.get(), {});
        int printed = 0;
        QCOMPARE(messageShownBy(
                     [&] { printed = dialog.printTo(QStringLiteral("entre-no-such-printer")); }),
                 QStringLiteral("There is no printer queue \"entre-no-such-printer\"."));
        QCOMPARE(printed, -1);
        QVERIFY(event->badgeLog()->isEmpty());
    }

    void settingsAreRemembered()
    {
        auto event = makeEvent();
        QVERIFY(event);
        BadgeSettingsDialog dialog(event.get());
        auto* stock = dialog.findChild<QComboBox*>(QStringLiteral("stock"));
        auto* badgeTemplate = dialog.findChild<QComboBox*>(QStringLiteral("template"));
        QVERIFY(stock && badgeTemplate);
        QCOMPARE(stock->currentData().toString(), StockCatalog::defaultStockId());
        stock->setCurrentIndex(stock->findData(QStringLiteral("dymo-99014")));
        badgeTemplate->setCurrentIndex(badgeTemplate->findData(QStringLiteral("Centred")));
        dialog.findChild<QWidget*>(QStringLiteral("printOnCheckIn"))->setProperty("checked", true);
        dialog.accept();
        QCOMPARE(BadgeSettings::stockId(), QStringLiteral("dymo-99014"));
        QCOMPARE(BadgeSettings::templateName(), QStringLiteral("Centred"));
        QVERIFY(BadgeSettings::printOnCheckIn());
        auto job = chooseBadgeJob(*event, BadgeSettings::request(), BadgeSettings::printer());
        QVERIFY(job.ok());
        QCOMPARE(job->stock.id, QStringLiteral("dymo-99014"));
        QCOMPARE(job->badgeTemplate.nameStyle, BadgeTemplate::NameStyle::FullName);
    }

    // Editing a template from the settings saves it in the event file as the event's own.
    void editedTemplateIsKeptInTheEvent()
    {
        auto event = makeEvent();
        QVERIFY(event);
        BadgeSettingsDialog dialog(event.get());
        QTimer::singleShot(0, this, [] {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (auto* editor = qobject_cast<BadgeTemplateEditor*>(top)) {
                    editor->findChild<QLineEdit*>(QStringLiteral("templateName"))
                        ->setText(QStringLiteral("Kick-off"));
                    editor->accept();
                }
            }
        });
        dialog.findChild<QPushButton*>(QStringLiteral("editTemplate"))->click();
        auto own = event->badgeTemplates();
        QVERIFY(own.ok());
        QCOMPARE(own->size(), 1);
        QCOMPARE(own->first().name, QStringLiteral("Kick-off"));
        auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("template"));
        QCOMPARE(choice->currentData().toString(), QStringLiteral("Kick-off"));
        dialog.accept();
        QCOMPARE(chooseBadgeJob(*event, BadgeSettings::request(), BadgeSettings::printer())
                     ->badgeTemplate.name,
                 QStringLiteral("Kick-off"));
    }

    void templateEditorEditsTheTemplate()
    {
        const BadgeTemplate start = TemplateCatalog::builtIn().first();
        BadgeTemplateEditor editor(start, StockCatalog::builtIn().first(), QStringLiteral("X"));
        editor.findChild<QLineEdit*>(QStringLiteral("templateName"))
            ->setText(QStringLiteral("Kick-off"));
        const QList<QDoubleSpinBox*> sizes = editor.findChildren<QDoubleSpinBox*>();
        QVERIFY(!sizes.isEmpty());
        sizes.first()->setValue(14);
        QCOMPARE(editor.badgeTemplate().name, QStringLiteral("Kick-off"));
        QCOMPARE(editor.badgeTemplate().firstNameSize, 14.0);
        QVERIFY(BadgeTemplate::fromJson(editor.badgeTemplate().toJson()).ok());
    }

    void ownStockIsCheckedAndKept()
    {
        CustomStockDialog dialog(StockCatalog::find(QStringLiteral("avery-l4785")).value());
        auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problem"));
        auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QVERIFY(problem && save);
        QVERIFY(save->isEnabled());
        QVERIFY(problem->text().isEmpty());
        // A third column would run off the A4 page.
        auto spins = dialog.findChildren<QSpinBox*>();
        QCOMPARE(spins.size(), 2);
        spins[0]->setValue(3);
        QVERIFY(!save->isEnabled());
        QVERIFY(!problem->text().isEmpty());
        spins[0]->setValue(2);
        spins[1]->setValue(4);
        QVERIFY(save->isEnabled());
        dialog.accept();
        auto own = StockCatalog::find(StockCatalog::customStockId());
        QVERIFY(own.ok());
        QCOMPARE(own->labelsPerPage(), 8);
        QCOMPARE(own->labelSize, QSizeF(80, 50));
    }

    void calibrationIsPerPrinter()
    {
        CalibrationDialog dialog;
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("offsetX"))->setValue(1.5);
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("offsetY"))->setValue(-0.5);
        dialog.accept();
        QCOMPARE(BadgeSettings::offsetFor(QString()), QPointF(1.5, -0.5));
        QCOMPARE(BadgeSettings::offsetFor(QStringLiteral("Other/queue")), QPointF());
        BadgeSettings::setOffsetFor(QStringLiteral("Other/queue"), QPointF(0, 2));
        QCOMPARE(BadgeSettings::offsetFor(QStringLiteral("Other/queue")), QPointF(0, 2));
        CalibrationDialog again;
        QCOMPARE(again.findChild<QDoubleSpinBox*>(QStringLiteral("offsetX"))->value(), 1.5);
    }
};

QTEST_MAIN(TestBadgePrinting)
#include "tst_badgeprinting.moc"
