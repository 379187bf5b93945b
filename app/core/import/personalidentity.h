#pragma once

#include <QStringView>

namespace entre {

// Swedish personal identity numbers (personnummer) and co-ordination numbers
// (samordningsnummer, the day plus 60): YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN, or the same
// without the dash, with a real date and a valid check digit on the ten-digit form.
bool isPersonalIdentityNumber(QStringView text);

// Counts a column's values to tell whether it holds personal identity numbers: most of its
// non-empty values are valid ones.
class PersonalIdentityTally {
public:
    void add(QStringView value);
    bool looksLikePersonalIdentityNumbers() const { return m_valid > 0 && m_valid * 2 > m_values; }

private:
    qsizetype m_values = 0; // non-empty
    qsizetype m_valid = 0;
};

} // namespace entre
