// Where the tests find the seed Q&A file: $ARCHDECK_SEED, which tests/CMakeLists.txt sets for
// ctest. The seed lives outside the repository, so tests that need it skip (not fail) when it is
// absent.
#pragma once

#include <QFile>
#include <QString>
#include <QTest>

inline QString seedPath()
{
    return qEnvironmentVariable("ARCHDECK_SEED");
}

/// Use at the top of a test function: skips it when the seed cannot be found.
#define ARCHDECK_REQUIRE_SEED()                                                                    \
    do {                                                                                           \
        if (seedPath().isEmpty() || !QFile::exists(seedPath()))                                    \
            QSKIP(qPrintable(QStringLiteral("seed Q&A file not found (ARCHDECK_SEED='%1'); run "   \
                                            "through ctest or set ARCHDECK_SEED")                  \
                                 .arg(seedPath())));                                               \
    } while (false)
