#pragma once

#include "reports/arrivalschart.h"

#include <QWidget>

namespace entre {
class Event;
}
class QTimer;

// Check-ins per 10 minutes as bars, with the share of registered people who have arrived as a
// line, drawn by the same painter as the printed report. It follows the event as people check
// in: a burst of check-ins is drawn once, a moment after the last.
class ArrivalsChartWidget : public QWidget {
    Q_OBJECT

public:
    explicit ArrivalsChartWidget(const entre::Event* event, QWidget* parent = nullptr);

    // Reads the check-in times again and repaints.
    void refresh();
    // Refreshes once, a moment after the last of any number of calls.
    void scheduleRefresh();
    const entre::ArrivalSeries& series() const { return m_series; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void describe();

    const entre::Event* m_event;
    entre::ArrivalSeries m_series;
    QString m_error; // shown instead of the chart when the times could not be read
    QTimer* m_refreshTimer;
};
