#include "noticebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace {

// Success goes quickly so the next person's name is not hidden; problems stay longer.
int secondsShown(NoticeBanner::Kind kind)
{
    switch (kind) {
    case NoticeBanner::Kind::Success:
        return 3;
    case NoticeBanner::Kind::Info:
        return 5;
    case NoticeBanner::Kind::Warning:
    case NoticeBanner::Kind::Error:
        return 10;
    case NoticeBanner::Kind::Idle:
        break;
    }
    return 0;
}

QString styleFor(NoticeBanner::Kind kind)
{
    switch (kind) {
    case NoticeBanner::Kind::Success:
        return QStringLiteral("background:#1e7b34; color:white; border-radius:6px;");
    case NoticeBanner::Kind::Info:
        return QStringLiteral("background:#dde6f0; color:#1b2a3a; border-radius:6px;");
    case NoticeBanner::Kind::Warning:
        return QStringLiteral("background:#f2b632; color:#2b1d00; border-radius:6px;");
    case NoticeBanner::Kind::Error:
        return QStringLiteral("background:#b3261e; color:white; border-radius:6px;");
    case NoticeBanner::Kind::Idle:
        break;
    }
    return QStringLiteral("background:transparent; color:palette(mid);");
}

} // namespace

NoticeBanner::NoticeBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("noticeBanner"));
    m_label->setObjectName(QStringLiteral("noticeText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &NoticeBanner::clearNotice);
    clearNotice();
}

void NoticeBanner::showNotice(Kind kind, const QString& text)
{
    m_kind = kind;
    m_label->setText(text);
    applyKind();
    if (kind == Kind::Idle)
        m_timer->stop();
    else
        m_timer->start(secondsShown(kind) * 1000);
}

void NoticeBanner::clearNotice()
{
    m_kind = Kind::Idle;
    m_label->setText(m_idleText.isEmpty() ? tr("Type a name or scan a ticket, then press Enter.")
                                          : m_idleText);
    applyKind();
}

void NoticeBanner::setIdleText(const QString& text)
{
    m_idleText = text;
    if (m_kind == Kind::Idle)
        clearNotice();
}

QString NoticeBanner::text() const
{
    return m_label->text();
}

void NoticeBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_styledAs.reset();
        applyKind();
    }
}

// Restyling takes a style sheet and a font through the whole label, and a layout pass: only when
// the colours change, not for each of a row of check-ins.
void NoticeBanner::applyKind()
{
    if (m_styledAs == m_kind)
        return;
    m_styledAs = m_kind;
    QFont font = this->font();
    font.setBold(m_kind != Kind::Idle);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_label->setFont(font);
    m_label->setStyleSheet(QStringLiteral("QLabel { padding: 8px 14px; ") + styleFor(m_kind) +
                           QStringLiteral(" }"));
    m_label->setMinimumHeight(m_label->fontMetrics().height() * 2 + 16);
}
