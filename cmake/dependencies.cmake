# Every third-party dependency, found from Debian's packages (packaging/install-deps.sh installs them).
find_package(Eigen3 3.4 REQUIRED NO_MODULE)
find_package(OpenMP REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(ZLIB REQUIRED)
find_package(Threads REQUIRED)
# ONNX export writes through the schema's generated classes; ONNX's config needs protobuf found first.
find_package(Protobuf REQUIRED)
find_package(ONNX 1.12 REQUIRED)
# OpenCV's DNN module re-runs an exported model to measure how far it is from the engine; optional.
# Debian's libopencv-dnn-dev ships neither a CMake config nor a pkg-config file: found by hand.
find_path(NW_OPENCV_INCLUDE_DIR opencv2/dnn.hpp PATH_SUFFIXES opencv4)
find_library(NW_OPENCV_CORE_LIBRARY opencv_core)
find_library(NW_OPENCV_DNN_LIBRARY opencv_dnn)
if(NW_OPENCV_INCLUDE_DIR AND NW_OPENCV_CORE_LIBRARY AND NW_OPENCV_DNN_LIBRARY)
  add_library(nw_opencv_dnn INTERFACE IMPORTED)
  target_include_directories(nw_opencv_dnn SYSTEM INTERFACE ${NW_OPENCV_INCLUDE_DIR})
  target_link_libraries(nw_opencv_dnn INTERFACE ${NW_OPENCV_DNN_LIBRARY} ${NW_OPENCV_CORE_LIBRARY})
  set(NW_HAVE_OPENCV_DNN ON)
else()
  message(STATUS "OpenCV DNN not found: exports are not verified numerically")
  set(NW_HAVE_OPENCV_DNN OFF)
endif()

if(NW_BUILD_GUI)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Widgets Charts Svg LinguistTools Test)
endif()

if(NW_BUILD_TESTS)
  find_package(GTest REQUIRED)
  find_package(rapidcheck REQUIRED)
endif()
