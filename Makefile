# A thin wrapper over CMake and CTest: the commands README.md documents. Everything real lives in
# CMakeLists.txt and packaging/install-deps.sh; nothing here needs to be kept in step with sources.

BUILD_DIR := build/release
JOBS ?= $(shell nproc)
EXAMPLE := resources/examples/spirals.nwproj
TRAINED := build/spirals-trained.nwproj
BENCH_GUI := $(BUILD_DIR)/bench/neuroweave-bench-gui
FORMAT_DIRS := engine cli gui tests bench

# The steps of `run` and `test` must happen in order, whatever -j make was given.
.NOTPARALLEL:
.PHONY: all deps build run test test-asan test-tsan bench package package-test format fuzz

all: build

deps:
	bash packaging/install-deps.sh

build:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD_DIR) -j$(JOBS)

run: deps build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(BUILD_DIR)/gui/neuroweave $(EXAMPLE); \
	else \
		echo "No display found: training $(EXAMPLE) with the command-line tool instead."; \
		$(BUILD_DIR)/cli/neuroweave-cli train $(EXAMPLE) -o $(TRAINED); \
	fi

test: deps build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j2

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer, and under ThreadSanitizer (the
# presets in CMakePresets.json carry the flags and the sanitizers' options).
test-asan test-tsan: test-%: deps
	cmake --preset $*
	cmake --build --preset $*
	ctest --preset $*

# Runs the engine's benchmarks: data loading, then the training workloads against the PyTorch
# references (mlp, cnn and tiny in ../shared/bench, residual and vgg in bench/), in pairs (see
# bench/compare.py). BENCH_ARCH=x86-64-v3 measures the portable build that
# packages ship instead of the one tuned for this machine. Then the designer's responsiveness while it
# trains the CNN (bench/gui_responsiveness.cpp; under xvfb-run when there is no display).
BENCH_REFERENCE ?= $(abspath ../shared/bench/ref_torch.py)
BENCH_PAIRS ?= 3
BENCH_WORKLOADS ?= mlp,cnn,tiny,residual,vgg
BENCH_ARCH ?= native
BENCH_BUILD_DIR := $(if $(filter native,$(BENCH_ARCH)),$(BUILD_DIR),build/bench-$(BENCH_ARCH))

bench: build
	cmake -S . -B $(BENCH_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DNW_MARCH=$(BENCH_ARCH)
	cmake --build $(BENCH_BUILD_DIR) -j$(JOBS) --target neuroweave-bench neuroweave-bench-data
	$(BENCH_BUILD_DIR)/bench/neuroweave-bench-data
	/usr/bin/python3 bench/compare.py --ours $(BENCH_BUILD_DIR)/bench/neuroweave-bench \
		--reference $(BENCH_REFERENCE) --pairs $(BENCH_PAIRS) --workloads $(BENCH_WORKLOADS) --results $(BENCH_BUILD_DIR)/bench-results.jsonl
	@if [ -x $(BENCH_GUI) ]; then \
		if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then $(BENCH_GUI); \
		else xvfb-run -a -s "-screen 0 1440x900x24" $(BENCH_GUI); fi; \
	fi

# Fuzzes every reader of outside bytes (project files, CSV, IDX, gzip, images, ONNX models) with libFuzzer under
# ASan and UBSan, FUZZ_SECONDS each (tests/fuzz/run_fuzzers.sh); the corpora stay in build/fuzz.
FUZZ_DIR := build/fuzz
FUZZ_SECONDS ?= 60

fuzz: deps
	cmake --preset fuzz
	cmake --build $(FUZZ_DIR) -j$(JOBS) --target fuzzers
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash tests/fuzz/run_fuzzers.sh $(FUZZ_DIR)

# Packages run on other people's machines: built for x86-64-v3 (AVX2 + FMA), not for this CPU.
PACKAGE_DIR := build/package

package: deps
	cmake -S . -B $(PACKAGE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DNW_MARCH=x86-64-v3 -DNW_BUILD_TESTS=OFF
	cmake --build $(PACKAGE_DIR) -j$(JOBS)
	cd $(PACKAGE_DIR) && cpack

# Unpacks the .deb into a throwaway root and proves it runs: libraries resolve and are covered by its
# Depends, both programs start, the designer draws every installed example under Xvfb, the desktop
# entry and AppStream metadata validate (packaging/package_test.py).
package-test: package
	/usr/bin/python3 packaging/package_test.py $(PACKAGE_DIR)/neuroweave-*.deb

format:
	find $(FORMAT_DIRS) \( -name '*.h' -o -name '*.cpp' \) -print0 | xargs -0 -r clang-format -i
