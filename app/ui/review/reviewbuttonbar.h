// ReviewButtonBar — the line under the review card: what can be done with the card now. Its
// question: Show answer (Space). Its drawing (review by drawing): Check (Ctrl+Return) and Skip
// drawing. Its answer: the four grades, each with the interval it would give; after Check the
// proposed one is marked and a line above says so ("Proposed: Good (score 78 %) — press 3…"). After
// a plain reveal of a card with a diagram, the Show my last drawing toggle sits at the left —
// disabled, saying why, when the card was never drawn. ReviewPane says which; the buttons only ask.
#pragma once

#include "fsrsscheduler.h"
#include "reviewtypes.h"
#include "whiteboardvalues.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace ArchDeck {

class ReviewButtonBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewButtonBar(QWidget *parent = nullptr);

    void showQuestion();
    void showDrawing();
    /// The grades with the intervals `preview` gives from `now`; `proposed` marked, with
    /// `proposal` (HTML) above them — or only `proposal`, a line to say why there is no proposal.
    void showGrades(const FsrsPreview &preview, const QDateTime &now,
        std::optional<Rating> proposed = std::nullopt, const QString &proposal = {});

    /// The toggle: hidden unless `offered`; enabled when there is a `last` attempt to show.
    void offerLastDrawing(bool offered, const std::optional<WhiteboardAttempt> &last);
    bool isLastDrawingAvailable() const;
    void setLastDrawingShown(bool shown);

signals:
    void showAnswerClicked();
    void checkClicked();
    void skipDrawingClicked();
    void gradeClicked(Rating rating);
    void lastDrawingToggled(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void mark();

    QLabel *m_proposal;
    QPushButton *m_showAnswer;
    QPushButton *m_check;
    QPushButton *m_skipDrawing;
    QPushButton *m_lastDrawing;
    QWidget *m_grades;
    QPushButton *m_gradeButtons[4] = {};
    std::optional<Rating> m_proposed;
};

} // namespace ArchDeck
