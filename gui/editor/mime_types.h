#pragma once

#include <QString>

namespace nw::gui {

// A layer kind dragged from the palette: the kind's registry name ("Dense") in UTF-8. The palette
// offers it, and the canvas adds a layer of that kind where it is dropped.
inline QString layerMimeType() { return QStringLiteral("application/x-neuroweave-layer"); }

} // namespace nw::gui
