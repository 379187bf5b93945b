#include "event/event.h"
#include "pdftext.h"
#include "reports/signinsheet.h"

#include <QBuffer>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

// The sign-in sheet read back with pdftotext: an organisation per page, grouped by type, Swedish
// order, the signature column, the header and the page numbers on every page.
class TestSignInSheet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anOrganisationPerPageInOrder();
    void everyPageHasTheHeaderAndItsNumber();
    void peopleInSwedishOrderWithTitles();
    void longOrganisationContinuesWithItsHeadings();
    void noTitleColumnWhenNobodyHasOne();
    void paintsOnAnyPagedDevice();
    void exportedOwnerOnly();
};

namespace {

const EventInfo info{QStringLiteral("Digitala Västerbotten"), QDate(2026, 6, 15),
                     QStringLiteral("Lycksele")};
const QDateTime generated(QDate(2026, 6, 15), QTime(7, 30));

Attendee person(const QString& first, const QString& last, const QString& organisation,
                OrganisationType type, const QString& title = {})
{
    Attendee attendee;
    attendee.firstName = first;
    attendee.lastName = last;
    attendee.organisation = organisation;
    attendee.organisationType = type;
    attendee.title = title;
    return attendee;
}

QList<Attendee> people()
{
    using T = OrganisationType;
    const QString umea = QStringLiteral("Umeå kommun");
    return {person(QStringLiteral("Kim"), QStringLiteral("Ek"), QStringLiteral("Trafikverket"),
                   T::Agency, QStringLiteral("Utredare")),
            person(QStringLiteral("Åsa"), QStringLiteral("Öberg"), umea, T::Municipality),
            person(QStringLiteral("Emil"), QStringLiteral("Ärlig"), umea, T::Municipality,
                   QStringLiteral("Enhetschef")),
            person(QStringLiteral("Olle"), QStringLiteral("Zander"), umea, T::Municipality),
            person(QStringLiteral("Lo"), QStringLiteral("Åman"), QStringLiteral("Åsele kommun"),
                   T::Municipality),
            person(QStringLiteral("Per"), QStringLiteral("Berg"),
                   QStringLiteral("Arjeplogs kommun"), T::Municipality),
            person(QStringLiteral("Anna"), QStringLiteral("Nord"),
                   QStringLiteral("Region Västerbotten"), T::Region),
            person(QStringLiteral("Nils"), QStringLiteral("Utan"), QString(), T::Other)};
}

// The organisation each page is for: the line after the type's label.
QStringList organisationsOf(const QStringList& pages)
{
    const QStringList names{
        QStringLiteral("Arjeplogs kommun"), QStringLiteral("Umeå kommun"),
        QStringLiteral("Åsele kommun"),     QStringLiteral("Region Västerbotten"),
        QStringLiteral("Trafikverket"),     QStringLiteral("(no organisation)")};
    QStringList found;
    for (const QString& page : pages) {
        QStringList onPage;
        for (const QString& name : names) {
            if (page.contains(name))
                onPage.append(name);
        }
        found.append(onPage.join(QLatin1Char('+')));
    }
    return found;
}

} // namespace

void TestSignInSheet::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

void TestSignInSheet::anOrganisationPerPageInOrder()
{
    const QStringList pages = pdfPages(signInSheetPdf(info, people(), generated));
    // Municipalities first (Å after A and U), then the region, agencies, the rest.
    QCOMPARE(organisationsOf(pages),
             (QStringList{QStringLiteral("Arjeplogs kommun"), QStringLiteral("Umeå kommun"),
                          QStringLiteral("Åsele kommun"), QStringLiteral("Region Västerbotten"),
                          QStringLiteral("Trafikverket"), QStringLiteral("(no organisation)")}));
    const QString municipality = organisationTypeLabel(OrganisationType::Municipality);
    QVERIFY(pages[0].contains(municipality));
    QVERIFY(pages[1].contains(municipality));
    QVERIFY(pages[3].contains(organisationTypeLabel(OrganisationType::Region)));
    QVERIFY(pages[4].contains(organisationTypeLabel(OrganisationType::Agency)));
    QVERIFY(pages[1].contains(QStringLiteral("3 registered")));
}

