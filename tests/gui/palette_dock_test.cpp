#include "gui/docks/layer_search_popup.h"
#include "gui/docks/palette_dock.h"
#include "gui/docks/palette_tree.h"
#include "gui/editor/mime_types.h"

#include "dock_screenshot.h"

#include "engine/layers/registry.h"
#include "gui/docks/layer_catalog.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using nw::gui::PaletteDock;
using nw::gui::PaletteTree;

namespace {

QStringList registryNames() {
    QStringList names;
    for (const nw::LayerInfo& info : nw::layerRegistry().all()) names << QString::fromStdString(info.name);
    return names;
}

QTreeWidgetItem* itemFor(PaletteTree* tree, const QString& kind) {
    for (int c = 0; c < tree->topLevelItemCount(); ++c)
        for (int i = 0; i < tree->topLevelItem(c)->childCount(); ++i)
            if (tree->topLevelItem(c)->child(i)->data(0, PaletteTree::kKindRole).toString() == kind)
                return tree->topLevelItem(c)->child(i);
    return nullptr;
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

} // namespace

class PaletteDockTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PaletteDock> m_dock;

    // Every layer and category icon at 16, 24 and 48 px on a light and a dark background.
    static void saveIconSheet() {
        const QString dir = qEnvironmentVariable("NW_SCREENSHOT_DIR");
        if (dir.isEmpty()) return;
        QStringList files;
        for (const QString& folder : {QStringLiteral(":/icons/categories"), QStringLiteral(":/icons/layers")})
            for (const QString& name : QDir(folder).entryList({QStringLiteral("*.svg")}))
                files << folder + QLatin1Char('/') + name;
        const int cell = 56;
        QImage sheet(cell * static_cast<int>(files.size()), cell * 6, QImage::Format_ARGB32);
        QPainter painter(&sheet);
        const int sizes[] = {16, 24, 48};
        for (int band = 0; band < 2; ++band) {
            painter.fillRect(0, band * cell * 3, sheet.width(), cell * 3,
                             band == 0 ? QColor(Qt::white) : QColor(0x2b, 0x2b, 0x2b));
            for (int i = 0; i < files.size(); ++i)
                for (int row = 0; row < 3; ++row)
                    QIcon(files[i]).paint(&painter, QRect(i * cell + (cell - sizes[row]) / 2,
                                                          (band * 3 + row) * cell + (cell - sizes[row]) / 2,
                                                          sizes[row], sizes[row]));
        }
        painter.end();
        sheet.save(QDir(dir).filePath(QStringLiteral("icons.png")));
    }

private slots:
    void init() {
        m_dock = std::make_unique<PaletteDock>();
        m_dock->resize(240, 520);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    }
    void cleanup() { m_dock.reset(); }

    void everyRegistryKindIsListedWithAnIcon() {
        QCOMPARE(sorted(m_dock->visibleKinds()), sorted(registryNames()));
        PaletteTree* tree = m_dock->tree();
        for (const nw::LayerInfo& info : nw::layerRegistry().all()) {
            QTreeWidgetItem* item = itemFor(tree, QString::fromStdString(info.name));
            QVERIFY2(item, info.name.c_str());
            QVERIFY2(!item->icon(0).pixmap(16, 16).isNull(), info.name.c_str());
            QVERIFY(item->toolTip(0).contains(QString::fromStdString(info.formula).toHtmlEscaped()));
            QCOMPARE(item->parent()->text(0), nw::gui::categoryTitle(info.category));
        }
        for (int c = 0; c < tree->topLevelItemCount(); ++c)
            QVERIFY(!tree->topLevelItem(c)->icon(0).pixmap(16, 16).isNull());
    }

    void aKindWithoutItsOwnIconTakesItsCategorysOrAFallback() {
        // What a kind registered later looks like before anyone draws an icon for it.
        nw::LayerInfo future;
        future.name = "NotDrawnYet";
        future.category = nw::PaletteCategory::Activation;
        const QImage categoryLook = nw::gui::categoryIcon(future.category).pixmap(24, 24).toImage();
        QCOMPARE(nw::gui::layerIcon(future).pixmap(24, 24).toImage(), categoryLook);
        future.category = static_cast<nw::PaletteCategory>(1000); // a category with no icon either
        QVERIFY(!nw::gui::layerIcon(future).pixmap(24, 24).isNull());
        QVERIFY(nw::gui::layerIcon(future).pixmap(24, 24).toImage() != categoryLook);
        QVERIFY(nw::gui::layerMatches(future, QStringLiteral("drawn")));
    }

