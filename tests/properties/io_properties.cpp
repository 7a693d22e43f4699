// Properties of the project file: (b) save -> load -> save gives the same bytes and the same project;
// (e) whatever bytes or JSON the loader is given, it returns a located Diagnostic or a project, and
// never crashes or throws.

#include "json_mutations.h"
#include "project_generators.h"

#include "engine/io/project.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

namespace nw {
namespace {

using test::Json;

// Whether `pointer` is a well-formed JSON Pointer to a value of `document`.
bool pointsInto(const Json& document, const std::string& pointer) {
    try {
        return document.contains(Json::json_pointer(pointer));
    } catch (const Json::exception&) {
        return false; // malformed: "~" not followed by 0 or 1, no leading "/"
    }
}

// What a failed load must look like: a place, and for anything past the syntax, a JSON path that
// leads into the document (or, for a missing field, to the object that lacks it).
void checkDiagnostic(const Diagnostic& d, const Json* document) {
    RC_ASSERT(!d.location.empty());
    RC_ASSERT(!d.message.empty());
    if (d.code == DiagCode::JsonSyntax || !document) return;
    RC_ASSERT(d.location.front() == '/');
    const std::string pointer = d.location == "/" ? "" : d.location;
    if (d.code == DiagCode::JsonMissing) {
        const std::string parent = pointer.substr(0, pointer.rfind('/'));
        RC_ASSERT(pointsInto(*document, parent));
    } else {
        RC_ASSERT(pointsInto(*document, pointer));
    }
}

// A project the loader accepted is as good as any other: it saves and loads back unchanged.
void checkAccepted(const Project& project) {
    const std::string text = serializeProject(project);
    const Result<Project> again = parseProject(text);
    RC_ASSERT(again.ok());
    RC_ASSERT(serializeProject(again.value()) == text);
}

void checkLoad(const std::string& text, const Json* document) {
    const Result<Project> result = parseProject(text);
    // The distribution shows the inputs reach past the first check of the loader.
    RC_TAG(result.ok() ? std::string("accepted") : std::string(toString(result.error().code)));
    if (result.ok())
        checkAccepted(result.value());
    else
        checkDiagnostic(result.error(), document);
}

RC_GTEST_PROP(ProjectFileProperties, SaveLoadSaveGivesTheSameBytesAndTheSameProject, ()) {
    const Project project = *test::genProject();
    RC_CLASSIFY(project.graph.edges().size() >= 3, "3+ edges");
    RC_CLASSIFY(project.weights.has_value(), "weights");
    const std::string saved = serializeProject(project);
    const Result<Project> loaded = parseProject(saved);
    if (!loaded.ok()) RC_FAIL("the saved project does not load: " + loaded.error().describe());
    RC_ASSERT(serializeProject(loaded.value()) == saved);
    RC_ASSERT(test::sameProject(loaded.value(), project));
}

RC_GTEST_PROP(ProjectFileProperties, RandomBytesGiveADiagnostic, (const std::string& bytes)) {
    checkLoad(bytes, nullptr);
}

RC_GTEST_PROP(ProjectFileProperties, NearlyJsonGivesADiagnosticOrAProject, ()) {
    checkLoad(*test::genTokenSoup(), nullptr);
}

RC_GTEST_PROP(ProjectFileProperties, RandomJsonGivesALocatedDiagnosticOrAProject, ()) {
    const Json document = *test::genJunkJson();
    RC_LOG() << "document: " << document.dump() << "\n";
    checkLoad(document.dump(), &document);
}

RC_GTEST_PROP(ProjectFileProperties, DamagedProjectsGiveALocatedDiagnosticOrAProject, ()) {
    Json document = Json::parse(serializeProject(*test::genProject()));
    for (int i = *rc::gen::inRange(1, 4); i > 0; --i) test::mutateJson(document);
    RC_LOG() << "damaged file: " << document.dump() << "\n";
    checkLoad(document.dump(), &document);
}

// A file cut short, as by a crash in the middle of a non-atomic save.
RC_GTEST_PROP(ProjectFileProperties, TruncatedFilesGiveALocatedDiagnostic, ()) {
    const std::string saved = serializeProject(*test::genProject());
    const auto cut = *rc::gen::inRange<size_t>(0, saved.size() - 1);
    const Result<Project> result = parseProject(saved.substr(0, cut));
    RC_ASSERT(!result.ok());
    checkDiagnostic(result.error(), nullptr);
}

} // namespace
} // namespace nw
