# Use ccache when it is installed: rebuilds after a clean clone reuse earlier object files.
find_program(NW_CCACHE ccache)
if(NW_CCACHE)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${NW_CCACHE})
endif()
