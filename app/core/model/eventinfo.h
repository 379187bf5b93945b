#pragma once

#include <QDate>
#include <QString>

namespace entre {

struct EventInfo {
    QString name;
    QDate date;
    QString venue;
};

} // namespace entre
