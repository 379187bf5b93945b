#include "importfilepage.h"

#include "importwizard.h"
#include "readingbar.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ImportFilePage::ImportFilePage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_reading(new ReadingBar(this))
{
    setTitle(tr("Choose the registration list"));
    setSubTitle(tr("A CSV or text export in any encoding, or an Excel (.xlsx) or OpenDocument "
                   "(.ods) workbook."));
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(tr("File to import"));
    m_error->setObjectName(QStringLiteral("fileError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_reading);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        m_reading->cancel();
        m_readPath.clear();
        Q_EMIT completeChanged();
    });
    connect(m_reading, &ReadingBar::finished, this, &ImportFilePage::tableRead);
    connect(m_reading, &ReadingBar::cancelled, this, [this] {
        m_error->setText(tr("Reading was cancelled; nothing was imported."));
        Q_EMIT completeChanged();
    });
}

void ImportFilePage::setFilePath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ImportFilePage::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty() && !m_reading->isReading();
}

bool ImportFilePage::validatePage()
{
    // Next reads the file in the background and comes back here when it has been read.
    if (!m_readPath.isEmpty() && m_readPath == filePath()) {
        m_readPath.clear();
        return true;
    }
    m_error->clear();
    m_reading->start(filePath(), {});
    Q_EMIT completeChanged();
    return false;
}

void ImportFilePage::tableRead(const LoadedTable& loaded)
{
    Q_EMIT completeChanged();
    if (!loaded.table) {
        m_error->setText(loaded.error.message);
        return;
    }
    m_wizard->setTable(*loaded.table);
    m_readPath = filePath();
    m_wizard->next();
}

void ImportFilePage::browse()
{
    const QString start = filePath().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : filePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Registrations"), start,
        tr("Registration lists (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}
