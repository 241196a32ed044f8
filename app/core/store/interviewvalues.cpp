#include "interviewvalues.h"

#include <numeric>

namespace ArchDeck {

qint64 InterviewQuestionRecord::totalMs() const
{
    return std::accumulate(phaseMs.cbegin(), phaseMs.cend(), qint64(0));
}

qint64 InterviewQuestionRecord::totalOvertimeMs() const
{
    return std::accumulate(overtimeMs.cbegin(), overtimeMs.cend(), qint64(0));
}

double InterviewQuestionRecord::rubricShare() const
{
    if (rubric.isEmpty())
        return -1;
    return double(std::accumulate(rubric.cbegin(), rubric.cend(), 0)) / (3.0 * rubric.size());
}

double InterviewRecord::score() const
{
    double sum = 0;
    int scored = 0;
    for (const InterviewQuestionRecord &question : questions) {
        if (const double share = question.rubricShare(); share >= 0) {
            sum += share;
            ++scored;
        }
    }
    return scored == 0 ? -1 : sum / scored;
}

} // namespace ArchDeck
