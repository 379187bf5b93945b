#include "textfit.h"

#include "badgefonts.h"

#include <QFontMetricsF>
#include <QHash>

#include <algorithm>

namespace entre {
namespace {

// Measured at this em size and scaled linearly; outlines without hinting scale exactly.
constexpr double referenceEm = 100.0;

// One set per thread: the print service measures on its worker while the window measures too.
const QFontMetricsF& metrics(bool bold)
{
    thread_local const QFontMetricsF regular(BadgeFonts::font(referenceEm, false));
    thread_local const QFontMetricsF heavy(BadgeFonts::font(referenceEm, true));
    return bold ? heavy : regular;
}

// Measured once per text: a sheet of badges fits the same organisations, titles and the
// event's name over and over, and every fit tries the text whole and split.
constexpr qsizetype rememberedWidths = 4096;

double widthPerEm(const QString& text, bool bold)
{
    thread_local QHash<QString, double> measured[2];
    QHash<QString, double>& widths = measured[bold ? 1 : 0];
    if (auto it = widths.constFind(text); it != widths.cend())
        return it.value();
    const QFontMetricsF& fm = metrics(bold);
    const double advance = fm.horizontalAdvance(text);
    const QRectF ink = fm.tightBoundingRect(text);
    const double width = std::max(advance, ink.right()) / referenceEm;
    if (widths.size() >= rememberedWidths)
        widths.clear();
    widths.insert(text, width);
    return width;
}

double lineHeightPerEm(bool bold)
{
    const QFontMetricsF& fm = metrics(bold);
    return (fm.ascent() + fm.descent()) / referenceEm;
}

// Every way to split the text into two lines: after a space (dropped) or after a hyphen (kept).
QList<QStringList> twoLineSplits(const QString& text)
{
    QList<QStringList> splits;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' '))
            splits.append({text.left(i).trimmed(), text.mid(i + 1).trimmed()});
        else if (c == QLatin1Char('-') && text.at(i + 1) != QLatin1Char(' '))
            splits.append({text.left(i + 1).trimmed(), text.mid(i + 1).trimmed()});
    }
    splits.removeIf(
        [](const QStringList& lines) { return lines[0].isEmpty() || lines[1].isEmpty(); });
    return splits;
}

FittedText make(const QStringList& lines, double em, bool bold)
{
    FittedText fitted;
    fitted.lines = lines;
    fitted.emSize = em;
    fitted.lineHeight = lineHeightPerEm(bold) * em;
    fitted.ascent = metrics(bold).ascent() / referenceEm * em;
    double widest = 0;
    for (const QString& line : lines)
        widest = std::max(widest, widthPerEm(line, bold) * em);
    fitted.size = QSizeF(widest, fitted.lineHeight * lines.size());
    return fitted;
}

} // namespace

double textWidth(const QString& text, double emSize, bool bold)
{
    return widthPerEm(text, bold) * emSize;
}

FittedText fitText(const TextFitRequest& request)
{
    const QString text = request.text.simplified();
    if (text.isEmpty() || request.box.width() <= 0 || request.box.height() <= 0)
        return {};
    const double lineHeight = lineHeightPerEm(request.bold);
    const double oneWidth = widthPerEm(text, request.bold);
    const double oneLine = std::min(
        {request.maxEm, request.box.width() / oneWidth, request.box.height() / lineHeight});
    if (oneLine >= request.minEm || request.maxLines < 2)
        return make({text}, oneLine, request.bold);

    double bestEm = oneLine;
    QStringList best{text};
    const QList<QStringList> splits = twoLineSplits(text);
    for (const QStringList& lines : splits) {
        const double widest =
            std::max(widthPerEm(lines[0], request.bold), widthPerEm(lines[1], request.bold));
        const double em = std::min(
            {request.maxEm, request.box.width() / widest, request.box.height() / (2 * lineHeight)});
        if (em > bestEm) {
            bestEm = em;
            best = lines;
        }
    }
    return make(best, bestEm, request.bold);
}

} // namespace entre
