#include "gui/app/file_controller.h"
#include "gui/app/language.h"
#include "gui/app/main_window.h"
#include "gui/app/translations.h"
#include "gui/app/user_prompts.h"
#include "gui/docks/palette_dock.h"
#include "gui/document/project_document.h"
#include "gui/editor/graph_scene.h"
#include "gui/lessons/lessons_dock.h"
#include "gui/training/training_controller.h"

#include "engine/io/project.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QFileInfo>
#include <QIcon>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// Long enough for the first layout and paint to settle before the window is grabbed.
constexpr int kScreenshotDelayMs = 400;

struct Options {
    QString file;       // empty: start with an untitled project
    QString screenshot; // empty: run interactively
    QString select;     // a layer to select once the file is open (the inspector then shows it)
    bool train = false; // start training once the file is open; a screenshot waits for the run's end
    int epochs = 0;     // with train: this many epochs instead of the project's
    QStringList raise;  // docks (object names) to bring to the front of their tab group
    QString lesson;     // a built-in lesson's id or a .nwlesson file to start
    bool presenter = false;
    QString language; // --lang: a code from interfaceLanguages(), for this run only
};

void setIdentity() {
    QCoreApplication::setApplicationName(QStringLiteral("Neuroweave"));
    QCoreApplication::setOrganizationName(QStringLiteral("Neuroweave"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NW_VERSION));
}

// Exits after printing for --help, --version and usage errors.
Options parseCommandLine(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Design, train and export neural networks visually."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "A project (.nwproj) to open."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG picture of the window to <png> and quit."),
        QStringLiteral("png"));
    parser.addOption(screenshot);
    const QCommandLineOption select(QStringLiteral("select"),
                                    QCoreApplication::translate("main", "Select the layer named <name>."),
                                    QStringLiteral("name"));
    parser.addOption(select);
    const QCommandLineOption train(QStringLiteral("train"),
                                   QCoreApplication::translate("main", "Start training the opened project."));
    parser.addOption(train);
    const QCommandLineOption epochs(
        QStringLiteral("epochs"), QCoreApplication::translate("main", "With --train: train for <n> epochs."),
        QStringLiteral("n"));
    parser.addOption(epochs);
    const QCommandLineOption raise(
        QStringLiteral("raise"),
        QCoreApplication::translate("main", "Bring the panel <name> (dock.activations, …) to the front."),
        QStringLiteral("name"));
    parser.addOption(raise);
    const QCommandLineOption lesson(
        QStringLiteral("lesson"),
        QCoreApplication::translate(
            "main", "Start the lesson <lesson>: a built-in one's id (xor, …) or a .nwlesson file."),
        QStringLiteral("lesson"));
    parser.addOption(lesson);
    const QCommandLineOption presenter(QStringLiteral("presenter"),
                                       QCoreApplication::translate("main", "Start in presenter mode."));
    parser.addOption(presenter);
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Speak <code> for this run: en, de, fr, es or zh_CN."),
        QStringLiteral("code"));
    parser.addOption(language);
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    return {files.isEmpty() ? QString() : files.first(),
            parser.value(screenshot),
            parser.value(select),
            parser.isSet(train),
            parser.value(epochs).toInt(),
            parser.values(raise),
            parser.value(lesson),
            parser.isSet(presenter),
            parser.value(language)};
}

bool asksForHelpOrVersion(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[]) {
    // Answered without a QApplication, which would need a display.
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        nw::gui::installTranslations(
            app, nw::gui::interfaceLocale(nw::gui::requestedLanguage(argc, argv), QSettings()));
        parseCommandLine(app);
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Neuroweave"));
    QApplication::setDesktopFileName(QStringLiteral("neuroweave"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/neuroweave.svg")));
    const Options options = parseCommandLine(app);
    if (!options.language.isEmpty() && !nw::gui::isInterfaceLanguage(options.language)) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate(
                                        "main", "Unknown language %1: use en, de, fr, es or zh_CN.")
                                        .arg(options.language)));
        return 2;
    }

    const bool unattended = !options.screenshot.isEmpty();
    // The language chosen in View → Language, or --lang; an unattended run reads no user settings.
    const QLocale locale = unattended && options.language.isEmpty()
                               ? QLocale::system()
                               : nw::gui::interfaceLocale(options.language, QSettings());
    if (locale != QLocale::system()) QLocale::setDefault(locale); // numbers as the language writes them
    nw::gui::installTranslations(app, locale);
    // An unattended run neither reads nor changes the user's window layout and recent files, so
    // its pictures are the same on every machine.
    QTemporaryDir scratch;
    std::unique_ptr<QSettings> settings;
    if (unattended)
        settings = std::make_unique<QSettings>(scratch.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
    nw::gui::MainWindow window(nullptr, settings.get());
    if (unattended) window.setPrompts(std::make_unique<nw::gui::UnattendedPrompts>());
    window.show();

    // After a crash the recovered project comes first; the file asked for opens once it is dealt with.
    const bool restored = !unattended && window.offerRecovered();
    bool opened = true;
    if (!restored && !options.file.isEmpty())
        opened = window.openFile(options.file);
    else if (restored && !options.file.isEmpty() &&
             QFileInfo(options.file).absoluteFilePath() != window.document()->filePath())
        window.files()->openAfterAsking(options.file); // another file: the restored one may need saving

    if (!options.lesson.isEmpty() && !window.startLesson(options.lesson)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(window.lessonsDock()->errorText()));
        opened = false;
    }
    if (opened && !options.select.isEmpty() && !window.selectLayer(options.select))
        std::fprintf(
            stderr, "%s\n",
            qUtf8Printable(
                QCoreApplication::translate("main", "There is no layer named %1.").arg(options.select)));

    if (options.presenter) window.setPresenterMode(true);
    for (const QString& name : options.raise)
        if (auto* dock = window.findChild<QDockWidget*>(name)) dock->raise();
    if (opened && options.train) {
        if (options.epochs > 0)
            window.document()->changeTrainingState(
                [n = options.epochs](nw::Project& p) { p.training.epochs = n; });
        window.training()->start();
    }

    if (unattended) {
        const auto grab = [&window, &app, target = options.screenshot, opened] {
            if (!window.grab().save(target, "PNG")) {
                std::fprintf(
                    stderr, "%s\n",
                    qUtf8Printable(QCoreApplication::translate("main", "Could not write %1.").arg(target)));
                app.exit(1);
                return;
            }
            // What the canvas shows, for the end-to-end test to compare with the file.
            std::printf("canvas: %d layers, %d wires\n", int(window.scene()->nodeItems().size()),
                        int(window.scene()->edgeItems().size()));
            std::printf("palette: %d layer kinds\n", int(window.palette()->visibleKinds().size()));
            std::fflush(stdout);
            // A file that did not open is a failure even though the picture was taken.
            app.exit(opened ? 0 : 2);
        };
        if (opened && options.train) {
            // The picture shows the trained network, once the views have caught up with its end.
            QObject::connect(window.training(), &nw::gui::TrainingController::stateChanged, &window,
                             [&window, grab](nw::gui::TrainingController::State state) {
                                 if (state != nw::gui::TrainingController::State::Idle) return;
                                 // The views' last frame (the confusion matrix takes a while).
                                 QTimer::singleShot(0, window.training(), [&window, grab] {
                                     window.training()->waitForProbes();
                                     QTimer::singleShot(kScreenshotDelayMs, grab);
                                 });
                             });
        } else {
            QTimer::singleShot(kScreenshotDelayMs, &window, grab);
        }
    }
    return app.exec();
}
