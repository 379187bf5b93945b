#pragma once

#include "badges/badgestock.h"
#include "badges/badgetemplate.h"

#include <QDialog>
#include <QMap>

class BadgeSampleView;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

// Edits a badge template with a live sample; the result is saved in the event file.
class BadgeTemplateEditor : public QDialog {
    Q_OBJECT

public:
    BadgeTemplateEditor(const entre::BadgeTemplate& badgeTemplate, const entre::BadgeStock& stock,
                        const QString& eventName, QWidget* parent = nullptr);

    entre::BadgeTemplate badgeTemplate() const { return m_template; }

private:
    QFormLayout* makeForm();
    QFormLayout* makeSizes();
    void addLogoRow(QFormLayout* form);
    void readForm();
    void chooseColour(entre::OrganisationType type);
    void chooseLogo();

    entre::BadgeTemplate m_template;
    entre::BadgeStock m_stock;
    QString m_eventName;
    QLineEdit* m_name;
    QComboBox* m_nameStyle;
    QComboBox* m_alignment;
    QComboBox* m_band;
    QList<QCheckBox*> m_flags;
    QList<QDoubleSpinBox*> m_sizes;
    QMap<entre::OrganisationType, QPushButton*> m_colourButtons;
    BadgeSampleView* m_sample;
};
