#include "gui/app/template_gallery.h"

#include "dock_screenshot.h"

#include "engine/graph/shape_inference.h"
#include "engine/io/project.h"
#include "gui/app/template_preview.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QTemporaryDir>
#include <QtTest>

using nw::gui::TemplateGallery;

namespace {

const QString kSourceTemplates = QStringLiteral(NW_SOURCE_DIR "/resources/templates");

nw::Result<nw::Project> parseResource(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) qFatal("cannot open %s", qPrintable(path));
    const QByteArray bytes = file.readAll();
    return nw::parseProject(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
}

} // namespace

class TemplateGalleryTest : public QObject {
    Q_OBJECT

private slots:
    void theIndexNamesTheTemplatesInOrder() {
        const auto templates = nw::gui::availableTemplates();
        QVERIFY(templates.size() >= 3);
        QCOMPARE(templates[0].name, QStringLiteral("Logistic regression"));
        QCOMPARE(templates[0].path, QStringLiteral(":/templates/logistic_regression.nwproj"));
        for (const auto& t : templates) {
            QVERIFY2(!t.description.isEmpty(), qPrintable(t.path));
            QVERIFY2(!t.name.endsWith(QStringLiteral(".nwproj")), qPrintable(t.path));
        }
    }

    void everyTemplateParsesAndAnalysesValid() {
        QVERIFY(!nw::gui::availableTemplates().isEmpty()); // or the loop would check nothing
        for (const auto& t : nw::gui::availableTemplates()) {
            const nw::Result<nw::Project> project = parseResource(t.path);
            QVERIFY2(project.ok(), project.ok() ? "" : project.error().describe().c_str());
            const nw::GraphAnalysis analysis = nw::analyzeGraph(project.value().graph);
            QVERIFY2(analysis.valid(), qPrintable(t.path));
            QVERIFY2(analysis.output.has_value(), qPrintable(t.path));
        }
    }

    void everySourceFileIsBuiltInAndLoads() {
        const QStringList files = QDir(kSourceTemplates).entryList({QStringLiteral("*.nwproj")}, QDir::Files);
        QCOMPARE(nw::gui::availableTemplates().size(), files.size());
        for (const QString& file : files) {
            const auto loaded =
                nw::loadProject(QFile::encodeName(QDir(kSourceTemplates).filePath(file)).toStdString());
            QVERIFY2(loaded.ok(), qPrintable(file));
            QVERIFY(QFile::exists(QStringLiteral(":/templates/") + file));
        }
    }

    void aFileWithoutIndexEntryIsStillOffered() {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(":/templates/mlp.nwproj"),
                            dir.filePath(QStringLiteral("my_own_net.nwproj"))));
        const auto templates = nw::gui::availableTemplates(dir.path());
        QCOMPARE(templates.size(), 1);
        QCOMPARE(templates[0].name, QStringLiteral("My own net"));
    }

    void previewShowsTheLayerChain() {
        const auto preview =
            nw::gui::makeTemplatePreview(QStringLiteral(":/templates/logistic_regression.nwproj"));
        QVERIFY(preview);
        QCOMPARE(preview->chain, QStringLiteral("Input 2 → Dense 2 → Softmax"));
        QCOMPARE(preview->layers, 3);
        QVERIFY(!preview->sketch.isNull());
        QVERIFY(!nw::gui::makeTemplatePreview(QStringLiteral(":/no/such/file.nwproj")));
    }

    void galleryOffersEmptyProjectFirstThenEveryTemplate() {
        TemplateGallery gallery;
        const auto templates = nw::gui::availableTemplates();
        QCOMPARE(gallery.list()->count(), templates.size() + 1);
        QCOMPARE(gallery.list()->currentRow(), 0);
        QVERIFY(gallery.selectedPath().isEmpty()); // "Empty project"
        QVERIFY(gallery.selectPath(templates.last().path));
        QCOMPARE(gallery.selectedPath(), templates.last().path);
        QVERIFY(!gallery.selectPath(QStringLiteral(":/templates/none.nwproj")));

        gallery.show();
        QVERIFY(QTest::qWaitForWindowExposed(&gallery));
        gallery.selectPath(templates.first().path);
        nw::gui::test::saveScreenshot(gallery, QStringLiteral("template_gallery"));
        // Enter on the list creates the highlighted template.
        gallery.list()->setFocus();
        QTest::keyClick(gallery.list(), Qt::Key_Return);
        QCOMPARE(gallery.result(), static_cast<int>(QDialog::Accepted));
        QCOMPARE(gallery.selectedPath(), templates.first().path);
    }
};

QTEST_MAIN(TemplateGalleryTest)
#include "template_gallery_test.moc"
