#include "engine/layers/kernel_variant.h"

namespace nw {

bool runsKernelsV4() {
#if NW_HAVE_KERNELS_V4
    static const bool runs = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
               __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
    }();
    return runs;
#else
    return false;
#endif
}

} // namespace nw
