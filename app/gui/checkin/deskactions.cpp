#include "deskactions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QWidget>

namespace {

QString withShortcut(const QAction* action)
{
    return action->text().remove(QLatin1Char('&')).remove(QChar(u'…')) + QLatin1String(" (") +
           action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')');
}

} // namespace

DeskActions::DeskActions(QWidget* page)
    : QObject(page)
    , m_walkIn(new QAction(tr("&Walk-in…"), page))
    , m_editPerson(new QAction(tr("&Edit Person…"), page))
    , m_filters(new QActionGroup(page))
{
    m_walkIn->setObjectName(QStringLiteral("walkInAction"));
    m_walkIn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_walkIn->setToolTip(withShortcut(m_walkIn));
    m_walkIn->setStatusTip(tr("Add someone who did not register, and check them in"));
    m_editPerson->setObjectName(QStringLiteral("editPersonAction"));
    m_editPerson->setShortcut(QKeySequence(Qt::Key_F2));
    m_editPerson->setToolTip(withShortcut(m_editPerson));
    m_editPerson->setStatusTip(tr("Fix a typo in the selected person's name or organisation"));
    m_editMenuActions = {separator(page), m_walkIn, m_editPerson};
    createFilters(page);
    createTextSize(page);
    page->addActions(m_editMenuActions);
    page->addActions(m_viewMenuActions);
}

QAction* DeskActions::separator(QWidget* page)
{
    auto* action = new QAction(page);
    action->setSeparator(true);
    return action;
}

void DeskActions::createFilters(QWidget* page)
{
    const struct {
        const char* text;
        const char* name;
        entre::ArrivalFilter filter;
        Qt::Key key;
    } filters[] = {
        {QT_TR_NOOP("&Everyone"), "filterEveryone", entre::ArrivalFilter::Everyone, Qt::Key_1},
        {QT_TR_NOOP("&Not Yet Arrived"), "filterMissing", entre::ArrivalFilter::Missing, Qt::Key_2},
        {QT_TR_NOOP("&Arrived"), "filterArrived", entre::ArrivalFilter::Arrived, Qt::Key_3},
    };
    m_viewMenuActions.append(separator(page));
    for (const auto& f : filters) {
        auto* action = new QAction(tr(f.text), m_filters);
        action->setObjectName(QLatin1String(f.name));
        action->setCheckable(true);
        action->setChecked(f.filter == entre::ArrivalFilter::Everyone);
        action->setShortcut(QKeySequence(Qt::CTRL | f.key));
        action->setToolTip(withShortcut(action));
        const entre::ArrivalFilter filter = f.filter;
        connect(action, &QAction::triggered, this, [this, filter] { Q_EMIT filterChosen(filter); });
        m_viewMenuActions.append(action);
    }
}

void DeskActions::createTextSize(QWidget* page)
{
    auto* larger = new QAction(tr("&Larger Text"), page);
    larger->setObjectName(QStringLiteral("largerTextAction"));
    larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(larger, &QAction::triggered, this, [this] { Q_EMIT textSizeChosen(1); });
    auto* smaller = new QAction(tr("&Smaller Text"), page);
    smaller->setObjectName(QStringLiteral("smallerTextAction"));
    smaller->setShortcut(QKeySequence::ZoomOut);
    connect(smaller, &QAction::triggered, this, [this] { Q_EMIT textSizeChosen(-1); });
    auto* normal = new QAction(tr("&Normal Text Size"), page);
    normal->setObjectName(QStringLiteral("normalTextAction"));
    normal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(normal, &QAction::triggered, this, [this] { Q_EMIT textSizeChosen(0); });
    m_viewMenuActions << separator(page) << larger << smaller << normal;
}

QList<QAction*> DeskActions::filterActions() const
{
    return m_filters->actions();
}

void DeskActions::addToMenus(QMenu* editMenu, QMenu* viewMenu) const
{
    if (editMenu) {
        QAction* before = nullptr;
        for (QAction* action : editMenu->actions()) {
            if (action->isSeparator()) {
                before = action;
                break;
            }
        }
        editMenu->insertActions(before, m_editMenuActions);
    }
    if (viewMenu)
        viewMenu->addActions(m_viewMenuActions);
}
