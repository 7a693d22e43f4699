#pragma once

#include <QString>

namespace nw::gui {

// The MIME type of a layer dragged from the palette; the payload is the kind's registry name in
// UTF-8 ("Dense"). The canvas accepts drops of this type.
inline QString layerMimeType() { return QStringLiteral("application/x-neuroweave-layer"); }

} // namespace nw::gui
