#pragma once

// Which compiled copy of the engine's hot kernels (small_gemm_kernels.h, winograd_kernels.h) runs: a
// portable build carries an AVX-512 copy (kernels_v4) beside the one for its own instruction set
// (kernels_base), and the CPU decides once.

namespace nw {

// Whether this build has the AVX-512 copy and this CPU can run it.
bool runsKernelsV4();

} // namespace nw
