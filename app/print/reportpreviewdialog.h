#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QPagedPaintDevice;
class QPrintPreviewWidget;
class QPrinter;

namespace entre {

// A report's pages as they will come out, before they are printed or saved: zoom, then Print…
// (the system's print dialog, A4 to start with) or Save as PDF… (a file only the user can read).
// A failure is shown in a message; what was done, on the dialog's status line.
class ReportPreviewDialog : public QDialog {
    Q_OBJECT

public:
    // Paints the whole report onto the device's pages.
    using Painter = std::function<void(QPagedPaintDevice& device)>;

    // title names the report (window title, print job and PDF title); suggestedPdfPath is where
    // Save as PDF… starts.
    ReportPreviewDialog(const QString& title, const QString& suggestedPdfPath, Painter painter,
                        QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

    QPrintPreviewWidget* preview() const { return m_preview; }
    QLabel* statusLabel() const { return m_status; }

    // Asks for a printer, then prints.
    void chooseAndPrint();
    // Asks where to save, then saves.
    void chooseAndSavePdf();
    // Prints on printer; false (and the user told why) when it failed.
    bool print(QPrinter& printer);
    // Writes the report as an A4 PDF at path, readable by the user only; false (and the user
    // told why) when it failed, leaving an existing file as it was.
    bool savePdf(const QString& path);

private:
    void paintPreview(QPrinter* printer);
    void showFailure(const QString& title, const QString& message);
    void buildButtons();

    QString m_title;
    QString m_suggestedPdfPath;
    Painter m_painter;
    std::unique_ptr<QPrinter> m_previewPrinter;
    QPrintPreviewWidget* m_preview;
    QLabel* m_status;
};

} // namespace entre
