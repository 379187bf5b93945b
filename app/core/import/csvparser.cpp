#include "csvparser.h"

#include <QHash>

namespace entre::CsvParser {

QList<TextRecord> parse(QStringView text, QChar delimiter)
{
    QList<TextRecord> records;
    TextRecord record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    record.line = 1;
    const qsizetype size = text.size();

    auto endField = [&] {
        record.cells.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        records.append(std::move(record));
        record = TextRecord{};
        record.line = nextLine;
    };

    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < size && text[i + 1] == u'\n')))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            ++line;
            endRecord(line);
        } else if (fieldWasQuoted && c.isSpace()) {
            // White space between a closing quote and the delimiter is not part of the field.
        } else if (c == u'"' && field.trimmed().isEmpty() && !fieldWasQuoted) {
            field.clear();
            inQuotes = true;
            fieldWasQuoted = true;
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !record.cells.isEmpty() || fieldWasQuoted)
        endRecord(line);
    return records;
}

QChar detectDelimiter(QStringView text)
{
    // A sample is enough, cut at a line end so that the last record is whole.
    QStringView sample = text.first(std::min<qsizetype>(text.size(), 64 * 1024));
    if (sample.size() < text.size()) {
        const qsizetype end = sample.lastIndexOf(u'\n');
        if (end > 0)
            sample = sample.first(end);
    }
    QChar best;
    int bestFrequency = 0;
    qsizetype bestWidth = 0;
    for (const QChar candidate : {QChar(u';'), QChar(u'\t'), QChar(u','), QChar(u'|')}) {
        if (!sample.contains(candidate))
            continue;
        QHash<qsizetype, int> widths;
        int counted = 0;
        for (const TextRecord& record : parse(sample, candidate)) {
            if (record.cells.size() == 1 && record.cells.first().isEmpty())
                continue;
            ++widths[record.cells.size()];
            if (++counted == 50)
                break;
        }
        for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
            if (it.key() < 2)
                continue;
            if (it.value() > bestFrequency ||
                (it.value() == bestFrequency && it.key() > bestWidth)) {
                best = candidate;
                bestFrequency = it.value();
                bestWidth = it.key();
            }
        }
    }
    return best;
}

} // namespace entre::CsvParser
