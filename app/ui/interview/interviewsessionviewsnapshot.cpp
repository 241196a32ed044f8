// InterviewSessionView's snapshot: the session's own, with each question's drawing, notes and
// rubric scores, and reading those back for a resume.
#include "interviewsessionview.h"

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

QStringList InterviewSessionView::drawingsOf(const QJsonObject &snapshot)
{
    return stringsOf(snapshot, QStringLiteral("drawings"));
}

QStringList InterviewSessionView::notesOf(const QJsonObject &snapshot)
{
    return stringsOf(snapshot, QStringLiteral("notes"));
}

} // namespace ArchDeck
