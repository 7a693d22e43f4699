// `neuroweave-cli render FILE -o out.svg`: the designer's diagram without a window. The drawing is
// the canvas's own painting (nw::gui::renderDiagram, gui/render: QtGui only, no widgets), so this
// command exists only in builds with Qt.

#include "commands.h"
#include "report.h"

#include <filesystem>
#include <iostream>

#if NW_CLI_HAS_RENDER
#include "gui/render/diagram_export.h"

#include <QByteArray>
#include <QGuiApplication>
#include <QString>
#endif

namespace nw::cli {
namespace {

CommandSpec renderSpec() {
    return CommandSpec{
        .name = "render",
        .positionals = "FILE",
        .minPositionals = 1,
        .maxPositionals = 1,
        .summary = "Draws the network of FILE as the designer shows it, into an SVG drawing or a PNG image,\n"
                   "for slides and papers. Needs no display.",
        .options = {{"output", 'o', "OUT",
                     "Write to OUT: .svg for a drawing, .png for an image (default: FILE with .svg)"}},
        .details = "Exits with 0 when the picture is written and 2 when FILE cannot be read, its network is\n"
                   "empty or OUT cannot be written.\n",
    };
}

} // namespace

int runRender(std::span<const std::string> args) {
    const CommandSpec spec = renderSpec();
    int exitCode = kExitOk;
#if NW_CLI_HAS_RENDER
    const std::optional<ProjectCommand> command = openProjectCommand(spec, args, exitCode);
    if (!command) return exitCode;
    std::filesystem::path output = command->args.value("output").value_or(
        std::filesystem::path(command->file).replace_extension(".svg").string());
    const std::string extension = output.extension().string();
    if (extension != ".svg" && extension != ".png")
        return reportUsage(spec,
                           {"the output must end in .svg or .png, not '" + output.filename().string() + "'"});

    // Qt picks a display platform unless told otherwise; without a display that would abort.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char program[] = "neuroweave-cli";
    char* argv[] = {program, nullptr};
    QGuiApplication app(argc, argv);
    const Status drawn = gui::renderDiagram(command->project, QString::fromStdString(output.string()));
    if (!drawn.ok()) {
        reportError(output, drawn.error(), &command->project.graph);
        return kExitInvalid;
    }
    std::cout << "Drew " << command->project.graph.nodes().size() << " layers into " << output.string()
              << "\n";
    return kExitOk;
#else
    if (!parseOrReport(spec, args, exitCode)) return exitCode;
    std::cerr << kProgram
              << ": render draws with the designer's code; this build has no designer "
                 "(configure with -DNW_BUILD_GUI=ON)\n";
    return kExitUsage;
#endif
}

} // namespace nw::cli
