#pragma once

#include "badgeprintrun.h"
#include "badges/badgeselection.h"
#include "model/attendee.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace entre {
class Event;
}

// Prints a batch: everyone, those not printed yet, the selected people or one organisation, in
// Swedish order by name or by organisation, from a start position on a partly used sheet. Shows
// progress and can be cancelled; badges from a printer are recorded, a saved PDF is not.
class BadgeBatchDialog : public QDialog {
    Q_OBJECT

public:
    BadgeBatchDialog(entre::Event* event, const QList<qint64>& selectedIds,
                     QWidget* parent = nullptr);

    // The people the current choices select, in print order; empty with a message on error.
    QList<entre::Attendee> chosenPeople(QString* error = nullptr) const;
    entre::BadgeSelection selection() const;

    // Runs the batch and returns the number of badges, or -1 after showing why not. printTo
    // prints on a queue (empty: the settings' printer); printOn on the target the printer
    // dialog chose, a print to file included; both record the badges as printed. saveTo writes
    // a PDF for later and records nothing.
    int printTo(const QString& printerName);
    int printOn(const entre::PrintTarget& target);
    int saveTo(const QString& pdfPath);

    // Closing while a batch runs cancels it first.
    void reject() override;

public Q_SLOTS:
    void cancel() { m_cancelled = true; }

private:
    void addChoices(QFormLayout* form);
    void addButtons(QLayout* layout);
    int run(const entre::PrintTarget& target, bool recordPdf);
    void updateSummary();
    void preview();
    void choosePrinterAndPrint();
    void choosePdfAndSave();
    bool progress(int done, int total);
    void setRunning(bool running);
    void showFailure(const entre::Error& error);

    entre::Event* m_event;
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
