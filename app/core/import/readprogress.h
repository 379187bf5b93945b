#pragma once

#include "util/result.h"

#include <QtGlobal>

#include <functional>
#include <utility>

namespace entre {

// Told now and then, possibly on another thread, how many rows a reader has read; returning
// false stops the reading with readingCancelled().
using ReadProgress = std::function<bool(qint64 rowsRead)>;

// Asks `progress` every so many rows; remembers a "stop".
class ProgressTicker {
public:
    explicit ProgressTicker(ReadProgress progress)
        : m_progress(std::move(progress))
    {}
    // False once the reader is to stop.
    bool row(qint64 rowsRead)
    {
        if (m_progress && !m_stopped && rowsRead % every == 0)
            m_stopped = !m_progress(rowsRead);
        return !m_stopped;
    }
    bool stopped() const { return m_stopped; }

private:
    static constexpr qint64 every = 4096;
    ReadProgress m_progress;
    bool m_stopped = false;
};

Error readingCancelled();

} // namespace entre
