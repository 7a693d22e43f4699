#include "engine/core/shape.h"

namespace nw {

int64_t Shape::numel() const {
    int64_t n = 1;
    for (int64_t d : m_dims) n *= d;
    return n;
}

Shape Shape::withBatch(int64_t batch) const {
    std::vector<int64_t> dims;
    dims.reserve(m_dims.size() + 1);
    dims.push_back(batch);
    dims.insert(dims.end(), m_dims.begin(), m_dims.end());
    return Shape(std::move(dims));
}

Shape Shape::withoutBatch() const {
    if (m_dims.empty()) return {};
    return Shape(std::vector<int64_t>(m_dims.begin() + 1, m_dims.end()));
}

std::string Shape::toString() const {
    if (m_dims.empty()) return "scalar";
    std::string s;
    for (size_t i = 0; i < m_dims.size(); ++i) {
        if (i) s += "\u00d7";
        s += std::to_string(m_dims[i]);
    }
    return s;
}

} // namespace nw
