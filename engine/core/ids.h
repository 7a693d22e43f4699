#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace nw {

// Identifies a node of a Graph. Ids are never reused within one graph; 0 means "no node".
struct NodeId {
    uint32_t value = 0;
    bool valid() const { return value != 0; }
    auto operator<=>(const NodeId&) const = default;
};

// One port of a node: an input port when it is an edge's `to`, an output port when its `from`.
struct PortRef {
    NodeId node;
    int port = 0;
    auto operator<=>(const PortRef&) const = default;
};

// A wire from an output port to an input port.
struct Edge {
    PortRef from;
    PortRef to;
    auto operator<=>(const Edge&) const = default;
};

} // namespace nw

template <>
struct std::hash<nw::NodeId> {
    size_t operator()(nw::NodeId id) const noexcept { return std::hash<uint32_t>{}(id.value); }
};
