#pragma once

// Row helpers for the files compiled once per instruction set (winograd_kernels.cpp,
// winograd_f4x3_kernels.cpp). Only those files include this header, and its functions have internal
// linkage on purpose: each copy of each kernel file gets its own, compiled for its own instruction
// set, so the linker can never hand an AVX-512 one to an AVX2 caller.

#include <cstdint>

#define NW_RESTRICT __restrict__

namespace {

// n floats from `from` to `to` (not overlapping) in 8-float moves, the last one overlapping the one
// before: a short image row costs four moves, where memcpy's call and Eigen's alignment peeling each
// cost as much as the row.
[[maybe_unused]] void copyRow(const float* from, float* to, int64_t n) {
    constexpr int64_t kMove = 8;
    if (n < kMove) {
        for (int64_t q = 0; q < n; ++q) to[q] = from[q];
        return;
    }
    int64_t q = 0;
    for (; q + kMove <= n; q += kMove) __builtin_memcpy(to + q, from + q, sizeof(float) * kMove);
    if (q < n) __builtin_memcpy(to + n - kMove, from + n - kMove, sizeof(float) * kMove);
}

[[maybe_unused]] void fillZero(float* to, int64_t n) {
    for (int64_t q = 0; q < n; ++q) to[q] = 0.0f;
}

} // namespace
