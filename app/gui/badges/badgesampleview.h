#pragma once

#include "badges/badgecontent.h"
#include "badges/badgestock.h"
#include "badges/badgetemplate.h"

#include <QWidget>

// A live picture of one badge as the current stock and template draw it.
class BadgeSampleView : public QWidget {
    Q_OBJECT

public:
    explicit BadgeSampleView(QWidget* parent = nullptr);

    void show(const entre::BadgeStock& stock, const entre::BadgeTemplate& badgeTemplate,
              const entre::BadgeContent& content);
    static entre::BadgeContent sampleContent(const QString& eventName);
    QSize sizeHint() const override { return {360, 240}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    entre::BadgeStock m_stock;
    entre::BadgeTemplate m_template;
    entre::BadgeContent m_content;
};
