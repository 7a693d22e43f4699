# A thin wrapper over CMake and CTest: the commands README.md documents. Everything real lives in
# CMakeLists.txt and packaging/install-deps.sh; nothing here needs to be kept in step with sources.

BUILD_DIR := build/release
JOBS ?= $(shell nproc)
EXAMPLE := resources/examples/spirals.nwproj
TRAINED := build/spirals-trained.nwproj
BENCH := $(BUILD_DIR)/bench/neuroweave-bench
BENCH_DATA := $(BUILD_DIR)/bench/neuroweave-bench-data
BENCH_GUI := $(BUILD_DIR)/bench/neuroweave-bench-gui
FORMAT_DIRS := engine cli gui tests bench

# The steps of `run` and `test` must happen in order, whatever -j make was given.
.NOTPARALLEL:
.PHONY: all deps build run test bench package format

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

# Runs the engine's benchmarks: data loading, then the training workloads once bench/ builds them
# (until then it says which are missing), then the designer's responsiveness while it trains the
# CNN (under xvfb-run when there is no display).
bench: build
	$(BENCH_DATA)
	@if [ -x $(BENCH_GUI) ]; then \
		if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then $(BENCH_GUI); \
		else xvfb-run -a -s "-screen 0 1440x900x24" $(BENCH_GUI); fi; \
	fi
	@if [ -x $(BENCH) ]; then \
		$(BENCH); \
	else \
		echo "The training benchmarks are not built yet. Not implemented:"; \
		echo "  mlp   Fashion-MNIST, 784-256-128-10 ReLU, Adam, batch 64, 1 epoch"; \
		echo "  cnn   Fashion-MNIST, LeNet-style conv 5x5 6/16, Adam, batch 64, 1 epoch"; \
		echo "  tiny  two spirals, 2-8-8-1 tanh, SGD, batch 10, 100 epochs"; \
	fi

package: build
	cd $(BUILD_DIR) && cpack

format:
	find $(FORMAT_DIRS) \( -name '*.h' -o -name '*.cpp' \) -print0 | xargs -0 -r clang-format -i
