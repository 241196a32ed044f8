#include "guiapplication.h"

#include "clock.h"
#include "collectionlocation.h"
#include "collectionstore.h"
#include "deck.h"
#include "mainwindow.h"
#include "reviewpage.h"
#include "whiteboardpage.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

namespace ArchDeck::GuiApplication {

int run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("ArchDeck"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/archdeck.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("ArchDeck study window. Run 'archdeck --help' for the verbs."));
    const QCommandLineOption deckOption(QStringLiteral("deck"),
        QStringLiteral("Study the cards in DIR instead of the bundled deck."),
        QStringLiteral("DIR"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QStringLiteral("Colour theme: system, light or dark."), QStringLiteral("THEME"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QStringLiteral("Keep the collection (reviews, settings) in DIR."), QStringLiteral("DIR"));
    parser.addOption(deckOption);
    parser.addOption(themeOption);
    parser.addOption(dataDirOption);
    if (!parser.parse(QApplication::arguments())) {
        QTextStream(stderr) << "archdeck: " << parser.errorText() << "\nSee 'archdeck --help'.\n";
        return 1;
    }
    if (parser.isSet(themeOption)) {
        const auto theme = Theme::fromName(parser.value(themeOption));
        if (!theme) {
            QTextStream(stderr) << "archdeck: unknown theme '" << parser.value(themeOption)
                                << "' (expected system, light or dark)\n";
            return 1;
        }
        QSettings().setValue(Theme::settingsKey(), Theme::name(*theme));
    }

    Theme::apply(Theme::fromName(QSettings().value(Theme::settingsKey()).toString())
                     .value_or(Theme::Kind::System));

    const Deck deck = parser.isSet(deckOption) ? Deck::load(parser.value(deckOption),
                          QDir::cleanPath(parser.value(deckOption)) + QLatin1Char('/'))
                                               : Deck::bundled();
    for (const Diagnostic &d : deck.diagnostics())
        QTextStream(stderr) << d.toString() << '\n';

    SystemClock clock;
    CollectionStore store; // outlives the window, which uses it
    MainWindow window(&deck, &clock);
    if (parser.isSet(deckOption))
        window.setDeckName(QFileInfo(QDir::cleanPath(parser.value(deckOption))).absoluteFilePath().section(QLatin1Char('/'), -1));
    if (qEnvironmentVariableIsSet("ARCHDECK_STARTUP_PROBE")) {
        // Start-up benchmark (bench/startup.cpp): report the first painted card and leave.
        QObject::connect(&window, &MainWindow::firstCardPainted, &app, [] {
            fputs("first-paint\n", stdout);
            fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        });
    }
    // The collection opens (checked, backed up, migrated) once the first card is on screen, so
    // start-up never waits for the disk.
    QObject::connect(&window, &MainWindow::firstCardPainted, &window, [&] {
        const Result<CollectionLocation> location
            = resolveCollectionLocation(parser.value(dataDirOption));
        if (!location.isOk()) {
            window.setCollection(nullptr, location.errorMessage());
            return;
        }
        const StoreOpenResult opened = store.open(location.value.directory);
        const QString synonyms
            = QDir(location.value.directory).filePath(QStringLiteral("synonyms.txt"));
        window.whiteboardPage()->setSynonymsFile(synonyms);
        window.reviewPage()->setSynonymsFile(synonyms);
        window.setCollection(opened.isOpen() ? &store : nullptr, opened.errorMessage());
        if (opened.hasNotice())
            QMessageBox::information(&window, QStringLiteral("Your collection"), opened.notice);
    }, Qt::QueuedConnection);
    window.show();
    return QApplication::exec();
}

} // namespace ArchDeck::GuiApplication
