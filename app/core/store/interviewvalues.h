// What the collection keeps of a finished mock interview: when, which mode and time boxes, and per
// question the time spent in each phase and past it, whether it was skipped, the rubric scores the
// user gave, the structural diff score of the drawing, the notes and the drawing itself. The
// report and the history view are made from these; `archdeck interview --history` prints them.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ArchDeck {

struct InterviewQuestionRecord
{
    QString cardId;
    QList<qint64> phaseMs; ///< time spent in each phase, pauses left out (one entry a phase)
    QList<qint64> overtimeMs; ///< of that, the time past each phase's box
    bool skipped = false;
    /// 0–3 for each of InterviewRecord::rubric, in its order; empty when not scored.
    QList<int> rubric;
    double diffScore = -1; ///< 0–1, the drawing against the reference; below 0: none checked
    QString notes; ///< Markdown
    QByteArray drawing; ///< DOT; empty when nothing was drawn

    qint64 totalMs() const;
    qint64 totalOvertimeMs() const;
    /// The rubric's share of its maximum (0–1), or -1 when not scored.
    double rubricShare() const;
};

struct InterviewRecord
{
    qint64 id = 0; ///< 0 until saved
    QDateTime startedAt; ///< UTC
    QDateTime endedAt;
    QString mode; ///< "quick" / "system-design"
    QStringList phaseNames;
    QList<int> phaseMinutes;
    QStringList rubric; ///< the criteria scored 0–3: "Requirements", "Design", …
    QList<InterviewQuestionRecord> questions;

    /// The mean rubric share over the scored questions (0–1), or -1 when none was scored.
    double score() const;
};

} // namespace ArchDeck
