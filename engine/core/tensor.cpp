#include "engine/core/tensor.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace nw {

Tensor::Tensor(Shape shape) : m_shape(std::move(shape)) {
    m_rowSize = m_shape.empty() ? 1 : m_shape.withoutBatch().numel();
    m_capacityRows = rows();
    m_data.assign(static_cast<size_t>(m_capacityRows * m_rowSize), 0.0f);
}

void Tensor::setRows(int64_t newRows) {
    if (m_shape.empty() || newRows < 0 || newRows > m_capacityRows)
        throw std::logic_error("Tensor::setRows beyond the allocated capacity");
    m_shape[0] = newRows;
}

void Tensor::setSampleShape(const Shape& sampleShape) {
    if (m_shape.empty() || sampleShape.numel() != m_rowSize)
        throw std::logic_error("Tensor::setSampleShape with a different number of values per row");
    std::vector<int64_t> dims{m_shape[0]};
    for (int axis = 0; axis < sampleShape.rank(); ++axis) dims.push_back(sampleShape[axis]);
    m_shape = Shape(std::move(dims));
}

void Tensor::setZero() { std::fill(m_data.begin(), m_data.begin() + size(), 0.0f); }

bool Tensor::operator==(const Tensor& other) const {
    // memcmp may not be given the null data of an empty tensor, even for no bytes.
    return m_shape == other.m_shape &&
           (size() == 0 ||
            std::memcmp(data(), other.data(), static_cast<size_t>(size()) * sizeof(float)) == 0);
}

} // namespace nw
