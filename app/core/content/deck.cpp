#include "deck.h"

#include "cardfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ArchDeck {

namespace {

struct Loaded
{
    Card card;
    int idLine;
};

/// Reads every card file in `directory`; how many there were, good or bad.
qsizetype readFolder(const QString &directory, const QString &displayPrefix, QList<Loaded> &loaded,
    Diagnostics &diagnostics)
{
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString displayName = displayPrefix + name;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            diagnostics.append(Diagnostic::error(displayName, 0, file.errorString()));
            continue;
        }
        CardFile::ParseResult parsed = CardFile::parse(file.readAll(), displayName);
        diagnostics.append(parsed.diagnostics);
        if (parsed.card)
            loaded.append({*parsed.card, parsed.idLine});
    }
    return names.size();
}

/// How messages name the deck folder itself: "mydeck/" → "mydeck", "/" → "/".
QString folderDisplayName(const QString &directory, const QString &displayPrefix)
{
    if (displayPrefix.isEmpty())
        return QDir::toNativeSeparators(directory);
    return displayPrefix.size() > 1 && displayPrefix.endsWith(QLatin1Char('/'))
        ? displayPrefix.chopped(1)
        : displayPrefix;
}

/// Why `directory` cannot be a deck, or an empty string when it is a folder.
QString folderProblem(const QString &directory)
{
    const QFileInfo info(directory);
    if (!info.exists())
        return QStringLiteral("no such folder");
    if (!info.isDir())
        return QStringLiteral("not a folder");
    return {};
}

} // namespace

Deck Deck::bundled()
{
    return load(QStringLiteral(":/content"), QStringLiteral("content/"));
}

Deck Deck::load(const QString &directory, const QString &displayPrefix)
{
    Deck deck;
    deck.m_folder = QDir::cleanPath(directory);
    deck.m_displayPrefix = displayPrefix;
    deck.m_root = QDir::cleanPath(directory + QLatin1String("/.."));
    const QString folderName = folderDisplayName(directory, displayPrefix);
    if (const QString problem = folderProblem(directory); !problem.isEmpty()) {
        deck.m_diagnostics.append(Diagnostic::error(folderName, 0, problem));
        return deck;
    }
    QList<Loaded> loaded;
    const qsizetype files = readFolder(directory, displayPrefix, loaded, deck.m_diagnostics)
        + readFolder(directory + QLatin1String("/reference"),
            displayPrefix + QLatin1String("reference/"), loaded, deck.m_diagnostics);
    deck.m_hasCardFiles = files > 0;
    if (!deck.m_hasCardFiles)
        deck.m_diagnostics.append(Diagnostic::error(
            folderName, 0, QStringLiteral("no card files (*.md) in this folder")));

    // Questions first, then reference pages; each in id order ("q04-…" before "q12-…").
    std::stable_sort(loaded.begin(), loaded.end(), [](const Loaded &a, const Loaded &b) {
        if (a.card.kind != b.card.kind)
            return a.card.isQuestion();
        return a.card.id < b.card.id;
    });
    for (const Loaded &item : std::as_const(loaded)) {
        if (const Card *first = deck.card(item.card.id)) {
            deck.m_diagnostics.append(Diagnostic::error(item.card.sourceFile, item.idLine,
                QStringLiteral("duplicate id '%1' (already used by %2)")
                    .arg(item.card.id, first->sourceFile)));
            continue;
        }
        deck.m_index.insert(item.card.id, deck.m_cards.size());
        deck.m_cards.append(item.card);
    }
    return deck;
}

Result<QByteArray> Deck::readDiagram(const Card &card) const
{
    if (card.diagram.isEmpty() || QDir::isAbsolutePath(card.diagram)
        || card.diagram.contains(QLatin1String(".."))) {
        return Result<QByteArray>::failure(Diagnostic::error(card.sourceFile, 0,
            QStringLiteral("diagram '%1' is not a path inside the deck").arg(card.diagram)));
    }
    const QString fileName = diagramFileName(card);
    QFile file(diagramPath(card));
    if (!file.open(QIODevice::ReadOnly)) {
        // Not found in either place: name the one beside the folder, mention the one inside.
        const QString message = file.exists()
            ? file.errorString()
            : QStringLiteral("no such file (nor %1)")
                  .arg(QDir::cleanPath(m_displayPrefix + card.diagram));
        return Result<QByteArray>::failure(Diagnostic::error(fileName, 0, message));
    }
    QByteArray dot = file.readAll();
    if (dot.isEmpty())
        return Result<QByteArray>::failure(
            Diagnostic::error(fileName, 0, QStringLiteral("the file is empty")));
    return Result<QByteArray>::success(std::move(dot));
}

bool Deck::isDiagramInFolder(const Card &card) const
{
    return QFile::exists(QDir(m_folder).filePath(card.diagram));
}

QString Deck::diagramPath(const Card &card) const
{
    return QDir(isDiagramInFolder(card) ? m_folder : m_root).filePath(card.diagram);
}

QString Deck::diagramFileName(const Card &card) const
{
    return QDir::cleanPath(m_displayPrefix
        + (isDiagramInFolder(card) ? QString() : QStringLiteral("../")) + card.diagram);
}

const Card *Deck::card(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &m_cards.at(i);
}

qsizetype Deck::questionCount() const
{
    return std::count_if(
        m_cards.cbegin(), m_cards.cend(), [](const Card &c) { return c.isQuestion(); });
}

QStringList Deck::sections() const
{
    QStringList sections;
    for (const Card &card : m_cards)
        if (!sections.contains(card.section))
            sections.append(card.section);
    return sections;
}

} // namespace ArchDeck
