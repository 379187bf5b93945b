#include "lockscreen.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel* centredLabel(QWidget* parent, double scale, bool bold)
{
    auto* label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

} // namespace

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent)
    , m_name(centredLabel(this, 2.2, true))
    , m_counts(centredLabel(this, 1.8, false))
    , m_wrong(centredLabel(this, 1.2, true))
    , m_pin(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("Unlock"), this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_name->setObjectName(QStringLiteral("lockEventName"));
    m_counts->setObjectName(QStringLiteral("lockCounts"));
    m_wrong->setObjectName(QStringLiteral("lockWrongPin"));
    m_wrong->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_wrong->hide();
    auto* locked = centredLabel(this, 1.2, false);
    locked->setText(tr("The desk is locked."));

    m_pin->setObjectName(QStringLiteral("unlockPinField"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAlignment(Qt::AlignCenter);
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setMaxLength(32);
    m_pin->setFixedWidth(m_pin->fontMetrics().averageCharWidth() * 24);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    QFont big = m_unlock->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_unlock->setFont(big);
    m_unlock->setMinimumSize(m_unlock->fontMetrics().averageCharWidth() * 20,
                             m_unlock->fontMetrics().height() * 3);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_name);
    layout->addWidget(m_counts);
    layout->addSpacing(m_counts->fontMetrics().height());
    layout->addWidget(locked);
    layout->addWidget(m_pin, 0, Qt::AlignHCenter);
    layout->addWidget(m_wrong);
    layout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    const auto request = [this] {
        Q_EMIT unlockRequested(m_pin->isVisibleTo(this) ? m_pin->text() : QString());
    };
    connect(m_pin, &QLineEdit::returnPressed, this, request);
    connect(m_unlock, &QPushButton::clicked, this, request);
}

void LockScreen::setEventName(const QString& name)
{
    m_name->setText(name);
}

void LockScreen::setCounts(int arrived, int registered)
{
    m_counts->setText(tr("%1 of %2 arrived").arg(arrived).arg(registered));
}

void LockScreen::prepare(bool pinNeeded)
{
    m_pin->clear();
    m_pin->setVisible(pinNeeded);
    m_wrong->hide();
    allowAttempts();
}

void LockScreen::showWrongPin()
{
    m_wrong->setText(tr("Wrong PIN. The desk stays locked."));
    m_wrong->show();
    m_pin->clear();
    takeFocus();
}

void LockScreen::showRefused(int seconds)
{
    m_wrong->setText(tr("Too many wrong PINs. Try again in %1 s.").arg(seconds));
    m_wrong->show();
    m_pin->clear();
    m_pin->setEnabled(false);
    m_unlock->setEnabled(false);
}

void LockScreen::allowAttempts()
{
    const bool wasRefused = !m_unlock->isEnabled();
    m_pin->setEnabled(true);
    m_unlock->setEnabled(true);
    if (wasRefused) {
        m_wrong->hide();
        takeFocus();
    }
}

void LockScreen::takeFocus()
{
    if (m_pin->isVisibleTo(this))
        m_pin->setFocus();
    else
        m_unlock->setFocus();
}
