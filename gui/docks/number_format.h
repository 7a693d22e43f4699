#pragma once

#include <QString>
#include <QtGlobal>

namespace nw::gui {

// "235,146" in the user's locale (thousands separators as the locale writes them).
QString formatCount(qint64 value);
// A large quantity with an SI prefix, three significant digits: 950, 2.41 k, 13.5 M, 1.20 G.
QString formatScaled(double value);
// Bytes as the locale writes sizes: "1.5 MiB".
QString formatBytes(qint64 bytes);

} // namespace nw::gui
