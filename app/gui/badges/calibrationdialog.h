#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

// Moves everything a printer prints by a few millimetres so badges land on the labels; the
// offset is remembered per printer. The test page draws every label's outline.
class CalibrationDialog : public QDialog {
    Q_OBJECT

public:
    explicit CalibrationDialog(QWidget* parent = nullptr);

    void accept() override;
    // Prints the test page for the chosen printer and stock; false after showing why.
    bool printTestPage();

private:
    void loadOffset();

    QComboBox* m_printer;
    QDoubleSpinBox* m_x;
    QDoubleSpinBox* m_y;
    QLabel* m_status;
};
