#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace entre {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Entre"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("entre-desk.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("Entre"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENTRE_VERSION));
}

QString uiLanguage()
{
    const QString fromEnvironment = qEnvironmentVariable("ENTRE_LANG");
    const QString chosen = fromEnvironment.isEmpty()
                               ? QSettings().value(QStringLiteral("ui/language")).toString()
                               : fromEnvironment;
    return chosen.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("sv");
}

void installTranslations(QCoreApplication& app)
{
    const QString language = uiLanguage();
    QLocale::setDefault(
        QLocale(language == QLatin1String("sv") ? QLocale::Swedish : QLocale::English,
                language == QLatin1String("sv") ? QLocale::Sweden : QLocale::UnitedKingdom));
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/entre_") + language))
        QCoreApplication::installTranslator(own);
    // Qt's own dialogs (file chooser, print dialog); Debian ships them as qt_sv.qm.
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const char* catalogue : {"qt", "qtbase"}) {
        auto* qt = new QTranslator(&app);
        if (qt->load(QLocale(), QLatin1String(catalogue), QStringLiteral("_"), qtTranslations)) {
            QCoreApplication::installTranslator(qt);
            break;
        }
        delete qt;
    }
}

} // namespace entre
