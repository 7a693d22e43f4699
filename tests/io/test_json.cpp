#include "engine/io/json_reader.h"
#include "engine/io/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>

namespace nw::io {
namespace {

Json parsed(std::string_view text) {
    Result<Json> j = parseJson(text);
    if (!j.ok()) throw std::logic_error(j.error().describe());
    return j.value();
}

TEST(JsonText, SyntaxErrorsSayLineAndColumn) {
    const Result<Json> r = parseJson("{\n  \"a\": 1,\n  \"b\": [1, 2,, 3]\n}");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, DiagCode::JsonSyntax);
    EXPECT_EQ(r.error().location, "line 3, column 14");
    EXPECT_NE(r.error().message.find("unexpected ','"), std::string::npos) << r.error().message;
}

TEST(JsonText, ColumnsCountCharactersNotBytes) {
    const Result<Json> r = parseJson("[\"×××\", ]");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().location, "line 1, column 9");
}

TEST(JsonText, AnOverflowingNumberIsASyntaxErrorWithAPlace) {
    const Result<Json> r = parseJson("{\"a\":\n 1e999}");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, DiagCode::JsonSyntax);
    EXPECT_EQ(r.error().location.rfind("line 2,", 0), 0u) << r.error().location;
}

TEST(JsonText, EmptyAndTruncatedTextAreSyntaxErrors) {
    EXPECT_EQ(parseJson("").error().code, DiagCode::JsonSyntax);
    EXPECT_EQ(parseJson("{\"a\": [1, 2").error().code, DiagCode::JsonSyntax);
}

TEST(JsonReader, PathsEscapeTildeAndSlash) {
    EXPECT_EQ(memberPath("/", "a"), "/a");
    EXPECT_EQ(memberPath("/a", "b/c~d"), "/a/b~1c~0d");
}

TEST(JsonReader, ReportsTheFirstProblemWithItsPath) {
    const Json doc = parsed(R"({"list": [1, "two", 3], "n": -1})");
    JsonReader::Problem problem;
    const JsonReader root(doc, problem);
    int64_t sum = 0;
    for (const JsonReader& e : root.at("list").elements()) sum += e.integer();
    root.at("n").unsignedInteger(); // a second problem: not recorded
    ASSERT_TRUE(problem.first.has_value());
    EXPECT_EQ(problem.first->code, DiagCode::JsonType);
    EXPECT_EQ(problem.first->location, "/list/1");
    EXPECT_EQ(problem.first->message, "Expected a whole number, got a string");
}

TEST(JsonReader, MissingFieldsAndUnknownFieldsAreNamed) {
    const Json doc = parsed(R"({"a": {"x": 1, "typo": 2}})");
    {
        JsonReader::Problem problem;
        JsonReader(doc, problem).at("a").at("y");
        EXPECT_EQ(problem.first->code, DiagCode::JsonMissing);
        EXPECT_EQ(problem.first->location, "/a/y");
    }
    {
        JsonReader::Problem problem;
        JsonReader(doc, problem).at("a").allowOnly({"x"});
        EXPECT_EQ(problem.first->code, DiagCode::JsonValue);
        EXPECT_EQ(problem.first->location, "/a/typo");
    }
}

TEST(JsonReader, RangesAreWordedWithTheirBounds) {
    const Json doc = parsed(R"({"a": 0, "b": 1.5, "c": 2.5, "big": 18446744073709551615})");
    const auto messageOf = [&](auto read) {
        JsonReader::Problem problem;
        read(JsonReader(doc, problem));
        return problem.first ? problem.first->message : std::string("no problem");
    };
    EXPECT_EQ(messageOf([](JsonReader r) { r.at("a").integer(1, 10); }), "Must be between 1 and 10, got 0");
    EXPECT_EQ(messageOf([](JsonReader r) { r.at("b").number(0, 1, Bound::Inclusive, Bound::Exclusive); }),
              "Must be at least 0 and less than 1, got 1.5");
    EXPECT_EQ(messageOf([](JsonReader r) { r.at("a").number(0, 10, Bound::Exclusive); }),
              "Must be greater than 0 and at most 10, got 0");
    EXPECT_EQ(messageOf([](JsonReader r) { r.at("c").integer(); }), "Expected a whole number, got 2.5");
    EXPECT_EQ(messageOf([](JsonReader r) { r.at("big").integer(); }),
              "Must be at most 9223372036854775807, got 18446744073709551615");
    EXPECT_EQ(messageOf([](JsonReader r) { r.at("big").unsignedInteger(); }), "no problem");
}

TEST(JsonReader, MetricsReadNullAsNaNAndNamedInfinities) {
    const Json doc = parsed(R"([null, "Infinity", "-Infinity", -0.0, "inf"])");
    JsonReader::Problem problem;
    const auto e = JsonReader(doc, problem).elements();
    EXPECT_TRUE(std::isnan(e[0].metric()));
    EXPECT_EQ(e[1].metric(), std::numeric_limits<double>::infinity());
    EXPECT_EQ(e[2].metric(), -std::numeric_limits<double>::infinity());
    EXPECT_TRUE(std::signbit(e[3].metric()));
    EXPECT_FALSE(problem.first.has_value());
    e[4].metric();
    ASSERT_TRUE(problem.first.has_value());
    EXPECT_EQ(problem.first->location, "/4");
}

TEST(JsonWriter, PutsShortFlatThingsOnOneLine) {
    const Json doc = parsed(R"({"a": [1, 2.5, -0.0], "list": [{"x": [1, 0], "y": "s"}, {"z": {"deep": 1}}],
                               "empty": {}, "none": [], "obj": {"k": true}})");
    EXPECT_EQ(formatJson(doc), R"({
  "a": [1, 2.5, -0.0],
  "list": [
    {"x": [1, 0], "y": "s"},
    {
      "z": {
        "deep": 1
      }
    }
  ],
  "empty": {},
  "none": [],
  "obj": {
    "k": true
  }
}
)");
}

TEST(JsonWriter, DoublesReadBackExactly) {
    for (double v : {0.1, 1.0 / 3.0, 1e-308, 4.9406564584124654e-324, 1.7976931348623157e308, -2.5e-7}) {
        const Json back = parsed(formatJson(Json::array({v})));
        EXPECT_EQ(back[0].get<double>(), v);
    }
}

} // namespace
} // namespace nw::io
