// How long reading a real data set takes: Fashion-MNIST's 60,000 training and 10,000 test images,
// gzip-compressed IDX files, into the tensors training reads from. The first read warms the page
// cache; the figure is the median of the timed reads after it. Prints one JSON line.
#include "engine/data/builtin_datasets.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const auto folder = nw::builtinDatasetFolder(nw::BuiltinDataset::FashionMnist);
    nw::Result<nw::Dataset> warm = nw::loadBuiltinDataset(nw::BuiltinDataset::FashionMnist);
    if (!warm.ok()) {
        std::fprintf(stderr, "%s\n", warm.error().describe().c_str());
        return 2;
    }
    const int64_t samples = warm->size();
    std::vector<double> seconds;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const nw::Result<nw::Dataset> data = nw::loadBuiltinDataset(nw::BuiltinDataset::FashionMnist);
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        if (!data.ok() || data->size() != samples) return 2;
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[seconds.size() / 2];
    std::printf(
        "{\"framework\": \"neuroweave\", \"workload\": \"load_fashion_mnist\", \"folder\": \"%s\", "
        "\"samples\": %lld, \"runs\": %d, \"median_s\": %.4f, \"min_s\": %.4f, \"samples_per_s\": %.0f}\n",
        folder.c_str(), static_cast<long long>(samples), runs, median, seconds.front(),
        static_cast<double>(samples) / median);
    return 0;
}
