#include "verbparser.h"

#include <QRegularExpression>

namespace ArchDeck {

VerbParser::VerbParser(const QString &synopsis, const QString &description)
    : m_synopsis(synopsis)
{
    setApplicationDescription(description);
    setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addHelpOption();
}

VerbParser::Outcome VerbParser::parse(
    const QStringList &arguments, int positional, QTextStream &out, QTextStream &err)
{
    // QCommandLineParser expects the program name first; the verb stands in for it.
    QStringList args = arguments;
    const bool parsed = QCommandLineParser::parse(args);
    if (parsed && isSet(QStringLiteral("help"))) {
        QString help = helpText();
        // "Usage: show [options]" → "Usage: archdeck show ID [options]"
        help.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
            QStringLiteral("Usage: archdeck ") + m_synopsis);
        out << help;
        return Outcome::Done;
    }
    QString problem;
    if (!parsed)
        problem = errorText();
    else if (positionalArguments().size() < positional)
        problem = QStringLiteral("missing argument");
    else if (positionalArguments().size() > positional)
        problem
            = QStringLiteral("unexpected argument '%1'").arg(positionalArguments().at(positional));
    if (problem.isEmpty())
        return Outcome::Run;
    err << "archdeck " << arguments.value(0) << ": " << problem << "\nUsage: archdeck "
        << m_synopsis << "  (see 'archdeck " << arguments.value(0) << " --help')\n";
    return Outcome::Failed;
}

} // namespace ArchDeck
