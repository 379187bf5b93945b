#include "scannerdetector.h"

#include <QKeyEvent>
#include <QTimer>

#include <algorithm>

ScannerDetector::ScannerDetector(QObject* parent)
    : QObject(parent)
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(m_settle, &QTimer::timeout, this, &ScannerDetector::settle);
}

bool ScannerDetector::looksLikeCode(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.size() >= minBurstLength && !trimmed.contains(QLatin1Char(' ')) &&
           std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
}

bool ScannerDetector::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const QString text = key->text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint();
    if (!printable) {
        // A scan ending in Enter is taken here, so it counts even when the field already held
        // something typed before the scan. Arrows, Backspace: whatever was under way ends.
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool scanned = enter && m_sinceLastKey.isValid() &&
                             m_sinceLastKey.elapsed() <= maxGapMs && looksLikeCode(m_burst);
        const QString burst = m_burst.trimmed();
        m_burst.clear();
        m_settle->stop();
        if (scanned)
            Q_EMIT codeScanned(burst);
        return scanned;
    }
    const bool continues = m_sinceLastKey.isValid() && m_sinceLastKey.elapsed() <= maxGapMs;
    m_sinceLastKey.start();
    if (!continues)
        m_burst.clear();
    m_burst += text;
    m_settle->start();
    return false;
}

void ScannerDetector::settle()
{
    const QString burst = m_burst.trimmed();
    m_burst.clear();
    if (burst.size() >= minBurstLength && looksLikeCode(burst))
        Q_EMIT codeScanned(burst);
}
