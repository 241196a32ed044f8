// What every study-window test sets up first: the application's identity, settings in a
// throwaway folder (never the user's), and the layout worker from the build tree.
#pragma once

#include "applicationidentity.h"

#include <QSettings>
#include <QString>

inline void setUpGuiTestEnvironment(const QString &settingsDirectory)
{
    ArchDeck::setApplicationIdentity(QStringLiteral("0.0.0-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDirectory);
    qputenv("ARCHDECK_LAYOUT_WORKER", ARCHDECK_LAYOUT_WORKER_EXE);
}
