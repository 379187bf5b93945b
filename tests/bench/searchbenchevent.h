#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace entre::bench {

// A large fictional event for the search benchmark: Swedish names (some hyphenated), the
// county's organisations, e-mails and codes, and some already checked in.
Result<void> createSearchBenchEvent(const QString& path, int people);
// What desk staff type: names, name + organisation, surnames, codes; each typed key by key.
QStringList typedQueries(int count);

} // namespace entre::bench
