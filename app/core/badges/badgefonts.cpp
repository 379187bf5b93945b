#include "badgefonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace entre {
namespace {

struct Loaded {
    bool ok = false;
    QString family;
};

Loaded load()
{
    Loaded loaded;
    const int regular = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans.ttf"));
    const int bold =
        QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans-Bold.ttf"));
    if (regular < 0 || bold < 0)
        return loaded;
    const QStringList families = QFontDatabase::applicationFontFamilies(regular);
    loaded.ok = !families.isEmpty();
    loaded.family = loaded.ok ? families.first() : QString();
    return loaded;
}

const Loaded& loaded()
{
    static const Loaded fonts = load();
    return fonts;
}

} // namespace

bool BadgeFonts::ensureLoaded()
{
    return loaded().ok;
}

QString BadgeFonts::family()
{
    return loaded().ok ? loaded().family : QStringLiteral("DejaVu Sans");
}

QFont BadgeFonts::font(double emSize, bool bold)
{
    QFont font(family());
    font.setPixelSize(qMax(1, qRound(emSize)));
    font.setWeight(bold ? QFont::Bold : QFont::Normal);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::ForceOutline);
    font.setKerning(true);
    return font;
}

} // namespace entre
