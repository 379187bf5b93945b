#include "historydialog.h"

#include "event/event.h"
#include "historytablemodel.h"
#include "reports/auditexport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

QAction* HistoryDialog::addAction(QMenu* menu, QWidget* window, EventSource event)
{
    QAction* action = menu->addAction(tr("&History…"), window, [window, event] {
        if (entre::Event* open = event())
            HistoryDialog(open, window).exec();
    });
    action->setObjectName(QStringLiteral("historyAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    return action;
}

HistoryDialog::HistoryDialog(entre::Event* event, QWidget* parent)
    : QDialog(parent)
    , m_event(event)
    , m_model(new HistoryTableModel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1").arg(event->info().name));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("historyExport"));
    connect(exportButton, &QPushButton::clicked, this, &HistoryDialog::chooseAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createFilters());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1000, 600);

    // Several signals come from one action (a walk-in changes people, counts and
    // organisations); the history is read once after them.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(50);
    connect(m_refreshTimer, &QTimer::timeout, this, &HistoryDialog::refresh);
    const auto later = [this] { m_refreshTimer->start(); };
    connect(event, &entre::Event::attendeeChanged, this, later);
    connect(event, &entre::Event::attendeesChanged, this, later);
    connect(event, &entre::Event::countsChanged, this, later);
    connect(event, &entre::Event::organisationsChanged, this, later);
    refresh();
    m_table->resizeColumnsToContents();
}

QWidget* HistoryDialog::createFilters()
{
    auto* filters = new QWidget(this);
    auto* row = new QHBoxLayout(filters);
    row->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(filters);
    m_kind->setObjectName(QStringLiteral("historyKind"));
    m_kind->addItem(tr("Everything"), -1);
    for (entre::AuditKind kind : entre::allAuditKinds())
        m_kind->addItem(entre::auditKindName(kind), int(kind));
    m_station = new QComboBox(filters);
    m_station->setObjectName(QStringLiteral("historyStation"));
    m_station->addItem(tr("All stations"), QString());
    m_text = new QLineEdit(filters);
    m_text->setObjectName(QStringLiteral("historyText"));
    m_text->setPlaceholderText(tr("Name or code"));
    m_text->setClearButtonEnabled(true);
    m_fromEnabled = new QCheckBox(tr("From"), filters);
    m_from = new QDateTimeEdit(QDateTime(QDate::currentDate(), QTime(0, 0)), filters);
    m_toEnabled = new QCheckBox(tr("Until"), filters);
    m_to = new QDateTimeEdit(QDateTime(QDate::currentDate(), QTime(23, 59)), filters);
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &HistoryDialog::refresh);
    }
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromEnabled, &QCheckBox::toggled, this, &HistoryDialog::refresh);
    connect(m_toEnabled, &QCheckBox::toggled, this, &HistoryDialog::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &HistoryDialog::refresh);
    connect(m_station, &QComboBox::currentIndexChanged, this, &HistoryDialog::refresh);
    // Typing reads once the keys pause, not once per key.
    connect(m_text, &QLineEdit::textChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    row->addWidget(m_kind);
    row->addWidget(m_station);
    row->addWidget(m_text, 1);
    row->addWidget(m_fromEnabled);
    row->addWidget(m_from);
    row->addWidget(m_toEnabled);
    row->addWidget(m_to);
    return filters;
}

entre::AuditFilter HistoryDialog::filter() const
{
    entre::AuditFilter filter;
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        filter.kinds.insert(entre::AuditKind(kind));
    filter.station = m_station->currentData().toString();
    filter.text = m_text->text().trimmed();
    if (m_fromEnabled->isChecked())
        filter.from = m_from->dateTime().toUTC();
    // The edit shows minutes: "until 10:15" includes what happened during 10:15.
    if (m_toEnabled->isChecked())
        filter.to = m_to->dateTime().addMSecs(59999).toUTC();
    return filter;
}

void HistoryDialog::reloadStations()
{
    auto stations = m_event->stations();
    if (!stations)
        return;
    const QString current = m_station->currentData().toString();
    const QSignalBlocker quiet(m_station);
    while (m_station->count() > 1)
        m_station->removeItem(1);
    for (const QString& station : stations.value())
        m_station->addItem(station, station);
    if (current.isEmpty()) {
        m_station->setCurrentIndex(0);
        return;
    }
    // The chosen station stays chosen even when none of its entries are left.
    int index = m_station->findData(current);
    if (index < 0) {
        m_station->addItem(current, current);
        index = m_station->count() - 1;
    }
    m_station->setCurrentIndex(index);
}

void HistoryDialog::refresh()
{
    reloadStations();
    entre::AuditFilter shown = filter();
    shown.limit = shownLimit + 1;
    auto entries = m_event->history(shown);
    if (!entries) {
        m_model->setEntries({});
        m_message->setText(entries.error().message);
        return;
    }
    const bool more = entries->size() > shownLimit;
    if (more)
        entries->resize(shownLimit);
    const int count = int(entries->size());
    m_model->setEntries(std::move(entries).value());
    m_message->setText(more ? tr("The newest %1 entries are shown; narrow the filters, or export "
                                 "to have them all.")
                                  .arg(shownLimit)
                            : tr("%n entries", nullptr, count));
}

void HistoryDialog::chooseAndExport()
{
    const QFileInfo eventFile(m_event->path());
    const QString name = tr("%1 - history.csv").arg(eventFile.completeBaseName());
    const QString semicolons = tr("CSV for Excel, semicolons (*.csv)");
    const QString commas = tr("CSV, commas (*.csv)");
    QString chosenFilter = semicolons;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the History"), QDir(eventFile.absolutePath()).filePath(name),
        semicolons + QLatin1String(";;") + commas, &chosenFilter);
    if (!path.isEmpty())
        exportTo(path, chosenFilter == commas ? u',' : u';');
}

bool HistoryDialog::exportTo(const QString& path, QChar delimiter)
{
    if (auto written = entre::exportAuditLogCsv(*m_event, filter(), path, delimiter); !written) {
        QMessageBox::warning(this, tr("Cannot Export"), written.error().message);
        return false;
    }
    m_message->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}
