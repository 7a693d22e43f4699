# nw_set_warnings(target): the warning level every first-party target builds with.
function(nw_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wno-missing-field-initializers)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports false positives inside its own AVX-512 intrinsics once Eigen's kernels are
    # inlined with -march=native (GCC bug 105593); clang and the sanitizer builds still check these.
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized -Wno-uninitialized)
    # GCC 12 also warns on `"text" + std::string` inside libstdc++ at -O2 and above (GCC bug 105329).
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
endfunction()
