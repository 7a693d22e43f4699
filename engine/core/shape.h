#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

namespace nw {

// The dimensions of one tensor. Per-sample shapes (what shape inference reports) leave the batch out;
// a Tensor's shape puts the batch first. Images are channels-first: (C, H, W).
class Shape {
public:
    Shape() = default;
    Shape(std::initializer_list<int64_t> dims) : m_dims(dims) {}
    explicit Shape(std::vector<int64_t> dims) : m_dims(std::move(dims)) {}

    int rank() const { return static_cast<int>(m_dims.size()); }
    int64_t operator[](int axis) const { return m_dims[static_cast<size_t>(axis)]; }
    int64_t& operator[](int axis) { return m_dims[static_cast<size_t>(axis)]; }
    const std::vector<int64_t>& dims() const { return m_dims; }
    bool empty() const { return m_dims.empty(); }

    // Product of all dimensions; 1 for a rank-0 shape.
    int64_t numel() const;
    // The same shape with `batch` in front: the shape of a batch of samples.
    Shape withBatch(int64_t batch) const;
    // The shape without its first dimension.
    Shape withoutBatch() const;
    // Human-readable, the way the designer shows it: "784", "1×28×28".
    std::string toString() const;

    bool operator==(const Shape&) const = default;

private:
    std::vector<int64_t> m_dims;
};

} // namespace nw
