#pragma once

#include "badges/badgeselection.h"
#include "model/attendee.h"

#include <QDialog>

class EventSession;
class QComboBox;
class QLabel;
class QProgressBar;
class QPrinter;
class QPushButton;
class QSpinBox;

// Prints a batch: everyone, those not printed yet, the selected people or one organisation, in
// Swedish order by name or by organisation, from a start position on a partly used sheet. Shows
// progress and can be cancelled; printed badges are recorded.
class BadgeBatchDialog : public QDialog {
    Q_OBJECT

public:
    BadgeBatchDialog(EventSession* session, const QList<qint64>& selectedIds,
                     QWidget* parent = nullptr);

    // The people the current choices select, in print order; empty with a message on error.
    QList<entre::Attendee> chosenPeople(QString* error = nullptr) const;
    entre::BadgeSelection selection() const;

    // Runs the batch to a PDF file or a printer queue (empty: the settings' printer). Returns
    // the number printed, or -1 after showing why not.
    int printTo(const QString& printerName);
    int printOn(QPrinter& printer);
    int saveTo(const QString& pdfPath);

    // Closing while a batch runs cancels it first.
    void reject() override;

public Q_SLOTS:
    void cancel() { m_cancelled = true; }

private:
    void updateSummary();
    void preview();
    void choosePrinterAndPrint();
    void choosePdfAndSave();
    bool progress(int done, int total);
    void setRunning(bool running);
    void showFailure(const entre::Error& error);

    EventSession* m_session;
    QList<qint64> m_selectedIds;
    QComboBox* m_who;
    QComboBox* m_organisation;
    QComboBox* m_order;
    QSpinBox* m_start;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QList<QPushButton*> m_actions;
    bool m_cancelled = false;
    bool m_running = false;
};
