#include "desksettings.h"

#include "event/event.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSettings>

#include <algorithm>
#include <array>

namespace {

const QString stationKey = QStringLiteral("desk/station");
const QString pinSaltKey = QStringLiteral("desk/lockPinSalt");
const QString pinHashKey = QStringLiteral("desk/lockPinHash");
const QString idleLockKey = QStringLiteral("desk/idleLockSeconds");

QByteArray pinHash(const QByteArray& salt, const QString& pin)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(pin.toUtf8());
    return hash.result();
}

// Compares every byte, so that the time taken does not tell how much of a guess was right.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference = char(difference | (a.at(i) ^ b.at(i)));
    return difference == 0;
}

} // namespace

DeskSettings* DeskSettings::instance()
{
    // Owned by the application, so it outlives every page that listens to it.
    static DeskSettings* settings = new DeskSettings(QCoreApplication::instance());
    return settings;
}

QString DeskSettings::stationName()
{
    const QString name = QSettings().value(stationKey).toString().trimmed();
    return name.isEmpty() ? entre::Event::defaultStation() : name;
}

void DeskSettings::setStationName(const QString& name)
{
    QSettings().setValue(stationKey, name.trimmed());
    Q_EMIT stationNameChanged(stationName());
}

bool DeskSettings::hasLockPin()
{
    return !QSettings().value(pinHashKey).toByteArray().isEmpty();
}

bool DeskSettings::checkLockPin(const QString& pin)
{
    QSettings settings;
    const QByteArray stored = QByteArray::fromBase64(settings.value(pinHashKey).toByteArray());
    if (stored.isEmpty())
        return true;
    const QByteArray salt = QByteArray::fromBase64(settings.value(pinSaltKey).toByteArray());
    return sameBytes(pinHash(salt, pin), stored);
}

void DeskSettings::setLockPin(const QString& pin)
{
    QSettings settings;
    if (pin.isEmpty()) {
        settings.remove(pinHashKey);
        settings.remove(pinSaltKey);
        return;
    }
    std::array<quint32, 4> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray salt(reinterpret_cast<const char*>(random.data()),
                          qsizetype(random.size() * sizeof(quint32)));
    settings.setValue(pinSaltKey, salt.toBase64());
    settings.setValue(pinHashKey, pinHash(salt, pin).toBase64());
}

int DeskSettings::idleLockSeconds()
{
    return std::max(0, QSettings().value(idleLockKey, 0).toInt());
}

void DeskSettings::setIdleLockSeconds(int seconds)
{
    QSettings().setValue(idleLockKey, std::max(0, seconds));
    Q_EMIT idleLockChanged(idleLockSeconds());
}
