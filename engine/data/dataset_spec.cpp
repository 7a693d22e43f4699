#include "engine/data/dataset_spec.h"

namespace nw {

Result<Dataset> loadDataset(const DatasetSpec& spec, const std::filesystem::path&) {
    switch (spec.source) {
    case DatasetSource::Synthetic:
        if (spec.synthetic.samples < 2)
            return Diagnostic{DiagCode::JsonValue,
                              "A synthetic data set needs at least 2 samples, got " +
                                  std::to_string(spec.synthetic.samples)};
        return makeSynthetic(spec.synthetic);
    }
    return Diagnostic{DiagCode::JsonValue, "Unknown data set source"};
}

} // namespace nw
