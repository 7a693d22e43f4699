#pragma once

// The layer kinds, apart from the Layer contract (layer.h) so that the graph and the file format can
// name a kind without pulling in tensors and Eigen.

namespace nw {

enum class LayerKind {
    Input,
    Dense,
    ReLU,
    LeakyReLU,
    Sigmoid,
    Tanh,
    Softmax,
    Conv2D,
    MaxPool2D,
    AvgPool2D,
    GlobalAveragePool,
    Flatten,
    Reshape,
    Dropout,
    BatchNorm,
    LayerNorm,
    GELU,
    ELU,
    Swish,
    Add,
    Concat,
    Identity,
};

} // namespace nw
