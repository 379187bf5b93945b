#include "deskaddress.h"

#include <QCoreApplication>
#include <QUrl>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct DeskAddressText {
    Q_DECLARE_TR_FUNCTIONS(entre::DeskAddress)
};

} // namespace

Result<DeskAddress> DeskAddress::parse(const QString& url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    const QString database = parsed.path().mid(1);
    if (!parsed.isValid() ||
        (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) ||
        parsed.host().isEmpty() || database.isEmpty() || database.contains(QLatin1Char('/')) ||
        parsed.hasQuery() || parsed.hasFragment()) {
        return badInput(DeskAddressText::tr("\"%1\" is not a server address. Write it as "
                                            "postgresql://USER@HOST:PORT/DATABASE, e.g. "
                                            "postgresql://entre@192.168.1.10:5432/entre.")
                            .arg(url));
    }
    DeskAddress address;
    address.user = parsed.userName();
    address.password = parsed.password();
    address.host = parsed.host();
    address.port = parsed.port(5432);
    address.database = database;
    return address;
}

QString DeskAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString DeskAddress::place() const
{
    return QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database);
}

} // namespace entre
