// ProblemsBanner — a strip across the top of the window that says what went wrong loading the
// deck (or opening the collection), in the window rather than on stderr where a user never looks:
// a sentence ("2 problems in this deck: 1 card could not be loaded"), a Details button that opens
// the list as `FILE:LINE: message` (selectable, to copy), and a close button. Hidden when there is
// nothing to say.
#pragma once

#include "diagnostic.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace ArchDeck {

class ProblemsBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ProblemsBanner(QWidget *parent = nullptr);

    /// Shows `summary` with `diagnostics` behind Details (none: no Details button); an empty
    /// summary hides the banner.
    void showProblems(const QString &summary, const Diagnostics &diagnostics);
    QString summary() const;
    QString details() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_icon;
    QLabel *m_summary;
    QToolButton *m_detailsButton;
    QToolButton *m_closeButton;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace ArchDeck
