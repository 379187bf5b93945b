#pragma once

#include <QSizeF>
#include <QString>
#include <QStringList>

namespace entre {

// Text set to fit a box: on one line when it fits at a readable size, else broken into two
// lines at a space or hyphen; shrunk as far as needed, never cut.
struct FittedText {
    QStringList lines;
    double emSize = 0;     // font size in the box's units (mm)
    double lineHeight = 0; // distance between baselines
    double ascent = 0;
    QSizeF size; // of the whole block, no larger than the box
    bool isEmpty() const { return lines.isEmpty(); }
};

struct TextFitRequest {
    QString text;
    QSizeF box;
    double maxEm = 5;
    double minEm = 3; // below this one line is wrapped onto two
    bool bold = false;
    int maxLines = 2;
};

FittedText fitText(const TextFitRequest& request);
// Width of text set in the badge font at the given em size, ink included.
double textWidth(const QString& text, double emSize, bool bold);

} // namespace entre
