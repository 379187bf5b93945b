#pragma once

#include "model/organisationtype.h"
#include "util/result.h"

#include <QByteArray>
#include <QColor>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace entre {

// What a badge shows and how. Sizes are in millimetres for a 90 × 54 mm badge; the layout scales
// them to the stock, so one template serves a card, an A6 page and a roll label alike.
struct BadgeTemplate {
    enum class NameStyle { FirstAndLast, FullName };
    enum class Alignment { Left, Center };
    enum class Band { Top, Bottom, None };

    QString name;
    NameStyle nameStyle = NameStyle::FirstAndLast;
    Alignment alignment = Alignment::Left;
    Band band = Band::Top;
    bool showOrganisation = true;
    bool showTitle = true;
    bool showQrCode = true;
    bool showEventName = true;

    // Largest font sizes (em height) before shrinking to fit.
    double firstNameSize = 11.0;
    double lastNameSize = 7.5;
    double fullNameSize = 9.0;
    double organisationSize = 4.8;
    double titleSize = 3.6;
    double eventNameSize = 4.0;
    double bandHeight = 9.0;
    double qrSize = 16.0;

    QColor textColour = QColor(0x1a, 0x1a, 0x1a);
    QMap<OrganisationType, QColor> bandColours = defaultBandColours();
    QByteArray logoPng; // optional, drawn in the band

    QColor bandColour(OrganisationType type) const;

    static QMap<OrganisationType, QColor> defaultBandColours();
    static Result<BadgeTemplate> fromJson(const QJsonObject& json);
    static Result<BadgeTemplate> fromJson(const QByteArray& json);
    QJsonObject toJson() const;
};

} // namespace entre
