#pragma once

namespace nw::gui {

// A layer kind dragged from the palette: the kind's registry name ("Dense") as UTF-8. The canvas adds
// a layer of that kind where it is dropped.
inline constexpr char kLayerMimeType[] = "application/x-neuroweave-layer";

} // namespace nw::gui
