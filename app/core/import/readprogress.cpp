#include "readprogress.h"

#include <QCoreApplication>

namespace entre {

Error readingCancelled()
{
    return refused(
        QCoreApplication::translate("entre::RegistrationTable", "Reading the list was cancelled."));
}

} // namespace entre
