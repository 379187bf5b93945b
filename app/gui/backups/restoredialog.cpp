#include "restoredialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RestoreDialog::RestoreDialog(const entre::EventBackups& backups, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from Backup"));
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Arrived")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::updateButton);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_restore->isEnabled())
            accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 420);
    fill(backups);
}

QString RestoreDialog::timeText(const QDateTime& takenAt)
{
    return QLocale().toString(takenAt.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

QString RestoreDialog::countsText(const entre::BackupInfo& backup)
{
    if (!backup.unreadable.isEmpty())
        return tr("Cannot be read: %1").arg(backup.unreadable);
    return tr("%1 of %2 arrived").arg(backup.arrived).arg(backup.registered);
}

void RestoreDialog::fill(const entre::EventBackups& backups)
{
    auto listed = backups.list();
    if (!listed) {
        m_intro->setText(tr("The backups cannot be listed: %1").arg(listed.error().message));
        updateButton();
        return;
    }
    m_backups = listed.value();
    m_intro->setText(m_backups.isEmpty()
                         ? tr("There are no backups of this event yet. One is taken every five "
                              "minutes while something changes, and when the event is closed.")
                         : tr("Choose the backup to go back to. The event as it is now is kept "
                              "as a backup first. Backups are kept in %1.")
                               .arg(QDir::toNativeSeparators(backups.directory())));
    for (const entre::BackupInfo& backup : std::as_const(m_backups)) {
        QString when = timeText(backup.takenAt);
        if (backup.beforeRestore)
            when += QLatin1Char(' ') + tr("(before a restore)");
        auto* item = new QTreeWidgetItem(m_list, {when, countsText(backup)});
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
        if (!backup.unreadable.isEmpty())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (!m_backups.isEmpty() && m_backups.first().unreadable.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButton();
}

void RestoreDialog::updateButton()
{
    const int row = m_list->currentIndex().row();
    m_restore->setEnabled(row >= 0 && row < m_backups.size() &&
                          m_backups.at(row).unreadable.isEmpty() &&
                          !m_list->selectedItems().isEmpty());
}

entre::BackupInfo RestoreDialog::chosenBackup() const
{
    const int row = m_list->currentIndex().row();
    return row >= 0 && row < m_backups.size() ? m_backups.at(row) : entre::BackupInfo{};
}

int RestoreDialog::backupCount() const
{
    return int(m_backups.size());
}
