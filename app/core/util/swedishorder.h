#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace entre {

// Swedish alphabetical order (… X Y Z Å Ä Ö). The sort key is a byte string whose plain
// byte order is that order, so SQLite can index it and sort with memcmp.
QByteArray swedishSortKey(QStringView text);
// A person sorts by last name, then first name.
QByteArray personSortKey(QStringView firstName, QStringView lastName);
bool swedishLess(QStringView a, QStringView b);

} // namespace entre
