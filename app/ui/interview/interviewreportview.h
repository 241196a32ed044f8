// InterviewReportView — a finished mock interview's report: the verdict, the score, per question
// its time per phase and overtime, rubric and diff scores, notes and drawing (laid out by the
// Graphviz worker, painted as vector art), in one scrolling document. Export it as Markdown or as
// PDF (the drawings stay vector). The same view shows a session picked from the history.
#pragma once

#include "interviewvalues.h"
#include "renderresult.h"
#include "result.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTextDocument;

namespace ArchDeck {

class Deck;
class LayoutEngine;

class InterviewReportView : public QWidget
{
    Q_OBJECT

public:
    InterviewReportView(const Deck *deck, LayoutEngine *engine, QWidget *parent = nullptr);
    ~InterviewReportView() override;

    /// Shows `record`; its drawings are laid out meanwhile (drawingsReady() when they are in).
    /// `saveProblem`: why it could not be kept in the history, shown above the report.
    void showRecord(const InterviewRecord &record, const QString &saveProblem = {});
    const InterviewRecord &record() const { return m_record; }
    bool hasRecord() const { return m_hasRecord; }
    /// Every drawing is laid out (or failed to be): the report and the PDF show them.
    bool areDrawingsReady() const { return m_pending.isEmpty(); }

    /// Writes the report (Markdown, or PDF with vector drawings) to `path`, atomically. Errors
    /// name the file. exportPdf() before areDrawingsReady() exports the drawings as DOT text.
    Status exportMarkdown(const QString &path) const;
    Status exportPdf(const QString &path) const;
    /// Asks for a file name, then exports; the outcome is a line above the report.
    void chooseAndExport(bool pdf);
    /// "interview-2026-12-02-1405": the stem export file names start from.
    QString suggestedFileStem() const;

    QTextBrowser *textView() const { return m_text; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *exportMarkdownButton() const { return m_exportMarkdown; }
    QPushButton *exportPdfButton() const { return m_exportPdf; }

signals:
    void drawingsReady();
    void newInterviewRequested();
    void historyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void requestDrawings();
    void rebuild();
    void showMessage(const QString &text, bool problem);
    QList<QByteArray> svgs(DiagramTheme theme) const;

    const Deck *m_deck;
    LayoutEngine *m_engine;
    InterviewRecord m_record;
    bool m_hasRecord = false;
    QString m_saveProblem;
    /// Rendered drawings by question and theme (the screen's and the PDF's light one).
    QHash<QString, QByteArray> m_svg;
    QHash<quint64, QString> m_pending; ///< render request → key in m_svg
    int m_generation = 0;
    std::unique_ptr<QTextDocument> m_document;
    QLabel *m_message;
    QTextBrowser *m_text;
    QPushButton *m_exportMarkdown;
    QPushButton *m_exportPdf;
    QPushButton *m_history;
    QPushButton *m_newInterview;
};

} // namespace ArchDeck
