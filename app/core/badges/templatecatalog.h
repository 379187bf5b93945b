#pragma once

#include "badgetemplate.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace entre {

// Built-in badge templates from resources, and lookup across them and the event's own.
class TemplateCatalog {
public:
    static QList<BadgeTemplate> builtIn();
    static QString defaultTemplateName() { return QStringLiteral("Standard"); }
    // The event's own templates win over built-in ones of the same name; names ignore case.
    static Result<BadgeTemplate> find(const QString& name,
                                      const QList<BadgeTemplate>& eventTemplates = {});
};

} // namespace entre
