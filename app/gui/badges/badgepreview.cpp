#include "badgepreview.h"

#include "badgepreviewdialog.h"
#include "badgeprintrun.h"
#include "badgesettings.h"
#include "event/event.h"

#include <QCoreApplication>
#include <QMessageBox>

void previewBadges(QWidget* parent, const entre::Event& event, const QList<entre::Attendee>& people,
                   int startPosition)
{
    entre::BadgeRequest request = BadgeSettings::request();
    request.startPosition = startPosition;
    // Placed as the badge printer would print them, though no printer need be there.
    request.offset = BadgeSettings::offsetFor(BadgeSettings::printerName());
    auto run = entre::BadgePrintRun::prepare(event, people, request, entre::PrintTarget::pdf({}));
    if (!run) {
        QMessageBox::warning(parent, QCoreApplication::translate("BadgePreview", "Badge preview"),
                             run.error().message);
        return;
    }
    entre::showBadgePreview(parent, run.value(), BadgeSettings::printerName());
}
