#pragma once

#include "badges/badgejob.h"

#include <QList>

class QWidget;

// Shows real badges on the chosen stock in the print preview; printing from there uses the
// same renderer and page setup as every other way out.
void showBadgePreview(QWidget* parent, const entre::BadgeJob& job,
                      const QList<entre::BadgeContent>& badges, const QString& printerName);
