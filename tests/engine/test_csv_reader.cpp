// The CSV reader on small files each test writes: RFC 4180 records, detection, encoding, and every
// bad input it must explain.
#include "engine/data/csv_parser.h"
#include "engine/data/csv_reader.h"
#include "tests/io/temp_dir.h"

#include <fstream>
#include <gtest/gtest.h>

using namespace nw;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

class CsvFile : public ::testing::Test {
protected:
    // Writes `text` to data.csv in a fresh folder and reads it.
    Result<CsvData> read(const std::string& text, const CsvOptions& options = {}) {
        write(text);
        return readCsvDataset(path(), options);
    }
    void write(const std::string& text) { std::ofstream(path(), std::ios::binary) << text; }
    std::filesystem::path path() const { return m_dir / "data.csv"; }
    // The Diagnostic of a read that must fail, with the file named in its location.
    Diagnostic failure(const std::string& text, const CsvOptions& options = {}) {
        Result<CsvData> r = read(text, options);
        if (r.ok()) {
            ADD_FAILURE() << "the read succeeded";
            return {};
        }
        EXPECT_TRUE(contains(r.error().location, path().string())) << r.error().location;
        return r.error();
    }

private:
    test::TempDir m_dir;
};

} // namespace

TEST(CsvRecords, QuotedFieldsKeepCommasQuotesAndLineBreaks) {
    const Result<std::vector<CsvRecord>> r =
        parseCsvRecords("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,2,3,4\n", ',', "t.csv");
    ASSERT_TRUE(r.ok()) << r.error().describe();
    ASSERT_EQ(r.value().size(), 2u);
    EXPECT_EQ(r.value()[0].fields, (std::vector<std::string>{"a", "b,c", "say \"hi\"", "two\nlines"}));
    EXPECT_EQ(r.value()[1].line, 3); // the quoted line break moved the second record down
    EXPECT_EQ(r.value()[1].fields.size(), 4u);
}

TEST(CsvRecords, AcceptsCrlfBomAndAFinalLineWithoutBreak) {
    const Result<std::vector<CsvRecord>> r =
        parseCsvRecords("\xEF\xBB\xBFx,y\r\n1,\"2\r\n3\"\r\n4,5", ',', "t.csv");
    ASSERT_TRUE(r.ok()) << r.error().describe();
    ASSERT_EQ(r.value().size(), 3u);
    EXPECT_EQ(r.value()[0].fields[0], "x");
    EXPECT_EQ(r.value()[1].fields[1], "2\r\n3");
    EXPECT_EQ(r.value()[2].line, 4);
    EXPECT_EQ(r.value()[2].fields[1], "5");
}

TEST(CsvRecords, DetectsCommaSemicolonAndTab) {
    EXPECT_EQ(detectCsvDelimiter("a,b,c\n1,2,3\n"), ',');
    EXPECT_EQ(detectCsvDelimiter("a;b;c\n1,5;2;3\n4;5;6\n"), ';');
    EXPECT_EQ(detectCsvDelimiter("a\tb\n1\t2\n"), '\t');
    EXPECT_EQ(detectCsvDelimiter("\"x;y\",b\n1,2\n"), ','); // a quoted delimiter does not count
}

TEST(CsvRecords, TextAfterAClosingQuoteIsRefused) {
    const Result<std::vector<CsvRecord>> r = parseCsvRecords("a,b\n1,\"2\"x\n", ',', "t.csv");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().location, "t.csv: line 2");
    EXPECT_TRUE(contains(r.error().message, "'x' after its closing quote")) << r.error().message;
}

