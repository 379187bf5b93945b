#include "doublewalkinnotice.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

DoubleWalkInNotice::DoubleWalkInNotice(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_buttons(new QVBoxLayout)
{
    setObjectName(QStringLiteral("detailDoublesBox"));
    setStyleSheet(QStringLiteral("#detailDoublesBox { background: #fff3cd; border: 1px solid "
                                 "#e0b84c; border-radius: 4px; } "
                                 "#detailDoublesBox QLabel { color: #664d03; }"));
    m_text->setObjectName(QStringLiteral("detailDoubles"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(m_text);
    layout->addLayout(m_buttons);
    hide();
}

void DoubleWalkInNotice::showDoubles(const QList<entre::Attendee>& doubles)
{
    // Later: this may run while one of the buttons is still sending its click.
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        if (QWidget* button = item->widget()) {
            button->hide();
            button->deleteLater();
        }
        delete item;
    }
    setVisible(!doubles.isEmpty());
    if (doubles.isEmpty())
        return;
    QStringList who;
    for (const entre::Attendee& other : doubles)
        who.append(tr("%1 (code %2)", "a walk-in added at another desk")
                       .arg(other.fullName(), other.code));
    m_text->setText(
        tr("Maybe the same person as %1: two desks each added a walk-in with this name and "
           "organisation while they could not reach each other. Ask before printing another "
           "badge. If it is the same person, merge the two: every desk then lists one person "
           "with the check-ins and badges of both.")
            .arg(QLocale().createSeparatedList(who)));
    for (const entre::Attendee& other : doubles) {
        auto* merge =
            new QPushButton(tr("Merge with %1 (%2)…").arg(other.fullName(), other.code), this);
        merge->setObjectName(QStringLiteral("detailMergeDouble"));
        // A click leaves the keys with the search field; Tab still reaches the button.
        merge->setFocusPolicy(Qt::TabFocus);
        connect(merge, &QPushButton::clicked, this,
                [this, other] { Q_EMIT mergeRequested(other); });
        m_buttons->addWidget(merge);
    }
}
