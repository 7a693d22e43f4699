#pragma once

// Random damage to JSON documents, for feeding the project loader what a broken disk, a bad merge or
// a careless hand edit would.

#include <nlohmann/json.hpp>
#include <rapidcheck.h>

#include <string>

namespace nw::test {

using Json = nlohmann::ordered_json;

// Any JSON value, nested a few levels, with strings a loader may recognise (layer kinds, option keys).
rc::Gen<Json> genJunkJson();

// One random change at a random place of `doc`: a value removed, replaced by junk or a value of
// another type, a number changed, an unknown member added, an array element doubled.
void mutateJson(Json& doc);

// Text that is nearly JSON: tokens of the format in random order, so the parser gets past the first
// character and fails (or not) deep inside.
rc::Gen<std::string> genTokenSoup();

} // namespace nw::test
