#pragma once

// RapidCheck generators of whole projects: graphs built by random edits through the Graph API (so
// every graph is one a person could make, id gaps and shape mismatches included), random settings
// within the file's bounds, random weights and histories with every awkward value a float can hold.

#include "engine/io/project.h"

#include <rapidcheck.h>

#include <ostream>

namespace nw {

// How RapidCheck prints a counterexample: as the file it would be.
void showValue(const Project& project, std::ostream& os);

namespace test {

rc::Gen<double> genFiniteDouble(); // -0, denormals, extremes, any exponent
rc::Gen<double> genMetric();       // also NaN and the infinities
rc::Gen<float> genAnyFloat();      // any bit pattern, NaN payloads included
rc::Gen<std::string> genText();    // valid UTF-8: quotes, backslashes, control characters, CJK, emoji
rc::Gen<Graph> genGraph();
rc::Gen<Project> genProject();

// a == b, except that the batch losses are compared bit for bit (float NaN is not equal to itself).
bool sameProject(const Project& a, const Project& b);

} // namespace test
} // namespace nw
