#include "gui/docks/number_format.h"

#include <QLocale>

#include <cmath>

namespace nw::gui {

QString formatCount(qint64 value) { return QLocale().toString(value); }

QString formatScaled(double value) {
    static const char* const kPrefixes[] = {"", " k", " M", " G", " T", " P"};
    int prefix = 0;
    double scaled = value;
    while (std::fabs(scaled) >= 999.5 && prefix < 5) {
        scaled /= 1000.0;
        ++prefix;
    }
    if (prefix == 0) return QLocale().toString(static_cast<qint64>(std::llround(scaled)));
    const int decimals = std::fabs(scaled) < 9.995 ? 2 : std::fabs(scaled) < 99.95 ? 1 : 0;
    return QLocale().toString(scaled, 'f', decimals) + QLatin1String(kPrefixes[prefix]);
}

QString formatBytes(qint64 bytes) { return QLocale().formattedDataSize(bytes, 1); }

} // namespace nw::gui
