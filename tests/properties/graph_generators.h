#pragma once

// Random valid graphs for properties: every graph analyses as valid and compiles. Call inside a
// RapidCheck property (they draw with operator*).

#include "engine/graph/graph.h"

namespace nw::test {

// Input -> a random chain of Dense layers and activations with random sizes.
Graph genValidMlp();

// A random valid DAG on images: convolutions, pooling, normalisation and activations, with Add and
// Concat merging earlier nodes, some nodes disabled; every open end is flattened and joined, so one
// node is the output.
Graph genValidImageDag();

} // namespace nw::test
