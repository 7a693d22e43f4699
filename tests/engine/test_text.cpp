// Engine sentences: patterns and values give the English the CLI prints, and keep what the designer
// needs to translate them.
#include "engine/core/diagnostic.h"
#include "engine/core/text.h"

#include <gtest/gtest.h>

#include <set>

namespace nw {
namespace {

TEST(Text, FillsItsPlaceholdersInEnglish) {
    const Text text(NW_TEXT("%2 expects %1 inputs, got %3"), {2, "Add", TextArg::real(0.5, "0.5")});
    EXPECT_EQ(text.english(), "Add expects 2 inputs, got 0.5");
    EXPECT_STREQ(text.pattern(), "%2 expects %1 inputs, got %3");
    ASSERT_EQ(text.args().size(), 3u);
    EXPECT_EQ(text.args()[0].kind(), TextArg::Kind::Integer);
    EXPECT_EQ(text.args()[0].integer(), 2);
    EXPECT_EQ(text.args()[1].kind(), TextArg::Kind::Verbatim);
    EXPECT_EQ(text.args()[2].kind(), TextArg::Kind::Real);
    EXPECT_DOUBLE_EQ(text.args()[2].real(), 0.5);
}

TEST(Text, AValueIsNotReadAsAPlaceholder) {
    EXPECT_EQ(fillPattern("%1 and %2", {"50%2", "x"}), "50%2 and x");
    EXPECT_EQ(fillPattern("100% of %1, %3 stays", {"a"}), "100% of a, %3 stays");
}

TEST(Text, NestsSentences) {
    const Text inner(NW_TEXT("units must be at least %1"), {1});
    const Text outer(NW_TEXT("Dense '%1': %2"), {"hidden", inner});
    EXPECT_EQ(outer.english(), "Dense 'hidden': units must be at least 1");
    ASSERT_NE(outer.args()[1].sentence(), nullptr);
    EXPECT_STREQ(outer.args()[1].sentence()->pattern(), "units must be at least %1");
}

TEST(Text, ADiagnosticFromATextKeepsBoth) {
    const Diagnostic marked(DiagCode::ShapeMismatch, Text(NW_TEXT("got %1"), {"4×4"}), NodeId{3});
    EXPECT_EQ(marked.message, "got 4×4");
    EXPECT_FALSE(marked.text.empty());
    EXPECT_EQ(marked.node, NodeId{3});
    const Diagnostic plain(DiagCode::FileRead, "cannot read", {}, "a.csv");
    EXPECT_TRUE(plain.text.empty());
    EXPECT_EQ(plain.describe(), "a.csv: cannot read");
}

TEST(Text, EveryCodeHasATitle) {
    std::set<std::string> titles;
    for (const DiagCode code : allDiagCodes()) {
        const Text title = codeTitle(code);
        EXPECT_FALSE(title.empty()) << toString(code);
        titles.insert(title.english());
    }
    EXPECT_EQ(titles.size(), allDiagCodes().size());
    EXPECT_EQ(allDiagCodes().back(), DiagCode::UnscaledData);
}

} // namespace
} // namespace nw
