#include "organisationcountspanel.h"

#include "arrivalschartwidget.h"
#include "event/event.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString groupName(entre::OrganisationType type)
{
    switch (type) {
    case entre::OrganisationType::Municipality:
        return OrganisationCountsPanel::tr("Municipalities");
    case entre::OrganisationType::Region:
        return OrganisationCountsPanel::tr("Regions");
    case entre::OrganisationType::CountyCouncil:
        return OrganisationCountsPanel::tr("County councils");
    case entre::OrganisationType::Agency:
        return OrganisationCountsPanel::tr("State agencies");
    case entre::OrganisationType::Company:
        return OrganisationCountsPanel::tr("Companies");
    case entre::OrganisationType::Other:
        break;
    }
    return OrganisationCountsPanel::tr("Other");
}

QString fraction(int arrived, int registered)
{
    return QStringLiteral("%1 / %2").arg(arrived).arg(registered);
}

} // namespace

OrganisationCountsPanel::OrganisationCountsPanel(const entre::Event* event, QWidget* parent)
    : QWidget(parent)
    , m_event(event)
    , m_total(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(40);
    connect(m_refreshTimer, &QTimer::timeout, this, &OrganisationCountsPanel::refresh);
    connect(event, &entre::Event::countsChanged, this, &OrganisationCountsPanel::scheduleRefresh);
    m_total->setObjectName(QStringLiteral("arrivedCounter"));
    m_tree->setObjectName(QStringLiteral("organisationCounts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Organisation"), tr("Arrived")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_total);
    layout->addWidget(m_tree, 1);
    layout->addWidget(new ArrivalsChartWidget(event, this));
    applyFonts();
    refresh();
}

void OrganisationCountsPanel::scheduleRefresh()
{
    m_refreshTimer->start();
}

void OrganisationCountsPanel::refresh()
{
    m_refreshTimer->stop();
    auto stats = m_event->attendance();
    if (!stats) {
        m_total->setText(stats.error().message);
        return;
    }
    m_total->setText(tr("%1 of %2 arrived").arg(stats->arrived).arg(stats->registered));

    // Rebuilt whole: a few dozen rows, and the expanded state is kept by group.
    QMap<int, bool> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        expanded.insert(item->data(0, Qt::UserRole).toInt(), item->isExpanded());
    }
    m_tree->clear();
    for (const entre::TypeAttendance& subtotal : std::as_const(stats->byType)) {
        QList<QTreeWidgetItem*> children;
        for (const entre::OrganisationAttendance& row : std::as_const(stats->byOrganisation)) {
            if (row.type != subtotal.type)
                continue;
            const QString name =
                row.organisation.isEmpty() ? tr("(no organisation)") : row.organisation;
            children.append(
                new QTreeWidgetItem(QStringList{name, fraction(row.arrived, row.registered)}));
        }
        auto* group = new QTreeWidgetItem(
            m_tree,
            QStringList{groupName(subtotal.type), fraction(subtotal.arrived, subtotal.registered)});
        group->setData(0, Qt::UserRole, static_cast<int>(subtotal.type));
        QFont bold = m_tree->font();
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFont(1, bold);
        group->addChildren(children);
        group->setExpanded(expanded.value(static_cast<int>(subtotal.type), true));
    }
}

void OrganisationCountsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        refresh();
    }
}

void OrganisationCountsPanel::applyFonts()
{
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.6);
    big.setBold(true);
    m_total->setFont(big);
}
