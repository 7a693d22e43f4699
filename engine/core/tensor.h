#pragma once

#include "engine/core/shape.h"

#include <Eigen/Core>
#include <Eigen/StdVector>
#include <vector>

namespace nw {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using MatrixMap = Eigen::Map<RowMatrix>;
using ConstMatrixMap = Eigen::Map<const RowMatrix>;
using VectorMap = Eigen::Map<Eigen::VectorXf>;
using ConstVectorMap = Eigen::Map<const Eigen::VectorXf>;

// A dense float32 tensor, row-major, with its first dimension as rows (the batch for activations,
// the fan-in for a Dense weight). Storage is allocated once; setRows() shrinks or regrows the first
// dimension within that capacity without allocating, so a smaller last batch costs nothing.
class Tensor {
public:
    Tensor() = default;
    explicit Tensor(Shape shape); // zero-filled

    const Shape& shape() const { return m_shape; }
    int64_t rows() const { return m_shape.empty() ? 1 : m_shape[0]; }
    // Elements per row (per sample): the product of every dimension after the first.
    int64_t rowSize() const { return m_rowSize; }
    int64_t size() const { return rows() * m_rowSize; }
    int64_t capacityRows() const { return m_capacityRows; }

    // Changes the first dimension, up to the rows allocated at construction.
    void setRows(int64_t rows);
    // Gives every row the shape `sampleShape` of the same size (28×28 images read as flat 784
    // vectors, say); the values stay where they are.
    void setSampleShape(const Shape& sampleShape);

    float* data() { return m_data.data(); }
    const float* data() const { return m_data.data(); }
    float* row(int64_t r) { return m_data.data() + r * m_rowSize; }
    const float* row(int64_t r) const { return m_data.data() + r * m_rowSize; }
    float& operator[](int64_t i) { return m_data[static_cast<size_t>(i)]; }
    float operator[](int64_t i) const { return m_data[static_cast<size_t>(i)]; }

    // (rows, rowSize) views for Eigen kernels.
    MatrixMap matrix() { return {m_data.data(), rows(), m_rowSize}; }
    ConstMatrixMap matrix() const { return {m_data.data(), rows(), m_rowSize}; }
    VectorMap flat() { return {m_data.data(), size()}; }
    ConstVectorMap flat() const { return {m_data.data(), size()}; }

    void setZero();
    // Same shape and the same values, bit for bit.
    bool operator==(const Tensor& other) const;

private:
    Shape m_shape;
    int64_t m_rowSize = 0;
    int64_t m_capacityRows = 0;
    // Aligned for the widest SIMD loads: Eigen's kernels round differently on unaligned data, and the
    // same seed must give the same numbers bit for bit wherever the allocator puts a buffer.
    std::vector<float, Eigen::aligned_allocator<float>> m_data;
};

} // namespace nw
