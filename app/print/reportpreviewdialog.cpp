#include "reportpreviewdialog.h"

#include "reports/csvwriter.h"
#include "reports/reportpages.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace entre {
namespace {

QPageLayout a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
}

// The report draws its own margins, so every device gets the whole sheet.
void prepare(QPrinter& printer, const QString& title)
{
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("Entré"));
    printer.setFullPage(true);
    printer.setPageLayout(a4());
}

} // namespace

ReportPreviewDialog::ReportPreviewDialog(const QString& title, const QString& suggestedPdfPath,
                                         Painter painter, QWidget* parent)
    : QDialog(parent)
    , m_title(title)
    , m_suggestedPdfPath(suggestedPdfPath)
    , m_painter(std::move(painter))
    , m_previewPrinter(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("reportPreviewDialog"));
    setWindowTitle(tr("Preview: %1").arg(title));
    // The preview is drawn as a PDF would be, so it looks the same with no printer installed.
    m_previewPrinter->setOutputFormat(QPrinter::PdfFormat);
    prepare(*m_previewPrinter, title);
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAccessibleName(tr("Report pages"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            &ReportPreviewDialog::paintPreview);
    m_status->setObjectName(QStringLiteral("reportPreviewStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    buildButtons();
    const QSize available = screen() ? screen()->availableSize() : QSize(1200, 800);
    resize(std::min(900, available.width() * 9 / 10), available.height() * 9 / 10);
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

void ReportPreviewDialog::buildButtons()
{
    auto* row = new QHBoxLayout;
    const auto tool = [this, row](const QString& text, const QKeySequence& keys, auto slot) {
        auto* button = new QToolButton(this);
        button->setText(text);
        button->setShortcut(keys);
        button->setToolTip(text + QStringLiteral(" (") + keys.toString(QKeySequence::NativeText) +
                           QLatin1Char(')'));
        connect(button, &QToolButton::clicked, m_preview, slot);
        row->addWidget(button);
    };
    tool(tr("Zoom Out"), QKeySequence::ZoomOut, [this] { m_preview->zoomOut(); });
    tool(tr("Zoom In"), QKeySequence::ZoomIn, [this] { m_preview->zoomIn(); });
    tool(tr("Fit Width"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_preview->fitToWidth(); });
    row->addWidget(m_status, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("reportPrintButton"));
    QPushButton* save = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("reportSavePdfButton"));
    connect(print, &QPushButton::clicked, this, &ReportPreviewDialog::chooseAndPrint);
    connect(save, &QPushButton::clicked, this, &ReportPreviewDialog::chooseAndSavePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(buttons);
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
}

void ReportPreviewDialog::paintPreview(QPrinter* printer)
{
    prepare(*printer, m_title);
    m_painter(*printer);
}

void ReportPreviewDialog::chooseAndPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, m_title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print: %1").arg(m_title));
    // A file printed from the print dialog would be readable by anyone; Save as PDF… is the way
    // to a file.
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    if (dialog.exec() == QDialog::Accepted)
        print(printer);
}

bool ReportPreviewDialog::print(QPrinter& printer)
{
    printer.setFullPage(true);
    m_painter(printer);
    if (printer.printerState() == QPrinter::Error) {
        showFailure(tr("Cannot Print"),
                    tr("The printer %1 reported an error.").arg(printer.printerName()));
        return false;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Sent to %1.").arg(printer.printerName()));
    return true;
}

void ReportPreviewDialog::chooseAndSavePdf()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save %1 as PDF").arg(m_title),
                                                m_suggestedPdfPath, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    savePdf(path);
}

bool ReportPreviewDialog::savePdf(const QString& path)
{
    const Result<void> done =
        csvwriter::writePrivateFile(path, reportpages::pdf(m_title, m_painter));
    if (!done) {
        showFailure(tr("Cannot Save the Report"), done.error().message);
        return false;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportPreviewDialog::showFailure(const QString& title, const QString& message)
{
    m_status->setStyleSheet(QStringLiteral("color: #b00020"));
    m_status->setText(message);
    QMessageBox::warning(this, title, message);
}

} // namespace entre