// Text never holds a NUL byte: such a file is UTF-16 or binary, refused where the first one is, with
// what it probably is, instead of being read as categories named with NUL bytes.
TEST(CsvRecords, ANulByteIsRefusedWithItsLineColumnAndWhatTheFileProbablyIs) {
    using namespace std::string_literals;
    const auto error = [](const std::string& text) {
        Result<std::vector<CsvRecord>> r = parseCsvRecords(text, ',', "f.csv");
        EXPECT_FALSE(r.ok()) << "accepted " << text.size() << " bytes";
        return r.ok() ? Diagnostic{} : r.error();
    };
    const Diagnostic binary = error("a,b\n1,2\r\n3,x\0y\n"s);
    EXPECT_EQ(binary.location, "f.csv: line 3, column 4");
    EXPECT_TRUE(contains(binary.message, "NUL byte at line 3, column 4")) << binary.message;
    EXPECT_TRUE(contains(binary.message, "binary file")) << binary.message;

    std::string utf16; // "a,b\n1,2\n" as UTF-16LE, without a byte order mark
    for (const char c : "a,b\n1,2\n"s) utf16 += std::string{c, '\0'};
    const Diagnostic wide = error(utf16);
    EXPECT_EQ(wide.location, "f.csv: line 1, column 2");
    EXPECT_TRUE(contains(wide.message, "UTF-16")) << wide.message;
    EXPECT_TRUE(contains(error("\xFF\xFE" + utf16).message, "UTF-16 byte order mark"));
    EXPECT_TRUE(contains(error("PK\x03\x04\x14\0\x06\0"s).message, "ZIP archive"));
    EXPECT_TRUE(contains(error("\x1F\x8B\x08\0\0\0"s).message, "gzip"));
}

TEST_F(CsvFile, AFileWithNulBytesIsNotReadAsCategories) {
    using namespace std::string_literals;
    const Diagnostic d = failure("colour,fruit\nred\0,apple\ngreen,pear\n"s);
    EXPECT_TRUE(contains(d.location, ": line 2, column 4")) << d.location;
    EXPECT_TRUE(contains(d.message, "not a CSV text file")) << d.message;
}

TEST_F(CsvFile, ReadsNumbersWithAHeaderAndChoosesClassification) {
    const Result<CsvData> r = read("x1,x2,label\n0.5,1,0\n1.5,-2,1\n2.5,3e1,0\n3,4,1\n5,6,1\n");
    ASSERT_TRUE(r.ok()) << r.error().describe();
    const CsvData& d = r.value();
    EXPECT_TRUE(d.encoding.hasHeader);
    EXPECT_EQ(d.encoding.delimiter, ',');
    EXPECT_EQ(d.data.features.shape(), (Shape{5, 2}));
    EXPECT_EQ(d.data.task, TaskKind::Classification);
    EXPECT_EQ(d.data.classNames, (std::vector<std::string>{"0", "1"}));
    EXPECT_EQ(d.data.numClasses, 2);
    EXPECT_FLOAT_EQ(d.data.features.row(2)[1], 30.0f);
    EXPECT_EQ(d.data.targets[1], 1.0f);
    EXPECT_EQ(d.encoding.features[0].min, 0.5);
    EXPECT_EQ(d.encoding.features[0].max, 5.0);
    EXPECT_EQ(d.report.records, 5);
    EXPECT_EQ(d.lines, (std::vector<int64_t>{2, 3, 4, 5, 6}));
}

TEST_F(CsvFile, ManyDistinctValuesMakeRegressionAndTaskCanBeForced) {
    const std::string text = "x,y\n1,10\n2,20\n3,30\n4,40\n";
    const Result<CsvData> auto_ = read(text);
    ASSERT_TRUE(auto_.ok()) << auto_.error().describe();
    EXPECT_EQ(auto_.value().data.task, TaskKind::Regression);
    EXPECT_EQ(auto_.value().data.targets[3], 40.0f);
    CsvOptions forced;
    forced.task = TaskKind::Classification;
    const Result<CsvData> classes = read(text, forced);
    ASSERT_TRUE(classes.ok());
    EXPECT_EQ(classes.value().encoding.classes, (std::vector<std::string>{"10", "20", "30", "40"}));
}

TEST_F(CsvFile, NumericClassesSortAsNumbers) {
    const Result<CsvData> r = read("x,y\n1,10\n2,2\n3,10\n4,2\n5,2\n6,10\n7,2.0\n");
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_EQ(r.value().encoding.classes, (std::vector<std::string>{"2", "10"}));
    EXPECT_EQ(r.value().data.targets[6], 0.0f); // "2.0" is class "2"
}

