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
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
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

    // Every layer and category icon at 16, 24 and 48 px (rows) on a light and a dark band of three rows
    // each; saved as icons.png with the screenshots.
    static constexpr int kCell = 56;
    static constexpr int kSheetSizes[] = {16, 24, 48};
    static QImage iconSheet(int& icons) {
        QStringList files;
        for (const QString& folder : {QStringLiteral(":/icons/categories"), QStringLiteral(":/icons/layers")})
            for (const QString& name : QDir(folder).entryList({QStringLiteral("*.svg")}))
                files << folder + QLatin1Char('/') + name;
        icons = static_cast<int>(files.size());
        QImage sheet(kCell * std::max(icons, 1), kCell * 6, QImage::Format_RGB32);
        QPainter painter(&sheet);
        for (int band = 0; band < 2; ++band) {
            painter.fillRect(0, band * kCell * 3, sheet.width(), kCell * 3, band == 0 ? kLight : kDark);
            for (int i = 0; i < icons; ++i)
                for (int row = 0; row < 3; ++row) QIcon(files[i]).paint(&painter, iconCell(i, band, row));
        }
        painter.end();
        const QString dir = qEnvironmentVariable("NW_SCREENSHOT_DIR");
        if (!dir.isEmpty()) sheet.save(QDir(dir).filePath(QStringLiteral("icons.png")));
        return sheet;
    }
    // Where iconSheet() paints icon `i` at its `row`th size on `band` (0: light, 1: dark).
    static QRect iconCell(int i, int band, int row) {
        const int size = kSheetSizes[row];
        return {i * kCell + (kCell - size) / 2, (band * 3 + row) * kCell + (kCell - size) / 2, size, size};
    }
    static inline const QColor kLight{Qt::white};
    static inline const QColor kDark{0x2b, 0x2b, 0x2b};

    // The icon part of a layer's row in a grab of the dock: the start of the row, as wide as the icon
    // and the margins around it (and the start of the name when there is no icon).
    QRect iconAreaOf(QTreeWidgetItem* item, const QImage& grab) const {
        PaletteTree* tree = m_dock->tree();
        const QRect row = tree->visualItemRect(item);
        const QRect icon(row.topLeft(), QSize(tree->iconSize().width() + 8, row.height()));
        return nw::gui::test::areaOf(*tree->viewport(), icon & tree->viewport()->rect(), *m_dock, grab);
    }
    // Where the icon of `item` is drawn in `grab`: around the coloured lines in the icon part of its
    // row (the name is grey). Empty when the row shows no icon; not for a selected row, which is
    // coloured all over.
    QRect iconIn(QTreeWidgetItem* item, const QImage& grab) const {
        return nw::gui::test::colouredBounds(grab, iconAreaOf(item, grab));
    }
    // The layer items whose rows are wholly in view.
    QList<QTreeWidgetItem*> layerItemsInView() const {
        PaletteTree* tree = m_dock->tree();
        QList<QTreeWidgetItem*> items;
        for (int c = 0; c < tree->topLevelItemCount(); ++c)
            for (int i = 0; i < tree->topLevelItem(c)->childCount(); ++i) {
                QTreeWidgetItem* item = tree->topLevelItem(c)->child(i);
                if (!item->isHidden() && tree->viewport()->rect().contains(tree->visualItemRect(item)))
                    items << item;
            }
        return items;
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

    // What the dock draws: icons and names in light and dark palettes, the search leaving only its
    // matches, the popup's list.
    void screenshot() {
        using nw::gui::test::areaOf;
        using nw::gui::test::distinctColours;
        using nw::gui::test::inkPixels;
        PaletteTree* tree = m_dock->tree();
        const QImage all = nw::gui::test::saveScreenshot(*m_dock, QStringLiteral("palette"));
        // Icons, names, frames and anti-aliased text: far more colours than a blank dock's few.
        QVERIFY2(distinctColours(all) >= nw::gui::test::kManyColours,
                 qPrintable(QString::number(distinctColours(all))));
        const QList<QTreeWidgetItem*> inView = layerItemsInView();
        QVERIFY(inView.size() >= 5);
        for (QTreeWidgetItem* item : inView) {
            if (item->isSelected()) continue;
            const QRect icon = iconIn(item, all);
            QVERIFY2(icon.width() >= 12 && icon.height() >= 12, qPrintable(item->text(0)));
        }

        // Only the matches are left: below the last of them the list is empty.
        m_dock->searchField()->setText(QStringLiteral("relu"));
        const QImage search = nw::gui::test::saveScreenshot(*m_dock, QStringLiteral("palette_search"));
        const QList<QTreeWidgetItem*> matches = layerItemsInView();
        QCOMPARE(matches.size(), m_dock->visibleKinds().size());
        const QRect viewport = tree->viewport()->rect();
        const QRect belowMatches = areaOf(
            *tree->viewport(),
            QRect(QPoint(0, tree->visualItemRect(matches.back()).bottom() + 1), viewport.bottomRight()),
            *m_dock, search);
        QVERIFY(belowMatches.height() > 100);
        QCOMPARE(inkPixels(search, belowMatches), 0);
        QVERIFY2(inkPixels(all, belowMatches) > 1000, "the whole palette fills the same place");
        for (QTreeWidgetItem* item : matches)
            if (!item->isSelected()) QVERIFY2(iconIn(item, search).width() >= 12, qPrintable(item->text(0)));

        m_dock->searchField()->clear();
        m_dock->openSearchAt(QPoint(0, 0));
        QTest::keyClicks(m_dock->searchPopup()->searchField(), QStringLiteral("s"));
        const QImage popup =
            nw::gui::test::saveScreenshot(*m_dock->searchPopup(), QStringLiteral("palette_popup"));
        auto* popupList = m_dock->searchPopup()->findChild<QListWidget*>();
        QVERIFY(popupList);
        QVERIFY2(distinctColours(popup) >= nw::gui::test::kManyColours,
                 qPrintable(QString::number(distinctColours(popup))));
        QVERIFY(inkPixels(popup, areaOf(*popupList->viewport(), *m_dock->searchPopup(), popup)) > 1000);
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
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        const QImage shaded = nw::gui::test::saveScreenshot(*m_dock, QStringLiteral("palette_dark"));
        const auto darkShare = nw::gui::test::shareOf(shaded, [](int grey) { return grey < 80; });
        QVERIFY2(darkShare > 0.6, qPrintable(QString::number(darkShare)));
        // Each icon is drawn, on its light tile: a good part of it is bright against the background.
        for (QTreeWidgetItem* item : layerItemsInView()) {
            if (item->isSelected()) continue;
            const QRect icon = iconIn(item, shaded);
            QVERIFY2(icon.width() >= 12 && icon.height() >= 12, qPrintable(item->text(0)));
            const auto bright = nw::gui::test::shareOf(
                shaded, [](int grey) { return grey >= 160; }, icon);
            QVERIFY2(bright > 0.35,
                     qPrintable(item->text(0) + QStringLiteral(": ") + QString::number(bright)));
        }

        // Every icon file at every size stands out from a white and from a dark background.
        int icons = 0;
        const QImage sheet = iconSheet(icons);
        QVERIFY(icons >= 10);
        for (int i = 0; i < icons; ++i)
            for (int row = 0; row < 3; ++row) {
                const QRect onLight = iconCell(i, 0, row);
                const QRect onDark = iconCell(i, 1, row);
                const double area = onLight.width() * onLight.height();
                QVERIFY2(inkPixels(sheet, onLight) / area > 0.1, qPrintable(QString::number(i)));
                QVERIFY2(nw::gui::test::shareOf(
                             sheet, [](int grey) { return grey >= 160; }, onDark) > 0.2,
                         qPrintable(QString::number(i)));
            }
    }
};

QTEST_MAIN(PaletteDockTest)
#include "palette_dock_test.moc"
