#pragma once

#include <QString>

namespace entre {

// One line of a grouped report (the attendance list, the no-show list), from the top down.
struct ReportLine {
    enum class Kind {
        Type,         // a type of organisation, with its people's counts
        Organisation, // an organisation, with its counts
        Person,       // "Last, First" and a detail such as the check-in time
        Subtotal,     // the counts of a type
        Total,        // the counts of the whole event
    };
    Kind kind = Kind::Person;
    QString text;
    QString detail; // right-aligned: counts or the check-in time
};

} // namespace entre
