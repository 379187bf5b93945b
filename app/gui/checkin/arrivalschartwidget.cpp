#include "arrivalschartwidget.h"

#include "event/event.h"

#include <QLocale>
#include <QPainter>
#include <QTimer>

#include <algorithm>

namespace {

// Long enough to take a scanner's burst of check-ins in one go, short enough to feel live.
constexpr int refreshDelayMs = 300;
constexpr int leastHeight = 140;

} // namespace

ArrivalsChartWidget::ArrivalsChartWidget(const entre::Event* event, QWidget* parent)
    : QWidget(parent)
    , m_event(event)
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("arrivalsChart"));
    setAccessibleName(tr("Arrivals over time"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &ArrivalsChartWidget::refresh);
    connect(event, &entre::Event::countsChanged, this, &ArrivalsChartWidget::scheduleRefresh);
    connect(event, &entre::Event::attendeeChanged, this, &ArrivalsChartWidget::scheduleRefresh);
    connect(event, &entre::Event::attendeesChanged, this, &ArrivalsChartWidget::scheduleRefresh);
    refresh();
}

void ArrivalsChartWidget::scheduleRefresh()
{
    m_refreshTimer->start();
}

void ArrivalsChartWidget::refresh()
{
    m_refreshTimer->stop();
    const auto times = m_event->arrivalTimes();
    const auto registered = m_event->count();
    if (!times || !registered) {
        m_error = !times ? times.error().message : registered.error().message;
        m_series = {};
    } else {
        m_error.clear();
        m_series = entre::arrivalSeries(times.value(), registered.value());
    }
    describe();
    update();
}

// What a screen reader says for the chart: the counts and the busiest stretch.
void ArrivalsChartWidget::describe()
{
    if (!m_error.isEmpty()) {
        setAccessibleDescription(m_error);
        return;
    }
    QString text = tr("%1 of %2 arrived.").arg(m_series.arrived).arg(m_series.registered);
    const auto busiest =
        std::max_element(m_series.bins.cbegin(), m_series.bins.cend(),
                         [](const auto& a, const auto& b) { return a.count < b.count; });
    if (busiest != m_series.bins.cend()) {
        text += QLatin1Char(' ') +
                tr("Most arrived in the %n minute(s) from %1: %2.", nullptr, m_series.minutes)
                    .arg(QLocale().toString(busiest->start.time(), QLocale::ShortFormat))
                    .arg(busiest->count);
    }
    setAccessibleDescription(text);
    setToolTip(text);
}

QSize ArrivalsChartWidget::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 50, leastHeight + fontMetrics().height() * 2};
}

QSize ArrivalsChartWidget::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, leastHeight};
}

void ArrivalsChartWidget::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette().color(QPalette::WindowText));
    const int gap = fontMetrics().height() / 3;
    const QRectF area = QRectF(rect()).adjusted(gap, gap, -gap, -gap);
    if (!m_error.isEmpty()) {
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_error);
        return;
    }
    entre::paintArrivalsChart(painter, area, m_series, font());
}