TEST_F(CsvFile, TextColumnsAreOneHotInSortedOrderAndATextTargetIsClassification) {
    const Result<CsvData> r = read("colour,size,kind\nred,1,b\nblue,2,a\ngreen,3,b\nred,4,a\n");
    ASSERT_TRUE(r.ok()) << r.error().describe();
    const CsvData& d = r.value();
    ASSERT_TRUE(d.encoding.features[0].categorical);
    EXPECT_EQ(d.encoding.features[0].categories, (std::vector<std::string>{"blue", "green", "red"}));
    EXPECT_EQ(d.data.features.shape(), (Shape{4, 4}));
    const std::vector<float> row0(d.data.features.row(0), d.data.features.row(0) + 4);
    EXPECT_EQ(row0, (std::vector<float>{0, 0, 1, 1})); // red, then size 1
    EXPECT_EQ(d.encoding.classes, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(d.data.targets[0], 1.0f);
}

TEST_F(CsvFile, DetectsSemicolonTabAndAFileWithoutHeader) {
    const Result<CsvData> semi = read("a;b;c\n1;2;x\n3;4;y\n");
    ASSERT_TRUE(semi.ok()) << semi.error().describe();
    EXPECT_EQ(semi.value().encoding.delimiter, ';');
    EXPECT_EQ(semi.value().data.features.shape(), (Shape{2, 2}));
    const Result<CsvData> tab = read("a\tb\n1\tx\n3\ty\n");
    ASSERT_TRUE(tab.ok()) << tab.error().describe();
    EXPECT_EQ(tab.value().encoding.delimiter, '\t');
    CsvOptions byNumber;
    byNumber.targetColumn = "column_1";
    const Result<CsvData> bare = read("1,2,3\n0,5,6\n1,8,9\n0,1,1\n", byNumber);
    ASSERT_TRUE(bare.ok()) << bare.error().describe();
    EXPECT_FALSE(bare.value().encoding.hasHeader);
    EXPECT_EQ(bare.value().encoding.target, "column_1");
    EXPECT_EQ(bare.value().data.size(), 4);
    EXPECT_EQ(bare.value().data.features.row(0)[0], 2.0f);
}

TEST_F(CsvFile, AcceptsCrlfABomAndQuotedValues) {
    const Result<CsvData> r =
        read("\xEF\xBB\xBF\"x\",\"name, full\",y\r\n1,\"a, b\",0\r\n2,\"c \"\"d\"\"\",1\r\n"
             "3,\"e\nf\",1\r\n4,\"a, b\",0\r\n");
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_EQ(r.value().encoding.columns, (std::vector<std::string>{"x", "name, full", "y"}));
    EXPECT_EQ(r.value().encoding.features[1].categories,
              (std::vector<std::string>{"a, b", "c \"d\"", "e\nf"}));
}

TEST_F(CsvFile, RefusesAnEmptyFile) {
    const Diagnostic d = failure("");
    EXPECT_TRUE(contains(d.location, "line 1"));
    EXPECT_TRUE(contains(d.message, "no data")) << d.message;
    failure("\n\r\n"); // blank lines only
}

TEST_F(CsvFile, RefusesAHeaderWithoutRows) {
    CsvOptions header;
    header.hasHeader = true;
    const Diagnostic d = failure("a,b,c\n", header);
    EXPECT_TRUE(contains(d.message, "header but no rows")) << d.message;
    EXPECT_TRUE(contains(d.location, "line 2")) << d.location;
}

TEST_F(CsvFile, RefusesRowsWithTooManyOrTooFewFields) {
    const Diagnostic more = failure("a,b,c\n1,2,3\n4,5,6,7\n");
    EXPECT_TRUE(contains(more.location, "line 3")) << more.location;
    EXPECT_TRUE(contains(more.message, "Line 3 has 4 fields, more than the 3 expected")) << more.message;
    const Diagnostic fewer = failure("a,b,c\n1,2,3\n4,5,6\n7,8\n");
    EXPECT_TRUE(contains(fewer.message, "Line 4 has 2 fields, fewer than the 3 expected")) << fewer.message;
}

TEST_F(CsvFile, RefusesTextInANumericColumnNamingLineColumnAndValue) {
    const Diagnostic d = failure("age,height,y\n30,1.8,0\n41,tall,1\n25,1.6,0\n33,1.7,1\n");
    EXPECT_TRUE(contains(d.location, "line 3, column 2 (height)")) << d.location;
    EXPECT_TRUE(contains(d.message, "'height'")) << d.message;
    EXPECT_TRUE(contains(d.message, "'tall'")) << d.message;
    EXPECT_TRUE(contains(d.message, "expected a number")) << d.message;
}

TEST_F(CsvFile, RefusesAnUnterminatedQuoteAtTheLineItOpens) {
    const Diagnostic d = failure("a,b\n1,2\n3,\"open\n4,5\n");
    EXPECT_TRUE(contains(d.location, "line 3")) << d.location;
    EXPECT_TRUE(contains(d.message, "never closed")) << d.message;
}

TEST_F(CsvFile, RefusesMissingValuesUnlessTheUserChoosesWhatToDo) {
    const std::string text = "a,b,y\n1,2,0\n3,,1\n5,NA,0\n?,8,1\n9,10,1\n";
    const Diagnostic d = failure(text);
    EXPECT_TRUE(contains(d.message, "3 values are missing, the first on line 3 in column 'b'")) << d.message;
    EXPECT_TRUE(contains(d.message, "skip")) << d.message;
    EXPECT_TRUE(contains(d.message, "mean")) << d.message;
    EXPECT_TRUE(contains(d.location, "line 3, column 2 (b)")) << d.location;

    CsvOptions skip;
    skip.missing = MissingValuePolicy::SkipRows;
    const Result<CsvData> skipped = read(text, skip);
    ASSERT_TRUE(skipped.ok()) << skipped.error().describe();
    EXPECT_EQ(skipped.value().report.skippedRows, 3);
    EXPECT_EQ(skipped.value().report.missingValues, 3);
    EXPECT_EQ(skipped.value().data.size(), 2);
    EXPECT_EQ(skipped.value().lines, (std::vector<int64_t>{2, 6}));

    CsvOptions fill;
    fill.missing = MissingValuePolicy::FillMean;
    const Result<CsvData> filled = read(text, fill);
    ASSERT_TRUE(filled.ok()) << filled.error().describe();
    EXPECT_EQ(filled.value().report.filledValues, 3);
    EXPECT_EQ(filled.value().data.size(), 5);
    EXPECT_EQ(filled.value().encoding.features[1].missing, 2);
    EXPECT_FLOAT_EQ(filled.value().data.features.row(1)[1], (2 + 8 + 10) / 3.0f);
    EXPECT_FLOAT_EQ(filled.value().data.features.row(3)[0], (1 + 3 + 5 + 9) / 4.0f);
}

TEST_F(CsvFile, FillMeanRefusesAMissingTarget) {
    CsvOptions fill;
    fill.missing = MissingValuePolicy::FillMean;
    const Diagnostic d = failure("a,y\n1,0\n2,\n3,1\n", fill);
    EXPECT_TRUE(contains(d.message, "target 'y' is missing on line 3")) << d.message;
}

TEST_F(CsvFile, RefusesAnUnknownTargetListingTheColumns) {
    CsvOptions options;
    options.targetColumn = "price";
    const Diagnostic d = failure("area,rooms,cost\n1,2,3\n", options);
    EXPECT_TRUE(contains(d.message, "no column 'price'")) << d.message;
    EXPECT_TRUE(contains(d.message, "'area', 'rooms', 'cost'")) << d.message;
    EXPECT_TRUE(contains(d.location, "line 1")) << d.location;
}

TEST_F(CsvFile, RefusesATargetWithOnlyOneClass) {
    const Diagnostic d = failure("x,y\n1,cat\n2,cat\n3,cat\n");
    EXPECT_TRUE(contains(d.message, "only one class ('cat')")) << d.message;
}

TEST_F(CsvFile, RefusesAMissingPathAndADirectory) {
    const Result<CsvData> none = readCsvDataset(path().parent_path() / "absent.csv", {});
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, DiagCode::FileNotFound);
    EXPECT_TRUE(contains(none.error().location, "absent.csv"));
    const Result<CsvData> dir = readCsvDataset(path().parent_path(), {});
    ASSERT_FALSE(dir.ok());
    EXPECT_EQ(dir.error().code, DiagCode::FileRead);
    EXPECT_TRUE(contains(dir.error().message, "directory")) << dir.error().message;
}

