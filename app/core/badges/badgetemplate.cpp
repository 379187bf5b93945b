#include "badgetemplate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct BadgeTemplateText {
    Q_DECLARE_TR_FUNCTIONS(entre::BadgeTemplate)
};

template <typename Enum>
struct Names {
    Enum value;
    QLatin1String key;
};

const Names<BadgeTemplate::NameStyle> nameStyles[] = {
    {BadgeTemplate::NameStyle::FirstAndLast, QLatin1String("first-last")},
    {BadgeTemplate::NameStyle::FullName, QLatin1String("full")},
};
const Names<BadgeTemplate::Alignment> alignments[] = {
    {BadgeTemplate::Alignment::Left, QLatin1String("left")},
    {BadgeTemplate::Alignment::Center, QLatin1String("center")},
};
const Names<BadgeTemplate::Band> bands[] = {
    {BadgeTemplate::Band::Top, QLatin1String("top")},
    {BadgeTemplate::Band::Bottom, QLatin1String("bottom")},
    {BadgeTemplate::Band::None, QLatin1String("none")},
};

template <typename Enum, std::size_t N>
bool readEnum(const QJsonObject& json, QLatin1String key, const Names<Enum> (&names)[N], Enum& out)
{
    if (!json.contains(key))
        return true;
    const QString text = json.value(key).toString();
    for (const auto& entry : names) {
        if (text == entry.key) {
            out = entry.value;
            return true;
        }
    }
    return false;
}

template <typename Enum, std::size_t N>
QString keyOf(Enum value, const Names<Enum> (&names)[N])
{
    for (const auto& entry : names) {
        if (entry.value == value)
            return entry.key;
    }
    return names[0].key;
}

struct SizeField {
    QLatin1String key;
    double BadgeTemplate::*member;
};

const SizeField sizeFields[] = {
    {QLatin1String("firstName"), &BadgeTemplate::firstNameSize},
    {QLatin1String("lastName"), &BadgeTemplate::lastNameSize},
    {QLatin1String("fullName"), &BadgeTemplate::fullNameSize},
    {QLatin1String("organisation"), &BadgeTemplate::organisationSize},
    {QLatin1String("title"), &BadgeTemplate::titleSize},
    {QLatin1String("eventName"), &BadgeTemplate::eventNameSize},
    {QLatin1String("band"), &BadgeTemplate::bandHeight},
    {QLatin1String("qr"), &BadgeTemplate::qrSize},
};

struct Flag {
    QLatin1String key;
    bool BadgeTemplate::*member;
};

const Flag flags[] = {
    {QLatin1String("showOrganisation"), &BadgeTemplate::showOrganisation},
    {QLatin1String("showTitle"), &BadgeTemplate::showTitle},
    {QLatin1String("showQrCode"), &BadgeTemplate::showQrCode},
    {QLatin1String("showEventName"), &BadgeTemplate::showEventName},
};

} // namespace

QMap<OrganisationType, QColor> BadgeTemplate::defaultBandColours()
{
    return {
        {OrganisationType::Municipality, QColor(0x1f, 0x5f, 0xa8)},
        {OrganisationType::Region, QColor(0x2e, 0x7d, 0x4f)},
        {OrganisationType::CountyCouncil, QColor(0xb0, 0x2e, 0x2e)},
        {OrganisationType::Agency, QColor(0x6a, 0x3d, 0x8f)},
        {OrganisationType::Company, QColor(0xc9, 0x78, 0x0a)},
        {OrganisationType::Other, QColor(0x55, 0x60, 0x6b)},
    };
}

QColor BadgeTemplate::bandColour(OrganisationType type) const
{
    return bandColours.value(type, defaultBandColours().value(type));
}

Result<BadgeTemplate> BadgeTemplate::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return badInput(BadgeTemplateText::tr("The badge template is not valid JSON: %1")
                            .arg(error.errorString()));
    return fromJson(document.object());
}

Result<BadgeTemplate> BadgeTemplate::fromJson(const QJsonObject& json)
{
    BadgeTemplate t;
    t.name = json.value(QLatin1String("name")).toString().trimmed();
    if (t.name.isEmpty())
        return badInput(BadgeTemplateText::tr("The badge template has no name."));
    if (!readEnum(json, QLatin1String("nameStyle"), nameStyles, t.nameStyle) ||
        !readEnum(json, QLatin1String("align"), alignments, t.alignment) ||
        !readEnum(json, QLatin1String("band"), bands, t.band))
        return badInput(BadgeTemplateText::tr(
                            "The badge template \"%1\" has an unknown name style, alignment or "
                            "band position.")
                            .arg(t.name));
    for (const Flag& flag : flags)
        t.*flag.member = json.value(flag.key).toBool(t.*flag.member);
    const QJsonObject sizes = json.value(QLatin1String("sizes")).toObject();
    for (const SizeField& field : sizeFields) {
        const double value = sizes.value(field.key).toDouble(t.*field.member);
        if (value < 1.0 || value > 60.0)
            return badInput(BadgeTemplateText::tr(
                                "The size \"%1\" of badge template \"%2\" must be between 1 and "
                                "60 mm.")
                                .arg(field.key, t.name));
        t.*field.member = value;
    }
    if (json.contains(QLatin1String("textColour"))) {
        t.textColour = QColor(json.value(QLatin1String("textColour")).toString());
        if (!t.textColour.isValid())
            return badInput(
                BadgeTemplateText::tr("The text colour of badge template \"%1\" is not a colour.")
                    .arg(t.name));
    }
    const QJsonObject colours = json.value(QLatin1String("colours")).toObject();
    for (auto it = colours.begin(); it != colours.end(); ++it) {
        const auto type = organisationTypeFromKey(it.key());
        const QColor colour(it.value().toString());
        if (!type || !colour.isValid())
            return badInput(BadgeTemplateText::tr(
                                "The band colour \"%1\" of badge template \"%2\" is not valid.")
                                .arg(it.key(), t.name));
        t.bandColours.insert(*type, colour);
    }
    t.logoPng = QByteArray::fromBase64(json.value(QLatin1String("logoPng")).toString().toLatin1());
    return t;
}

QJsonObject BadgeTemplate::toJson() const
{
    QJsonObject json{
        {QLatin1String("name"), name},
        {QLatin1String("nameStyle"), keyOf(nameStyle, nameStyles)},
        {QLatin1String("align"), keyOf(alignment, alignments)},
        {QLatin1String("band"), keyOf(band, bands)},
        {QLatin1String("textColour"), textColour.name()},
    };
    for (const Flag& flag : flags)
        json.insert(flag.key, this->*flag.member);
    QJsonObject sizes;
    for (const SizeField& field : sizeFields)
        sizes.insert(field.key, this->*field.member);
    json.insert(QLatin1String("sizes"), sizes);
    QJsonObject colours;
    for (auto it = bandColours.begin(); it != bandColours.end(); ++it)
        colours.insert(organisationTypeKey(it.key()), it.value().name());
    json.insert(QLatin1String("colours"), colours);
    if (!logoPng.isEmpty())
        json.insert(QLatin1String("logoPng"), QString::fromLatin1(logoPng.toBase64()));
    return json;
}

} // namespace entre
