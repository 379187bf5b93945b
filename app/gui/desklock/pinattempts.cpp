#include "pinattempts.h"

#include <algorithm>

qint64 PinAttempts::waitMs(qint64 now) const
{
    return std::max<qint64>(0, m_refusedUntil - now);
}

void PinAttempts::failed(qint64 now)
{
    ++m_wrong;
    if (m_wrong < freeAttempts)
        return;
    qint64 wait = firstWaitMs;
    for (int extra = m_wrong - freeAttempts; extra > 0 && wait < longestWaitMs; --extra)
        wait *= 2;
    m_refusedUntil = now + std::min(wait, longestWaitMs);
}

void PinAttempts::succeeded()
{
    m_wrong = 0;
    m_refusedUntil = 0;
}
