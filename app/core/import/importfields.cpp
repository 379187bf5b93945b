#include "importfields.h"

#include "util/textfold.h"

#include <QCoreApplication>
#include <QHash>

namespace entre::ImportFields {
namespace {

// A field and the names it goes by. An aggregate, so that the lists' arrays live as long as the
// table (a std::pair would keep only dangling initializer_lists).
struct FieldNames {
    const char* field;
    std::initializer_list<const char*> names;
};

// Headers as people write them, folded: whole-header matches first.
const QHash<QString, QString>& exactHeaders()
{
    static const QHash<QString, QString> headers = [] {
        const FieldNames table[] = {
            {"first_name",
             {"fornamn", "first name", "firstname", "given name", "forename", "tilltalsnamn",
              "fname"}},
            {"last_name",
             {"efternamn", "last name", "lastname", "surname", "family name", "lname"}},
            {"full_name",
             {"namn", "name", "full name", "fullname", "fullstandigt namn", "for och efternamn",
              "deltagare", "deltagarens namn", "attendee", "attendee name", "participant",
              "participant name", "your name", "ditt namn", "person"}},
            {"email",
             {"e post", "epost", "e postadress", "epostadress", "mejl", "mejladress", "mail",
              "mailadress", "email", "e mail", "email address", "e mail address", "mail address"}},
            {"organisation",
             {"organisation", "organization", "arbetsplats", "arbetsgivare", "kommun", "myndighet",
              "foretag", "company", "employer", "verksamhet", "forvaltning", "org", "affiliation",
              "bolag"}},
            {"title",
             {"befattning", "titel", "roll", "yrkesroll", "tjanst", "job title", "title",
              "position", "role", "befattning titel"}},
            {"diet",
             {"specialkost", "allergier", "allergi", "kost", "matpreferenser",
              "dietary requirements", "dietary needs", "diet", "food preferences", "allergies",
              "special diet"}},
            {"code", {"kod", "code", "id"}},
            {"barcode",
             {"barcode", "barcode #", "bar code", "streckkod", "qr", "qr code", "qr kod"}},
            {"ticket_number",
             {"biljett", "biljettnummer", "biljettnr", "biljett nr", "biljettkod", "biljett id",
              "ticket", "ticket #", "ticket number", "ticket no", "ticket id", "ticket code"}},
            {"attendee_number",
             {"attendee #", "attendee id", "attendee no", "attendee number", "registration id",
              "registration number", "registration #", "anmalningsnummer", "deltagarnummer",
              "deltagar id"}},
            {"order_number",
             {"ordernummer", "ordernr", "order nr", "order", "order #", "order number", "order no",
              "order id"}},
            {"booking_number",
             {"bokningsnummer", "bokningsnr", "bokning", "bokningsreferens", "booking", "booking #",
              "booking number", "booking reference", "booking id"}},
            {"phone",
             {"telefon", "telefonnummer", "tel", "mobil", "mobilnummer", "mobiltelefon", "phone",
              "phone number", "mobile", "mobile phone", "cell phone", "telephone"}},
            {"notes",
             {"ovrigt", "kommentar", "kommentarer", "anteckningar", "meddelande", "notes", "note",
              "comments", "comment", "remarks", "ovriga upplysningar", "ovrig information"}},
        };
        QHash<QString, QString> map;
        for (const auto& [field, names] : table) {
            for (const char* name : names)
                map.insert(QString::fromUtf8(name), QString::fromLatin1(field));
        }
        return map;
    }();
    return headers;
}

// Words that make a long question mean a field, checked in this order ("Namn på din
// organisation" is an organisation, not a name). A word matches when a header word starts
// with it, so "organisationen" and "e-postadressen" count.
struct Rule {
    const char* field;
    std::initializer_list<const char*> words;
};
const Rule questionRules[] = {
    {"",
     {"tidsstampel", "tidstampel", "timestamp", "datum", "date", "time", "tid", "created", "skapad",
      "submitted", "inskickad", "registrerad", "anmald", "ip"}},
    {"email", {"e post", "epost", "email", "e mail", "mejl", "mail"}},
    {"full_name",
     {"for och efternamn", "fornamn och efternamn", "fornamn efternamn", "first and last name",
      "full name"}},
    {"first_name", {"fornamn", "first name", "given name"}},
    {"last_name", {"efternamn", "last name", "surname", "family name"}},
    {"organisation",
     {"organisation", "organization", "arbetsplats", "arbetsgivare", "kommun", "myndighet",
      "foretag", "company", "employer", "verksamhet"}},
    {"diet", {"specialkost", "allergi", "kost", "diet", "matpreferens", "food"}},
    {"phone", {"telefon", "mobilnummer", "mobiltelefon", "phone", "mobile"}},
    {"barcode", {"barcode", "streckkod"}},
    {"ticket_number", {"biljettnummer", "ticket number"}},
    {"attendee_number", {"deltagarnummer", "attendee number"}},
    {"order_number", {"ordernummer", "order number"}},
    {"booking_number", {"bokningsnummer", "booking number"}},
    {"title", {"befattning", "titel", "yrkesroll", "roll", "job title", "position"}},
    {"notes", {"ovrigt", "kommentar", "meddelande", "comment", "notes"}},
    {"full_name", {"namn", "name"}},
};

// Folded, with punctuation as spaces: "E-post:" -> "e post".
QString normalise(const QString& header)
{
    QString folded = foldForMatching(header);
    for (QChar& c : folded) {
        if (!c.isLetterOrNumber() && c != u'#')
            c = u' ';
    }
    return folded.simplified();
}

bool containsWords(const QString& header, const QString& phrase)
{
    qsizetype from = 0;
    while ((from = header.indexOf(phrase, from)) >= 0) {
        if (from == 0 || header.at(from - 1) == u' ')
            return true;
        ++from;
    }
    return false;
}

} // namespace

QStringList keys()
{
    return QStringList{QStringLiteral("first_name"),   QStringLiteral("last_name"),
                       QStringLiteral("full_name"),    QStringLiteral("email"),
                       QStringLiteral("organisation"), QStringLiteral("title"),
                       QStringLiteral("diet"),         QStringLiteral("code"),
                       QStringLiteral("phone"),        QStringLiteral("notes")} +
           identifierKeys();
}

QStringList identifierKeys()
{
    // In the order they are preferred as the code to scan.
    return {QStringLiteral("barcode"), QStringLiteral("ticket_number"),
            QStringLiteral("attendee_number"), QStringLiteral("order_number"),
            QStringLiteral("booking_number")};
}

bool isKey(const QString& key)
{
    return keys().contains(key);
}

QString label(const QString& key)
{
    static const std::pair<const char*, const char*> labels[] = {
        {"first_name", QT_TRANSLATE_NOOP("entre::ImportFields", "First name")},
        {"last_name", QT_TRANSLATE_NOOP("entre::ImportFields", "Last name")},
        {"full_name", QT_TRANSLATE_NOOP("entre::ImportFields", "Full name")},
        {"email", QT_TRANSLATE_NOOP("entre::ImportFields", "E-mail")},
        {"organisation", QT_TRANSLATE_NOOP("entre::ImportFields", "Organisation")},
        {"title", QT_TRANSLATE_NOOP("entre::ImportFields", "Title")},
        {"diet", QT_TRANSLATE_NOOP("entre::ImportFields", "Dietary needs")},
        {"code", QT_TRANSLATE_NOOP("entre::ImportFields", "Scan code")},
        {"phone", QT_TRANSLATE_NOOP("entre::ImportFields", "Phone")},
        {"notes", QT_TRANSLATE_NOOP("entre::ImportFields", "Notes")},
        {"barcode", QT_TRANSLATE_NOOP("entre::ImportFields", "Barcode")},
        {"ticket_number", QT_TRANSLATE_NOOP("entre::ImportFields", "Ticket number")},
        {"attendee_number", QT_TRANSLATE_NOOP("entre::ImportFields", "Attendee number")},
        {"order_number", QT_TRANSLATE_NOOP("entre::ImportFields", "Order number")},
        {"booking_number", QT_TRANSLATE_NOOP("entre::ImportFields", "Booking number")},
    };
    for (const auto& [field, text] : labels) {
        if (key == QLatin1String(field))
            return QCoreApplication::translate("entre::ImportFields", text);
    }
    return key;
}

QString recognise(const QString& header)
{
    // A header is a few words, a web form's question at most. A longer cell names no field, and
    // looking through it for every known word would make a hostile file slow.
    constexpr qsizetype longestHeader = 300;
    if (header.size() > longestHeader)
        return {};
    const QString text = normalise(header);
    if (text.isEmpty())
        return {};
    if (auto it = exactHeaders().constFind(text); it != exactHeaders().cend())
        return it.value();
    for (const Rule& rule : questionRules) {
        for (const char* word : rule.words) {
            if (containsWords(text, QString::fromLatin1(word)))
                return QString::fromLatin1(rule.field);
        }
    }
    return {};
}

QMap<QString, QString> suggestMapping(const QStringList& headers)
{
    QMap<QString, QString> mapping;
    for (const QString& header : headers) {
        const QString field = recognise(header);
        if (!field.isEmpty() && !mapping.contains(field))
            mapping.insert(field, header);
    }
    // The code scanned at the door: a barcode if there is one, else the most personal number
    // (an order number may be a whole group's). The others stay identifiers of their kind.
    const QString code = QStringLiteral("code");
    const QString barcode = QStringLiteral("barcode");
    if (!mapping.contains(code) || mapping.contains(barcode)) {
        const QStringList kinds = identifierKeys();
        for (const QString& kind : kinds) {
            if (mapping.contains(kind)) {
                mapping.insert(code, mapping.take(kind));
                break;
            }
        }
    }
    // A full name next to first and last names is redundant; the split columns win.
    if (mapping.contains(QStringLiteral("first_name")) &&
        mapping.contains(QStringLiteral("last_name")))
        mapping.remove(QStringLiteral("full_name"));
    return mapping;
}

} // namespace entre::ImportFields
