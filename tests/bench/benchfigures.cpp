#include "benchfigures.h"

#include <QDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace entre::bench {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

void printBenchLine(const QString& key, const QString& measure, double value, const QString& peer,
                    std::optional<double> peerValue, const QString& unit, const QString& goal)
{
    const QString peerText =
        peerValue ? QString::number(*peerValue, 'f', 3) : QStringLiteral("n/a");
    QTextStream out(stdout);
    out << QStringList{QStringLiteral("BENCH"),
                       key,
                       measure,
                       QString::number(value, 'f', 3),
                       peer,
                       peerText,
                       unit,
                       goal}
               .join(QLatin1Char('\t'))
        << Qt::endl;
}

void useHomeIn(const QString& dir)
{
    const QDir home(dir);
    for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString path = home.filePath(QString::fromLatin1(name).toLower());
        QDir().mkpath(path);
        qputenv(name, QFile::encodeName(path));
    }
}

} // namespace entre::bench