void TestSignInSheet::everyPageHasTheHeaderAndItsNumber()
{
    const QStringList pages = pdfPages(signInSheetPdf(info, people(), generated));
    QCOMPARE(pages.size(), 6);
    QVERIFY(pages[0].contains(QStringLiteral("Sign-in sheet")));
    for (qsizetype page = 0; page < pages.size(); ++page) {
        const QString& text = pages[page];
        QVERIFY2(text.contains(QStringLiteral("Page %1 of 6").arg(page + 1)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Generated at 2026-06-15 07:30")));
        QVERIFY2(text.contains(QStringLiteral("Digitala Västerbotten")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Lycksele")));
        QVERIFY(text.contains(QStringLiteral("2026")));
        QVERIFY(text.contains(QStringLiteral("Name")));
        QVERIFY(text.contains(QStringLiteral("Signature")));
    }
}

void TestSignInSheet::peopleInSwedishOrderWithTitles()
{
    const QStringList pages = pdfPages(signInSheetPdf(info, people(), generated));
    const QString umea = pages.value(1);
    QVERIFY(umea.contains(QStringLiteral("Title")));
    QVERIFY(umea.contains(QStringLiteral("Enhetschef")));
    QVERIFY(umea.indexOf(QStringLiteral("Zander, Olle")) >= 0);
    QVERIFY(umea.indexOf(QStringLiteral("Zander, Olle")) < umea.indexOf(QStringLiteral("Ärlig")));
    QVERIFY(umea.indexOf(QStringLiteral("Ärlig, Emil")) < umea.indexOf(QStringLiteral("Öberg")));
    // Nobody of another organisation on its sheet.
    QVERIFY(!umea.contains(QStringLiteral("Berg, Per")));
    QVERIFY(!umea.contains(QStringLiteral("Åman")));
}

void TestSignInSheet::longOrganisationContinuesWithItsHeadings()
{
    QList<Attendee> many = people();
    for (int i = 0; i < 40; ++i) {
        many.append(person(QStringLiteral("Person"),
                           QStringLiteral("Nummer %1").arg(i, 2, 10, QLatin1Char('0')),
                           QStringLiteral("Skellefteå kommun"), OrganisationType::Municipality));
    }
    const QStringList pages = pdfPages(signInSheetPdf(info, many, generated));
    QCOMPARE(pages.size(), 8);
    // Skellefteå after Arjeplog: pages 2 and 3, the second with its name and columns again.
    QVERIFY(pages[1].contains(QStringLiteral("Skellefteå kommun")));
    QVERIFY(pages[1].contains(QStringLiteral("Nummer 00")));
    QVERIFY(!pages[1].contains(QStringLiteral("Nummer 39")));
    QVERIFY(pages[2].contains(QStringLiteral("Skellefteå kommun (continued)")));
    QVERIFY(pages[2].contains(QStringLiteral("Signature")));
    QVERIFY(pages[2].contains(QStringLiteral("Nummer 39")));
    QVERIFY(pages[3].contains(QStringLiteral("Umeå kommun")));
    for (qsizetype page = 0; page < pages.size(); ++page)
        QVERIFY(pages[page].contains(QStringLiteral("Page %1 of 8").arg(page + 1)));
}

void TestSignInSheet::noTitleColumnWhenNobodyHasOne()
{
    QList<Attendee> untitled = people();
    for (Attendee& attendee : untitled)
        attendee.title.clear();
    const QString text = pdfPages(signInSheetPdf(info, untitled, generated)).join(u'\f');
    QVERIFY(text.contains(QStringLiteral("Signature")));
    QVERIFY(!text.contains(QStringLiteral("Title")));
}

void TestSignInSheet::paintsOnAnyPagedDevice()
{
    // A writer of another resolution, with margins and in landscape: the sheet sets A4 portrait
    // and lays itself out the same.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Landscape,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        paintSignInSheet(writer, info, people(), generated);
    }
    const QStringList pages = pdfPages(buffer.data());
    QCOMPARE(pages.size(), 6);
    QCOMPARE(organisationsOf(pages),
             organisationsOf(pdfPages(signInSheetPdf(info, people(), generated))));
    QVERIFY(pages[5].contains(QStringLiteral("Page 6 of 6")));
}

void TestSignInSheet::exportedOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto event = Event::create(dir.filePath(QStringLiteral("event.entre")), info);
    QVERIFY2(event, qPrintable(event.error().message));
    AttendeeDetails details;
    details.firstName = QStringLiteral("Märta");
    details.lastName = QStringLiteral("Ödmark");
    details.organisation = QStringLiteral("Umeå kommun");
    QVERIFY(event.value()->addWalkIn(details));
    const QString path = dir.filePath(QStringLiteral("sign-in.pdf"));
    auto written = exportSignInSheetPdf(*event.value(), path);
    QVERIFY2(written, qPrintable(written.error().message));
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList pages = pdfPages(file.readAll());
    QCOMPARE(pages.size(), 1);
    QVERIFY(pages[0].contains(QStringLiteral("Ödmark, Märta")));
}

QTEST_MAIN(TestSignInSheet)
#include "tst_signinsheet.moc"
