// Builds an event file from a registration CSV for the badge end-to-end tests and the
// benchmark: make-badge-event OUT.entre [CSV]. Without CSV, the sample list is used.
#include "badgefixture.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: make-badge-event OUT.entre [CSV]\n";
        return 2;
    }
    QList<entre::AttendeeDetails> people;
    if (args.size() > 2) {
        people = entre::test::readRegistrations(args.at(2));
        if (people.isEmpty()) {
            err << "no people in " << args.at(2) << '\n';
            return 2;
        }
    }
    auto store = entre::test::makeBadgeEvent(args.at(1), people);
    if (!store) {
        err << store.error().message << '\n';
        return 1;
    }
    return 0;
}
