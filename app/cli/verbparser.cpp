#include "verbparser.h"

namespace ArchDeck {

namespace {

const QCommandLineOption kHelpOption(
    {QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));

/// Qt's "Unknown option 'x'." as our messages read after "archdeck cards: ": "unknown option 'x'".
QString sentenceFragment(QString text)
{
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    return text;
}

} // namespace

VerbParser::VerbParser(const QString &usage, const QString &description)
    : m_usage(QStringLiteral("archdeck ") + usage)
{
    setApplicationDescription(description);
    setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Our own help option rather than addHelpOption(), which adds --help-all ("…including Qt
    // specific options"): a verb has none.
    addOption(kHelpOption);
}

void VerbParser::addArgument(const QString &name, const QString &description)
{
    m_arguments.append(name);
    addPositionalArgument(name, description);
}

VerbParser::Outcome VerbParser::parse(
    const QStringList &arguments, int positional, QTextStream &out, QTextStream &err)
{
    m_verb = arguments.value(0);
    // QCommandLineParser expects the program name first; the verb stands in for it.
    const bool parsed = QCommandLineParser::parse(arguments);
    if (parsed && isSet(kHelpOption)) {
        // Qt's first line is "Usage: PROGRAM [options] ID": ours replaces it whole.
        const QString help = helpText();
        out << "Usage: " << m_usage << help.mid(help.indexOf(QLatin1Char('\n')));
        return Outcome::Done;
    }
    const qsizetype given = parsed ? positionalArguments().size() : 0;
    QString problem;
    if (!parsed)
        problem = sentenceFragment(errorText());
    else if (given < positional)
        problem = QStringLiteral("missing ") + m_arguments.value(given, QStringLiteral("argument"));
    else if (given > positional)
        problem
            = QStringLiteral("unexpected argument '%1'").arg(positionalArguments().at(positional));
    if (problem.isEmpty())
        return Outcome::Run;
    err << errorPrefix() << problem << "\nUsage: " << m_usage << "\nSee 'archdeck " << m_verb
        << " --help'.\n";
    return Outcome::Failed;
}

QString VerbParser::errorPrefix() const
{
    return QStringLiteral("archdeck %1: ").arg(m_verb);
}

} // namespace ArchDeck
