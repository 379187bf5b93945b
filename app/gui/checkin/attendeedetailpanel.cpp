#include "attendeedetailpanel.h"

#include "doublewalkinnotice.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

QString localTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QStringLiteral("HH:mm"));
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

} // namespace

AttendeeDetailPanel::AttendeeDetailPanel(QWidget* parent)
    : QFrame(parent)
    , m_form(new QFormLayout)
    , m_name(new QLabel(this))
{
    setObjectName(QStringLiteral("detailPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_name->setObjectName(QStringLiteral("detailName"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setFocusPolicy(Qt::NoFocus); // copying a name must not take the search field's keys
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_organisation = addRow(tr("Organisation"), QStringLiteral("detailOrganisation"));
    m_type = addRow(tr("Type"), QStringLiteral("detailType"));
    m_title = addRow(tr("Title"), QStringLiteral("detailTitle"));
    m_diet = addRow(tr("Dietary needs"), QStringLiteral("detailDiet"));
    m_notes = addRow(tr("Notes"), QStringLiteral("detailNotes"));
    m_code = addRow(tr("Code"), QStringLiteral("detailCode"));
    m_arrival = addRow(tr("Checked in"), QStringLiteral("detailArrival"));
    m_badge = addRow(tr("Badge"), QStringLiteral("detailBadge"));
    m_doubles = new DoubleWalkInNotice(this);
    connect(m_doubles, &DoubleWalkInNotice::mergeRequested, this,
            [this](const entre::Attendee& other) {
                if (m_shown)
                    Q_EMIT mergeRequested(*m_shown, other);
            });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addLayout(m_form);
    layout->addWidget(m_doubles);
    layout->addStretch(1);
    applyFonts();
    showAttendee(std::nullopt);
}

QLabel* AttendeeDetailPanel::addRow(const QString& label, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setFocusPolicy(Qt::NoFocus);
    m_form->addRow(label, value);
    return value;
}

void AttendeeDetailPanel::showAttendee(const std::optional<entre::Attendee>& attendee,
                                       const QList<entre::Attendee>& doubles)
{
    m_shown = attendee;
    m_doubles->showDoubles(doubles);
    const QList<QLabel*> values = {m_organisation, m_type, m_title,   m_diet,
                                   m_notes,        m_code, m_arrival, m_badge};
    if (!attendee) {
        m_name->setText(tr("Nobody selected"));
        for (QLabel* value : values)
            value->clear();
        return;
    }
    const entre::Attendee& a = *attendee;
    m_name->setText(a.fullName());
    m_organisation->setText(orDash(a.organisation));
    m_type->setText(a.organisation.isEmpty() ? QStringLiteral("–")
                                             : entre::organisationTypeLabel(a.organisationType));
    m_title->setText(orDash(a.title));
    m_diet->setText(orDash(a.diet));
    m_notes->setText(orDash(a.notes));
    m_code->setText(a.code);
    m_arrival->setText(a.isCheckedIn() ? tr("%1 (%2)", "check-in time (station)")
                                             .arg(localTime(a.checkedInAt), a.checkedInStation)
                                       : tr("Not yet"));
    m_badge->setText(a.badgePrintedAt.isValid() ? tr("Printed %1").arg(localTime(a.badgePrintedAt))
                                                : tr("Not printed"));
}

void AttendeeDetailPanel::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

void AttendeeDetailPanel::applyFonts()
{
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
}