    void searchFiltersByNameDescriptionAndCategory() {
        QLineEdit* search = m_dock->searchField();
        // Kinds are added to the registry over time, so the expectations are computed from it: a
        // one-word search lists exactly the kinds whose name, description or category contain it.
        const auto expected = [](const QString& word) {
            QStringList kinds;
            for (const nw::LayerInfo& info : nw::layerRegistry().all()) {
                const QString text = QString::fromStdString(info.name + '\n' + info.description + '\n' +
                                                            std::string(nw::toString(info.category)));
                if (text.contains(word, Qt::CaseInsensitive)) kinds << QString::fromStdString(info.name);
            }
            return sorted(kinds);
        };
        for (const QString& word : {QStringLiteral("relu"), QStringLiteral("probabilities"),
                                    QStringLiteral("ACTIVATION"), QStringLiteral("dense")}) {
            search->setText(word);
            QCOMPARE(sorted(m_dock->visibleKinds()), expected(word));
        }
        search->setText(QStringLiteral("relu"));
        QVERIFY(m_dock->visibleKinds().contains(QStringLiteral("ReLU")));
        QVERIFY(m_dock->visibleKinds().contains(QStringLiteral("LeakyReLU")));
        QVERIFY(!m_dock->visibleKinds().contains(QStringLiteral("Dense")));
        search->setText(QStringLiteral("probabilities")); // only in Softmax's description
        QVERIFY(m_dock->visibleKinds().contains(QStringLiteral("Softmax")));
        QVERIFY(!m_dock->visibleKinds().contains(QStringLiteral("Dense")));
        // Several words: every one must occur.
        search->setText(QStringLiteral("activation relu"));
        QVERIFY(m_dock->visibleKinds().contains(QStringLiteral("LeakyReLU")));
        QVERIFY(!m_dock->visibleKinds().contains(QStringLiteral("Sigmoid")));

        search->setText(QStringLiteral("no such layer"));
        QVERIFY(m_dock->visibleKinds().isEmpty());
        QVERIFY(m_dock->findChild<QLabel*>() && !m_dock->tree()->isVisible());

        search->clear();
        QCOMPARE(m_dock->visibleKinds().size(), registryNames().size());
        QVERIFY(m_dock->tree()->isVisible());
    }

    void dragCarriesTheKindName() {
        PaletteTree* tree = m_dock->tree();
        std::unique_ptr<QMimeData> data(tree->mimeData({itemFor(tree, QStringLiteral("Dense"))}));
        QVERIFY(data);
        QVERIFY(data->hasFormat(nw::gui::layerMimeType()));
        QCOMPARE(data->data(QStringLiteral("application/x-neuroweave-layer")), QByteArray("Dense"));
        QVERIFY(tree->mimeTypes().contains(nw::gui::layerMimeType()));
        // A category is not a layer: it does not drag.
        QVERIFY(!std::unique_ptr<QMimeData>(tree->mimeData({tree->topLevelItem(0)})));
    }

    void enterActivatesTheLayer() {
        QSignalSpy spy(m_dock.get(), &PaletteDock::layerActivated);
        PaletteTree* tree = m_dock->tree();
        tree->setFocus();
        tree->setCurrentItem(itemFor(tree, QStringLiteral("Tanh")));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("Tanh"));

        // Enter in the search field adds the first match.
        QTest::keyClicks(m_dock->searchField(), QStringLiteral("sigm"));
        QVERIFY(m_dock->visibleKinds().contains(QStringLiteral("Sigmoid")));
        const QString firstMatch = m_dock->visibleKinds().first();
        QTest::keyClick(m_dock->searchField(), Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), firstMatch);
    }

    void popupSearchChoosesALayer() {
        QSignalSpy spy(m_dock.get(), &PaletteDock::layerChosenFromPopup);
        m_dock->openSearchAt(m_dock->mapToGlobal(QPoint(20, 20)));
        nw::gui::LayerSearchPopup* popup = m_dock->searchPopup();
        QVERIFY(popup->isVisible());
        QCOMPARE(popup->listedKinds().size(), registryNames().size());
        QTest::keyClicks(popup->searchField(), QStringLiteral("relu"));
        QVERIFY(popup->listedKinds().contains(QStringLiteral("ReLU")));
        QVERIFY(popup->listedKinds().contains(QStringLiteral("LeakyReLU")));
        QVERIFY(!popup->listedKinds().contains(QStringLiteral("Dense")));
        QTest::keyClick(popup->searchField(), Qt::Key_Down); // the second match
        const QString expected = popup->listedKinds().at(1);
        QTest::keyClick(popup->searchField(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), expected);
        QVERIFY(!popup->isVisible());

        // Reopened, it starts over with an empty search.
        m_dock->openSearchAt(QPoint(10, 10));
        QVERIFY(popup->searchField()->text().isEmpty());
        QTest::keyClick(popup->searchField(), Qt::Key_Escape);
        QVERIFY(!popup->isVisible());
        QCOMPARE(spy.count(), 1);
    }

    void screenshot() {
        nw::gui::test::saveScreenshot(*m_dock, QStringLiteral("palette"));
        m_dock->searchField()->setText(QStringLiteral("relu"));
        nw::gui::test::saveScreenshot(*m_dock, QStringLiteral("palette_search"));
        m_dock->searchField()->clear();
        m_dock->openSearchAt(QPoint(0, 0));
        QTest::keyClicks(m_dock->searchPopup()->searchField(), QStringLiteral("s"));
        nw::gui::test::saveScreenshot(*m_dock->searchPopup(), QStringLiteral("palette_popup"));
        m_dock->searchPopup()->hide();

        // The icons must read on a dark palette too.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        m_dock->setPalette(dark);
        m_dock->tree()->setCurrentItem(m_dock->tree()->topLevelItem(0)->child(0));
        nw::gui::test::saveScreenshot(*m_dock, QStringLiteral("palette_dark"));
        saveIconSheet();
        QVERIFY(true);
    }
};

QTEST_MAIN(PaletteDockTest)
#include "palette_dock_test.moc"
