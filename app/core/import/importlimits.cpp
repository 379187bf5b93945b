#include "importlimits.h"

#include <QCoreApplication>

namespace entre::ImportLimits {
namespace {

// The texts of this file, in the context lupdate files them under.
struct ImportLimitsText {
    Q_DECLARE_TR_FUNCTIONS(entre::ImportLimits)
};

constexpr qint64 mebibyte = 1024 * 1024;

} // namespace

Error overLimit(Limit limit)
{
    switch (limit) {
    case Limit::TextFileBytes:
        return badInput(
            ImportLimitsText::tr("The file is larger than the limit of %L1 MB for a text file.")
                .arg(textFileBytes / mebibyte));
    case Limit::Rows:
        return badInput(
            ImportLimitsText::tr("The file has more rows than the limit of %L1.").arg(rows));
    case Limit::Columns:
        return badInput(
            ImportLimitsText::tr("A row has more columns than the limit of %L1.").arg(columns));
    case Limit::Cells:
        return badInput(
            ImportLimitsText::tr("The file has more cells than the limit of %L1.").arg(cells));
    case Limit::FieldChars:
        return badInput(ImportLimitsText::tr("A cell holds more characters than the limit of %L1.")
                            .arg(fieldChars));
    case Limit::ZipEntries:
        return badInput(ImportLimitsText::tr("The workbook holds more parts than the limit of %L1.")
                            .arg(zipEntries));
    case Limit::ZipEntryBytes:
        return badInput(
            ImportLimitsText::tr("A part of the workbook unpacks to more than the limit of %L1 MB.")
                .arg(zipEntryBytes / mebibyte));
    case Limit::ZipTotalBytes:
        return badInput(
            ImportLimitsText::tr("The workbook unpacks to more than the limit of %L1 MB.")
                .arg(zipTotalBytes / mebibyte));
    case Limit::XmlRunBytes:
        return badInput(ImportLimitsText::tr(
                            "The workbook holds a cell or tag larger than the limit of %L1 MB.")
                            .arg(xmlRunBytes / mebibyte));
    case Limit::XmlAttributes:
        return badInput(
            ImportLimitsText::tr(
                "The workbook holds an element with more attributes than the limit of %L1.")
                .arg(xmlAttributes));
    case Limit::SharedStrings:
        return badInput(
            ImportLimitsText::tr("The workbook has more shared strings than the limit of %L1.")
                .arg(sharedStrings));
    case Limit::SharedStringChars:
        return badInput(
            ImportLimitsText::tr(
                "The workbook's shared strings hold more characters than the limit of %L1.")
                .arg(sharedStringChars));
    case Limit::Sheets:
        return badInput(ImportLimitsText::tr("The workbook has more sheets than the limit of %L1.")
                            .arg(sheets));
    case Limit::CellStyles:
        return badInput(
            ImportLimitsText::tr("The workbook has more cell styles than the limit of %L1.")
                .arg(cellStyles));
    }
    return badInput(QString());
}

} // namespace entre::ImportLimits
