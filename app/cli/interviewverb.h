// `archdeck interview` — the mock interview from the command line: --plan prints the questions and
// time boxes a session would have, without starting it; --history prints past sessions with their
// scores. Both with --json for scripts.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ArchDeck::InterviewVerb {

int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ArchDeck::InterviewVerb
