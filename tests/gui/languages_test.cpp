// The designer's five languages: each translation is complete for the engine's sentences (not only
// the designer's own strings), engine sentences are shown in the reader's language with numbers as it
// writes them, and the language is chosen in View → Language or with --lang.
#include "gui/app/language.h"
#include "gui/app/main_window.h"
#include "gui/app/translations.h"
#include "gui/render/engine_text.h"

#include "engine/core/diagnostic.h"
#include "engine/core/text.h"
#include "engine/data/csv_reader.h"
#include "engine/io/project.h"

#include "speaking.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

namespace nw::gui {
extern const char* const kEngineTexts[];
extern const int kEngineTextCount;
} // namespace nw::gui

using namespace nw::gui;
using nw::gui::test::Speaking;

class LanguagesTest : public QObject {
    Q_OBJECT

private slots:
    void everyLanguageHasEveryEngineSentence_data() {
        QTest::addColumn<QString>("language");
        for (const InterfaceLanguage& language : interfaceLanguages())
            if (language.code != QLatin1String("en"))
                QTest::newRow(qPrintable(language.code)) << language.code;
    }

    void everyLanguageHasEveryEngineSentence() {
        QFETCH(QString, language);
        const Speaking speaking{QLocale(language)};
        QVERIFY(speaking.ok);
        QVERIFY(kEngineTextCount > 30);
        for (int i = 0; i < kEngineTextCount; ++i)
            if (!Speaking::hasEntry("Engine", kEngineTexts[i]))
                QFAIL(qPrintable(QStringLiteral("%1 has no entry for: %2").arg(language, kEngineTexts[i])));
        for (const nw::DiagCode code : nw::allDiagCodes())
            QVERIFY(Speaking::hasEntry("Engine", nw::codeTitle(code).pattern()));
    }

    void engineSentencesAreShownInTheReadersLanguage() {
        const nw::Diagnostic dense(
            nw::DiagCode::ShapeMismatch,
            nw::Text(NW_TEXT("Dense expects a flat input, got %1: insert Flatten before it"),
                     {std::string("16×4×4")}));
        QCOMPARE(diagnosticMessage(dense),
                 QStringLiteral("Dense expects a flat input, got 16×4×4: insert Flatten before it"));
        {
            const Speaking german{QLocale(QLocale::German, QLocale::Germany)};
            QCOMPARE(diagnosticMessage(dense),
                     QStringLiteral(
                         "Dense erwartet eine flache Eingabe, bekommt aber 16×4×4: Füge davor Flatten ein"));
            QCOMPARE(engineText(nw::codeTitle(nw::DiagCode::ShapeMismatch)),
                     QStringLiteral("Die Formen passen nicht zusammen"));
        }
        {
            const Speaking french{QLocale(QLocale::French, QLocale::France)};
            QVERIFY(diagnosticMessage(dense).startsWith(QStringLiteral("Dense attend une entrée plate")));
        }
        // A plain-English diagnostic (not yet marked) is shown as the engine wrote it.
        const nw::Diagnostic plain(nw::DiagCode::FileRead, "cannot read", {}, "a.csv");
        QCOMPARE(diagnosticDescription(plain), QStringLiteral("a.csv: cannot read"));
    }

    // Errors the engine itself produces on opening a project and reading data, location included, and
    // a unit on a canvas card in its plural form.
    void fileAndDataErrorsAreShownInTheReadersLanguage() {
        const nw::Result<nw::Project> newer =
            nw::parseProject(R"({"format": "neuroweave-project", "version": 2})");
        QVERIFY(!newer.ok());
        const nw::Result<nw::CsvData> ragged = nw::parseCsvDataset("a,b\n1,2\n3,4,5\n", {}, "data.csv");
        QVERIFY(!ragged.ok());
        QCOMPARE(diagnosticDescription(ragged.error()),
                 QStringLiteral("data.csv: line 3: Line 3 has 3 fields, more than the 2 expected (the header "
                                "has 2); a field with the delimiter in it must be quoted"));
        const Speaking german{QLocale(QLocale::German, QLocale::Germany)};
        QCOMPARE(
            diagnosticDescription(newer.error()),
            QStringLiteral("/version: Die Datei hat das Projektformat Version 2 und stammt aus einem neueren "
                           "Neuroweave; diese Version liest Formate bis Version 1"));
        QCOMPARE(diagnosticDescription(ragged.error()),
                 QStringLiteral("data.csv: Zeile 3: Zeile 3 hat 3 Felder, mehr als die 2 erwarteten (die "
                                "Kopfzeile hat 2); ein Feld, das das Trennzeichen enthält, muss in "
                                "Anführungszeichen stehen"));
        QCOMPARE(engineUnit("neurons", 1), QStringLiteral("Neuron"));
        QCOMPARE(engineUnit("neurons", 120), QStringLiteral("Neuronen"));
    }

    void theLanguageIsChosenBySettingOrCommandLine() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(interfaceLocale({}, settings), QLocale::system());
        settings.setValue(QLatin1String(kLanguageKey), QStringLiteral("fr"));
        QCOMPARE(interfaceLocale({}, settings).language(), QLocale::French);
        QCOMPARE(interfaceLocale(QStringLiteral("zh_CN"), settings).language(), QLocale::Chinese);
        QCOMPARE(interfaceLocale(QStringLiteral("xx"), settings), QLocale::system());
        char app[] = "neuroweave", lang[] = "--lang", code[] = "es", joined[] = "--lang=de";
        char* spaced[] = {app, lang, code};
        char* withEquals[] = {app, joined};
        QCOMPARE(requestedLanguage(3, spaced), QStringLiteral("es"));
        QCOMPARE(requestedLanguage(2, withEquals), QStringLiteral("de"));
        QCOMPARE(requestedLanguage(1, spaced), QString());
    }

    void theLanguageMenuKeepsTheChoice() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MainWindow window(nullptr, &settings);
        auto* menu = window.findChild<QMenu*>(QStringLiteral("menu.language"));
        QVERIFY(menu);
        auto* system = window.findChild<QAction*>(QStringLiteral("view.language.system"));
        QVERIFY(system && system->isChecked());
        auto* spanish = window.findChild<QAction*>(QStringLiteral("view.language.es"));
        QVERIFY(spanish);
        QCOMPARE(spanish->text(), QStringLiteral("Español"));
        spanish->trigger();
        QVERIFY(spanish->isChecked() && !system->isChecked());
        QCOMPARE(settings.value(QLatin1String(kLanguageKey)).toString(), QStringLiteral("es"));
        MainWindow again(nullptr, &settings);
        QVERIFY(again.findChild<QAction*>(QStringLiteral("view.language.es"))->isChecked());
    }
};

QTEST_MAIN(LanguagesTest)
#include "languages_test.moc"