TEST_F(CsvFile, RefusesTextInARegressionTarget) {
    CsvOptions options;
    options.task = TaskKind::Regression;
    const Diagnostic d = failure("x,y\n1,2\n2,3\n3,many\n", options);
    EXPECT_TRUE(contains(d.location, "line 4, column 2 (y)")) << d.location;
}

TEST_F(CsvFile, IgnoredColumnsStayOutOfTheFeatures) {
    CsvOptions options;
    options.ignoredColumns = {"id"};
    const Result<CsvData> r = read("id,x,y\nA17,1,0\nB22,2,1\nC9,3,0\n", options);
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_EQ(r.value().data.features.shape(), (Shape{3, 1}));
    options.ignoredColumns = {"nope"};
    EXPECT_FALSE(read("id,x,y\nA17,1,0\nB22,2,1\n", options).ok());
}

TEST_F(CsvFile, NewRowsEncodeLikeTheTrainingFile) {
    CsvOptions fill;
    fill.missing = MissingValuePolicy::FillMean;
    const Result<CsvData> train = read("colour,size,kind\nred,1,b\nblue,2,a\ngreen,,b\nred,4,a\n", fill);
    ASSERT_TRUE(train.ok()) << train.error().describe();
    const CsvEncoding& e = train.value().encoding;
    // Columns in another order, no target, a missing size filled with the training mean.
    const Result<CsvData> rows = parseCsvWithEncoding("size,colour\n,green\n2,red\n", e, "new.csv");
    ASSERT_TRUE(rows.ok()) << rows.error().describe();
    EXPECT_FALSE(rows.value().hasTargets);
    const std::vector<float> row0(rows.value().data.features.row(0), rows.value().data.features.row(0) + 4);
    EXPECT_EQ(row0, (std::vector<float>{0, 1, 0, 7.0f / 3}));
    const Result<CsvData> labelled = parseCsvWithEncoding("colour,size,kind\nblue,3,b\n", e, "new.csv");
    ASSERT_TRUE(labelled.ok()) << labelled.error().describe();
    EXPECT_EQ(labelled.value().data.targets[0], 1.0f);

    const Result<CsvData> unknown = parseCsvWithEncoding("colour,size\npurple,1\n", e, "new.csv");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().location, "new.csv: line 2, column 1 (colour)");
    EXPECT_TRUE(contains(unknown.error().message, "'purple'")) << unknown.error().message;
    const Result<CsvData> absent = parseCsvWithEncoding("colour\nred\n", e, "new.csv");
    ASSERT_FALSE(absent.ok());
    EXPECT_TRUE(contains(absent.error().message, "no column 'size'")) << absent.error().message;
}

