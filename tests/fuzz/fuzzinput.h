#pragma once

#include "fuzzchecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

// What every target shares: a Qt application object, a scratch file for readers that take a
// path (in memory-backed /dev/shm where there is one), and a check that aborts on a problem so
// libFuzzer keeps the input.
namespace entre::fuzz {

inline void initialise()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

inline QString scratchFile(const char* suffix)
{
    const QString folder =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return QStringLiteral("%1/entre-fuzz-%2.%3")
        .arg(folder)
        .arg(qint64(getpid()))
        .arg(QLatin1String(suffix));
}

inline QByteArrayView input(const uint8_t* data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size));
}

inline int require(const QString& problem)
{
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz check failed: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}

} // namespace entre::fuzz

#define ENTRE_FUZZ_TARGET(check)                                                                   \
    extern "C" int LLVMFuzzerInitialize(int*, char***)                                             \
    {                                                                                              \
        entre::fuzz::initialise();                                                                 \
        return 0;                                                                                  \
    }                                                                                              \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)                        \
    {                                                                                              \
        return entre::fuzz::require(check);                                                        \
    }
