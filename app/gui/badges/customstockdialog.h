#pragma once

#include "badges/badgestock.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Describes the user's own label stock in millimetres, as the maker's sheet gives it; refuses
// geometry whose labels overlap or run off the page.
class CustomStockDialog : public QDialog {
    Q_OBJECT

public:
    explicit CustomStockDialog(const entre::BadgeStock& start, QWidget* parent = nullptr);

    entre::BadgeStock stock() const;
    void accept() override;

private:
    void check();
    QDoubleSpinBox* millimetres(double value, double maximum);

    QLineEdit* m_name;
    QDoubleSpinBox* m_pageWidth;
    QDoubleSpinBox* m_pageHeight;
    QDoubleSpinBox* m_labelWidth;
    QDoubleSpinBox* m_labelHeight;
    QSpinBox* m_columns;
    QSpinBox* m_rows;
    QDoubleSpinBox* m_left;
    QDoubleSpinBox* m_top;
    QDoubleSpinBox* m_pitchX;
    QDoubleSpinBox* m_pitchY;
    QDoubleSpinBox* m_radius;
    QCheckBox* m_rotate;
    QLabel* m_problem;
    QPushButton* m_save = nullptr;
};
