#include "interviewtypes.h"

namespace ArchDeck {

QString interviewModeName(InterviewMode mode)
{
    return mode == InterviewMode::SystemDesign ? QStringLiteral("system-design")
                                               : QStringLiteral("quick");
}

InterviewMode interviewModeFromName(const QString &name, bool *ok)
{
    const QString folded = name.trimmed().toLower();
    const bool known = folded == QLatin1String("quick") || folded == QLatin1String("system-design");
    if (ok)
        *ok = known;
    return folded == QLatin1String("system-design") ? InterviewMode::SystemDesign
                                                    : InterviewMode::Quick;
}

QString interviewModeLabel(const QString &name)
{
    bool known = false;
    const InterviewMode mode = interviewModeFromName(name, &known);
    if (!known)
        return name;
    return mode == InterviewMode::SystemDesign ? QStringLiteral("System design")
                                               : QStringLiteral("Quick round");
}

QString interviewMinutesText(int minutes)
{
    if (minutes < 60)
        return QStringLiteral("%1 min").arg(minutes);
    return minutes % 60 == 0 ? QStringLiteral("%1 h").arg(minutes / 60)
                             : QStringLiteral("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

int InterviewPlan::minutesPerQuestion() const
{
    int minutes = 0;
    for (const InterviewPhase &phase : phases)
        minutes += phase.minutes;
    return minutes;
}

} // namespace ArchDeck
