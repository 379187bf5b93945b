#pragma once

#include "badges/badgejob.h"
#include "model/attendee.h"
#include "util/result.h"

#include <QList>
#include <QPointF>
#include <QSqlDatabase>
#include <QString>

// The desk's badge choices, kept in the application settings: stock, template, printer, whether
// a check-in prints a badge, and each printer's calibration offset.
class BadgeSettings {
public:
    static QString stockId();
    static void setStockId(const QString& id);
    static QString templateName();
    static void setTemplateName(const QString& name);
    // Empty: the system's default printer.
    static QString printerName();
    static void setPrinterName(const QString& name);
    static bool printOnCheckIn();
    static void setPrintOnCheckIn(bool on);

    static QPointF offsetFor(const QString& printerName);
    static void setOffsetFor(const QString& printerName, QPointF offsetMm);

    // The stock and template chosen (the event's own templates included) with the printer's
    // offset: everything a print run needs besides the people.
    static entre::Result<entre::BadgeJob> job(const QSqlDatabase& db, const QString& printerName);
    static QList<entre::BadgeContent> contents(const QList<entre::Attendee>& people,
                                               const QString& eventName);
};
