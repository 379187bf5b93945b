#pragma once

#include <QtGlobal>

// Counts wrong PINs in a row at the lock screen, so that nobody can try every four-digit PIN
// in a few minutes: after five wrong ones, further tries are refused for 30 s, twice as long
// after each further wrong one, at most 5 minutes. A right PIN starts the count again. Times
// are milliseconds of whatever steady clock the caller reads.
class PinAttempts {
public:
    static constexpr int freeAttempts = 5;
    static constexpr qint64 firstWaitMs = 30 * 1000;
    static constexpr qint64 longestWaitMs = 5 * 60 * 1000;

    // How long until another PIN may be tried; 0 when one may be now.
    qint64 waitMs(qint64 now) const;
    // A wrong PIN at now.
    void failed(qint64 now);
    // The right PIN: the count starts again.
    void succeeded();
    int wrongInARow() const { return m_wrong; }

private:
    int m_wrong = 0;
    qint64 m_refusedUntil = 0;
};
