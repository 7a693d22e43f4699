#pragma once

// The table that compares a project's runs: the Runs panel shows it, `neuroweave-cli runs` prints
// it, and both export it as CSV. Figures first, then the network and the settings: those that differ
// between the runs and the few that always matter.

#include "engine/train/run_record.h"

#include <span>
#include <string>
#include <vector>

namespace nw {

struct RunTable {
    struct Column {
        std::string name;
        bool setting = false; // what the run was given (network, settings), not what it measured
    };
    std::vector<Column> columns;
    std::vector<std::vector<std::string>> rows; // one per run, in the project's order
};

RunTable runTable(std::span<const RunRecord> runs);

// RFC 4180: a header line, then one line per run; fields with commas, quotes or line breaks quoted.
std::string runTableCsv(const RunTable& table);

} // namespace nw
