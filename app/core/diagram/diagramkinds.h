// DiagramKinds — the visual vocabulary's names: what a diagram's `kind` attribute may say.
// The layout worker styles them (app/layout/kindstyles.cpp); the legend and `check` list them.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ArchDeck::DiagramKinds {

struct Kind
{
    QString name; ///< "queue"
    QString description; ///< "SQS queue, DLQ"
};

QList<Kind> nodeKinds();
/// The names alone, in the same order: "client", "actor", …
QStringList nodeKindNames();
QList<Kind> clusterKinds();

/// A DOT graph showing one node per node kind and one cluster per cluster kind: the legend.
QByteArray legendDot();

} // namespace ArchDeck::DiagramKinds
