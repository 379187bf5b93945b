#include "deskstatusindicator.h"

DeskStatusIndicator::DeskStatusIndicator(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("deskStatus"));
    setTextFormat(Qt::RichText);
    hide();
}

void DeskStatusIndicator::setDeskState(entre::DeskLink::State state, int pending,
                                       const QString& problem)
{
    using State = entre::DeskLink::State;
    QString colour;
    QString text;
    switch (state) {
    case State::Connecting:
        colour = QStringLiteral("#757575");
        text = tr("Desks: connecting…");
        break;
    case State::Connected:
        colour = QStringLiteral("#2e7d32");
        text = tr("Desks: connected");
        break;
    case State::CatchingUp:
        colour = QStringLiteral("#ef8f00");
        text = tr("Desks: catching up, %n to send", nullptr, pending);
        break;
    case State::Offline:
        colour = QStringLiteral("#c62828");
        text = pending > 0 ? tr("Desks: offline, %n waiting to be sent", nullptr, pending)
                           : tr("Desks: offline");
        break;
    }
    // The dot says it at a glance; the words say it to everyone, colour-blind or not.
    setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(colour, text.toHtmlEscaped()));
    setAccessibleName(text);
    setToolTip(
        state == State::Offline && !problem.isEmpty()
            ? tr("This desk goes on alone and sends what it has when the server is back.\n%1")
                  .arg(problem)
            : QString());
    setVisible(true);
}