TEST_F(CsvFile, NewRowsWithoutHeaderGoByPosition) {
    const Result<CsvData> train = read("1,2,0\n3,4,1\n5,6,0\n7,8,1\n");
    ASSERT_TRUE(train.ok()) << train.error().describe();
    const CsvEncoding& e = train.value().encoding;
    ASSERT_FALSE(e.hasHeader);
    const Result<CsvData> withTarget = parseCsvWithEncoding("9,10,1\n", e, "new.csv");
    ASSERT_TRUE(withTarget.ok()) << withTarget.error().describe();
    EXPECT_TRUE(withTarget.value().hasTargets);
    const Result<CsvData> without = parseCsvWithEncoding("9,10\n11,12\n", e, "new.csv");
    ASSERT_TRUE(without.ok()) << without.error().describe();
    EXPECT_FALSE(without.value().hasTargets);
    EXPECT_EQ(without.value().data.features.row(1)[1], 12.0f);
    EXPECT_FALSE(parseCsvWithEncoding("1\n", e, "new.csv").ok());
}

TEST_F(CsvFile, OneRowOfNumbersIsDataAndAGivenDelimiterIsUsed) {
    const Result<CsvData> one = read("1,2,3\n");
    ASSERT_TRUE(one.ok()) << one.error().describe();
    EXPECT_FALSE(one.value().encoding.hasHeader);
    EXPECT_EQ(one.value().data.size(), 1);
    CsvOptions pipe;
    pipe.delimiter = '|';
    const Result<CsvData> piped = read("a|b\n1|x\n2|y\n", pipe);
    ASSERT_TRUE(piped.ok()) << piped.error().describe();
    EXPECT_EQ(piped.value().encoding.delimiter, '|');
    pipe.delimiter = '"';
    EXPECT_FALSE(read("a,b\n1,2\n", pipe).ok());
}
