// InterviewSessionView's snapshot: the session's own, with each question's drawing, notes and
// rubric scores, and reading those back for a resume.
#include "interviewsessionview.h"

#include "interviewgraderow.h"
#include "interviewsession.h"
#include "rubricpanel.h"

#include <QJsonArray>

namespace ArchDeck {

namespace {

QStringList stringsOf(const QJsonObject &snapshot, const QString &key)
{
    QStringList list;
    for (const QJsonValue &value : snapshot.value(key).toArray())
        list << value.toString();
    return list;
}

} // namespace

QJsonObject InterviewSessionView::snapshot() const
{
    if (!m_session)
        return {};
    QJsonObject snapshot = m_session->snapshot();
    snapshot.insert(QStringLiteral("drawings"), QJsonArray::fromStringList(drawings()));
    snapshot.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes()));
    QJsonArray rubric;
    for (const QList<int> &scores : m_rubric) {
        QJsonArray row;
        for (const int score : scores)
            row.append(score);
        rubric.append(row);
    }
    snapshot.insert(QStringLiteral("rubric"), rubric);
    QJsonArray diffScores;
    for (const double score : m_diffScores)
        diffScores.append(score);
    snapshot.insert(QStringLiteral("diffScores"), diffScores);
    QJsonArray grades;
    for (const std::optional<Rating> &grade : m_grades)
        grades.append(grade ? int(*grade) : 0);
    snapshot.insert(QStringLiteral("grades"), grades);
    return snapshot;
}

QList<QList<int>> InterviewSessionView::rubricOf(const QJsonObject &snapshot)
{
    QList<QList<int>> all;
    for (const QJsonValue &row : snapshot.value(QStringLiteral("rubric")).toArray()) {
        QList<int> scores;
        for (const QJsonValue &score : row.toArray())
            scores << qBound(-1, score.toInt(-1), 3);
        all << scores;
    }
    return all;
}

void InterviewSessionView::setRubricScores(const QList<QList<int>> &scores)
{
    for (qsizetype i = 0; i < m_rubric.size(); ++i)
        m_rubric[i] = scores.value(i);
    if (m_shownQuestion >= 0 && m_shownQuestion < m_rubric.size())
        m_rubricPanel->setScores(m_rubric.at(m_shownQuestion));
}

QList<double> InterviewSessionView::diffScoresOf(const QJsonObject &snapshot)
{
    QList<double> scores;
    for (const QJsonValue &value : snapshot.value(QStringLiteral("diffScores")).toArray()) {
        const double score = value.toDouble(-1);
        scores << (score >= 0 && score <= 1 ? score : -1.0);
    }
    return scores;
}

void InterviewSessionView::setDiffScores(const QList<double> &scores)
{
    for (qsizetype i = 0; i < m_diffScores.size(); ++i)
        m_diffScores[i] = scores.value(i, -1.0);
}

QList<std::optional<Rating>> InterviewSessionView::gradesOf(const QJsonObject &snapshot)
{
    QList<std::optional<Rating>> grades;
    for (const QJsonValue &value : snapshot.value(QStringLiteral("grades")).toArray()) {
        const int rating = value.toInt();
        grades << (rating >= int(Rating::Again) && rating <= int(Rating::Easy)
                ? std::optional<Rating>(Rating(rating))
                : std::nullopt);
    }
    return grades;
}

void InterviewSessionView::setGrades(const QList<std::optional<Rating>> &grades)
{
    for (qsizetype i = 0; i < m_grades.size(); ++i)
        m_grades[i] = grades.value(i);
}

void InterviewSessionView::setGradingAvailable(bool available, const QString &reason)
{
    m_gradeRow->setAvailable(available, reason);
}

void InterviewSessionView::gradeSaved(int question, Rating rating, const QString &problem)
{
    if (question < 0 || question >= m_grades.size())
        return;
    if (problem.isEmpty())
        m_grades[question] = rating;
    if (question != m_shownQuestion)
        return;
    if (problem.isEmpty())
        m_gradeRow->showFor(rating);
    else
        m_gradeRow->showProblem(problem);
    emit snapshotDue();
}

QStringList InterviewSessionView::drawingsOf(const QJsonObject &snapshot)
{
    return stringsOf(snapshot, QStringLiteral("drawings"));
}

QStringList InterviewSessionView::notesOf(const QJsonObject &snapshot)
{
    return stringsOf(snapshot, QStringLiteral("notes"));
}

} // namespace ArchDeck
