// Reading hostile registration lists: each case is read (or refused at a limit) and timed, to
// show that time grows linearly and memory stays bounded. Prints a table; fails nothing.
// Run with `ninja bench-import`.
#include "import/importlimits.h"
#include "import/registrationtable.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <quazip.h>
#include <quazipfile.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace entre;

namespace {

void writeFile(const QString& path, const std::function<void(QFile&)>& fill)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    fill(file);
}

// A workbook whose shared strings unpack to `bytes` of `element`, written in chunks.
void writeSharedStringBomb(const QString& path, qint64 bytes,
                           const QByteArray& element = "<si><t>Hägglund</t></si>")
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create %s", qPrintable(path));
    auto add = [&](const QString& name, const std::function<void(QuaZipFile&)>& fill) {
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, 9);
        fill(file);
        file.close();
    };
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    add(QStringLiteral("xl/workbook.xml"), [&](QuaZipFile& f) {
        f.write("<workbook " + ns +
                "><sheets><sheet name=\"A\" sheetId=\"1\"/></sheets></workbook>");
    });
    add(QStringLiteral("xl/worksheets/sheet1.xml"),
        [&](QuaZipFile& f) { f.write("<worksheet " + ns + "><sheetData/></worksheet>"); });
    add(QStringLiteral("xl/sharedStrings.xml"), [&](QuaZipFile& f) {
        f.write("<sst " + ns + ">");
        const QByteArray chunk = element.repeated(std::max<qsizetype>(1, 1000000 / element.size()));
        for (qint64 written = 0; written < bytes; written += chunk.size())
            f.write(chunk);
        f.write("</sst>");
    });
    zip.close();
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// The machine may be shared: CPU time says more than the clock.
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

void measure(const char* name, const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuBefore = cpuMs();
    auto table = RegistrationTable::read(path);
    const qint64 ms = timer.elapsed();
    const qint64 cpu = cpuMs() - cpuBefore;
    const QString outcome = table ? QStringLiteral("read: %1 rows, %2 columns")
                                        .arg(table->rows.size())
                                        .arg(table->headers.size())
                                  : QStringLiteral("refused: ") + table.error().message;
    std::printf("%-38s %7.1f MB %7lld ms %7lld ms %6ld MB  %s\n", name,
                double(QFileInfo(path).size()) / 1e6, ms, cpu, peakRssMb(), qPrintable(outcome));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto at = [&](const char* name) { return dir.filePath(QLatin1String(name)); };
    const QByteArray row = "Åsa;Hägglund;asa.hagglund@umea.example.se;Umeå kommun;Utvecklare;"
                           "Glutenfri;1001;070-1234567\n";
    const QByteArray header = "Förnamn;Efternamn;E-post;Organisation;Befattning;Specialkost;"
                              "Biljett;Telefon\n";

    writeFile(at("columns-16384.csv"), [&](QFile& f) {
        for (int i = 1; i <= ImportLimits::columns; ++i)
            f.write((i > 1 ? ";Kolumn " : "Kolumn ") + QByteArray::number(i));
        f.write("\nÅsa\n");
    });
    writeFile(at("columns-50000.csv"), [&](QFile& f) {
        for (int i = 1; i <= 50000; ++i)
            f.write((i > 1 ? ";Kolumn " : "Kolumn ") + QByteArray::number(i));
        f.write("\nÅsa\n");
    });
    writeFile(at("repeats-16384.csv"),
              [&](QFile& f) { f.write("Namn" + QByteArray(";Namn").repeated(16383) + "\nÅsa\n"); });
    writeFile(at("repeats-50000.csv"),
              [&](QFile& f) { f.write("Namn" + QByteArray(";Namn").repeated(49999) + "\nÅsa\n"); });
    writeFile(at("field-1mb.csv"),
              [&](QFile& f) { f.write("Namn;Övrigt\nÅsa;" + QByteArray(999999, 'x') + "\n"); });
    writeFile(at("field-10mb.csv"), [&](QFile& f) {
        f.write("Namn;Övrigt\nÅsa;\"" + QByteArray(10 * 1000 * 1000, 'x') + "\"\n");
    });
    writeFile(at("quotes-100000.csv"),
              [&](QFile& f) { f.write("Namn;Övrigt\nÅsa;" + QByteArray(100000, '"') + "\n"); });
    writeFile(at("unquoted-quotes-100000.csv"),
              [&](QFile& f) { f.write("Namn;Övrigt\nÅsa;x" + QByteArray(100000, '"') + "\n"); });
    writeFile(at("rows-1000000.csv"), [&](QFile& f) {
        f.write(header);
        const QByteArray block = row.repeated(10000);
        for (int i = 0; i < 100; ++i)
            f.write(block);
    });
    writeFile(at("cells-40000001.csv"), [&](QFile& f) {
        const QByteArray line = "a" + QByteArray(";a").repeated(15999) + "\n";
        for (int i = 0; i <= 2500; ++i)
            f.write(line);
    });
    writeSharedStringBomb(at("shared-strings-1.5gb.xlsx"), 1500LL * 1000 * 1000);
    QByteArray attributes = "<si";
    for (int i = 0; i < 1000000; ++i)
        attributes += " a" + QByteArray::number(i) + "=\"\"";
    writeSharedStringBomb(at("attributes-1000000.xlsx"), 1, attributes + "/>");
    QByteArray many = "<si";
    for (int i = 0; i < ImportLimits::xmlAttributes; ++i)
        many += " a" + QByteArray::number(i) + "=\"\"";
    writeSharedStringBomb(at("attributes-at-limit-100mb.xlsx"), 100 * 1000 * 1000, many + "/>");

    std::printf("%-38s %10s %10s %10s %9s\n", "case", "file", "wall", "cpu", "peak RSS");
    measure("50,000 header columns", at("columns-50000.csv"));
    measure("16,384 header columns (the limit)", at("columns-16384.csv"));
    measure("50,000 repeats of one header", at("repeats-50000.csv"));
    measure("16,384 repeats of one header", at("repeats-16384.csv"));
    measure("10 MB field", at("field-10mb.csv"));
    measure("1 MB field (the limit)", at("field-1mb.csv"));
    measure("line of 100,000 quotes", at("quotes-100000.csv"));
    measure("100,000 quotes in an unquoted field", at("unquoted-quotes-100000.csv"));
    const QDir limits(QStringLiteral(ENTRE_TEST_DATA "/import/limits"));
    measure("one cell at XFD1048576 (.xlsx)",
            limits.filePath(QStringLiteral("xlsx-last-cell.xlsx")));
    measure("8 x text:s text:c=2e9 (.ods)", limits.filePath(QStringLiteral("ods-spaces.ods")));
    measure("10,000,001 shared strings (.xlsx)",
            limits.filePath(QStringLiteral("xlsx-shared-strings.xlsx")));
    measure("shared strings inflating to 1.5 GB", at("shared-strings-1.5gb.xlsx"));
    measure("an element with 1,000,000 attributes", at("attributes-1000000.xlsx"));
    measure("100 MB of elements with 128 attributes", at("attributes-at-limit-100mb.xlsx"));
    measure("1,000,000 rows", at("rows-1000000.csv"));
    // Last: peak RSS only grows, and this is the most memory any text file can take.
    measure("40,000,001 one-letter cells", at("cells-40000001.csv"));
    return 0;
}
