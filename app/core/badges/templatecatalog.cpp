#include "templatecatalog.h"

#include <QCoreApplication>
#include <QFile>

namespace entre {
namespace {

QList<BadgeTemplate> loadBuiltIn()
{
    QList<BadgeTemplate> templates;
    // Standard first: it is the default and heads every list.
    const QStringList files{QStringLiteral("standard.json"), QStringLiteral("centred.json"),
                            QStringLiteral("simple.json")};
    for (const QString& name : files) {
        QFile file(QStringLiteral(":/badges/templates/") + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (auto parsed = BadgeTemplate::fromJson(file.readAll()))
            templates.append(parsed.value());
    }
    return templates;
}

} // namespace

QList<BadgeTemplate> TemplateCatalog::builtIn()
{
    static const QList<BadgeTemplate> templates = loadBuiltIn();
    return templates;
}

Result<BadgeTemplate> TemplateCatalog::find(const QString& name,
                                            const QList<BadgeTemplate>& eventTemplates)
{
    const QString wanted = name.trimmed();
    for (const BadgeTemplate& t : eventTemplates) {
        if (t.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return t;
    }
    const QList<BadgeTemplate> builtInTemplates = builtIn();
    for (const BadgeTemplate& t : builtInTemplates) {
        if (t.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return t;
    }
    return badInput(
        QCoreApplication::translate("entre::TemplateCatalog", "There is no badge template \"%1\".")
            .arg(wanted));
}

} // namespace entre
