#pragma once

// Not read by moc: engine headers are fine here.
#include "engine/data/dataset.h"

#include <QImage>

namespace nw::gui {

// Whether the data set's samples are pictures: (1, H, W) grey or (3, H, W) colour.
bool isImageData(const Dataset& data);

// Sample `row` of an image data set as a picture, stretched to its own value range.
QImage sampleImage(const Dataset& data, int64_t row);

} // namespace nw::gui
