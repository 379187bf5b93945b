#include "personalidentity.h"

#include <QDate>

#include <array>

namespace entre {
namespace {

// How many digits (10 or 12) the number has in one of the forms it is written in, or 0: six
// or eight digits of date, an optional '-' or '+', four more.
int digitsOf(QStringView text, std::array<int, 12>& digits)
{
    const qsizetype size = text.size();
    const qsizetype separator = (size == 11 || size == 13) ? size - 5 : -1;
    if (size < 10 || size > 13)
        return 0;
    int count = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (i == separator) {
            if (c != u'-' && c != u'+')
                return 0;
            continue;
        }
        if (c < u'0' || c > u'9')
            return 0;
        digits[count++] = c.unicode() - u'0';
    }
    return count == 10 || count == 12 ? count : 0;
}

// The Luhn check over the ten-digit form: weights 2, 1, 2, … on the first nine digits.
bool validCheckDigit(const int* ten)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        const int product = ten[i] * (i % 2 == 0 ? 2 : 1);
        sum += product / 10 + product % 10;
    }
    return (10 - sum % 10) % 10 == ten[9];
}

int number(const int* digits, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i)
        value = value * 10 + digits[i];
    return value;
}

} // namespace

bool isPersonalIdentityNumber(QStringView text)
{
    std::array<int, 12> digits{};
    const int count = digitsOf(text.trimmed(), digits);
    if (count == 0)
        return false;
    const int* ten = digits.data() + (count - 10);
    const int month = number(ten + 2, 2);
    int day = number(ten + 4, 2);
    if (day > 60)
        day -= 60; // a co-ordination number
    bool realDate = false;
    if (count == 12) {
        const int year = number(digits.data(), 4);
        realDate = year >= 1800 && QDate::isValid(year, month, day);
    } else {
        // The century is not written: any of the last two will do (29 February).
        const int year = number(ten, 2);
        realDate =
            QDate::isValid(1900 + year, month, day) || QDate::isValid(2000 + year, month, day);
    }
    return realDate && validCheckDigit(ten);
}

void PersonalIdentityTally::add(QStringView value)
{
    value = value.trimmed();
    if (value.isEmpty())
        return;
    ++m_values;
    if (isPersonalIdentityNumber(value))
        ++m_valid;
}

} // namespace entre
