#include "interviewreportview.h"

#include "deck.h"
#include "interviewreport.h"
#include "interviewreportdocument.h"
#include "layoutengine.h"
#include "theme.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

QString svgKey(DiagramTheme theme, qsizetype question)
{
    return QStringLiteral("%1/%2").arg(themeName(theme)).arg(question);
}

DiagramTheme screenTheme()
{
    return Theme::isDark() ? DiagramTheme::Dark : DiagramTheme::Light;
}

InterviewReport::DocumentStyle styleFor(const QPalette &palette)
{
    InterviewReport::DocumentStyle style;
    const bool dark = Theme::isDark(palette);
    style.text = palette.color(QPalette::Text).name();
    style.muted = Theme::windowTextBlend(palette, 0.7).name();
    style.border = Theme::windowTextBlend(palette, 0.25).name();
    style.headerBackground = Theme::windowTextBlend(palette, 0.08).name();
    style.good = dark ? QStringLiteral("#57ab5a") : QStringLiteral("#1a7f37");
    style.bad = dark ? QStringLiteral("#e5534b") : QStringLiteral("#cf222e");
    return style;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(Diagnostic::error(path, 0,
            QStringLiteral("%1 could not be written: %2.")
                .arg(QDir::toNativeSeparators(path), file.errorString())));
    return Status::success();
}

} // namespace

InterviewReportView::InterviewReportView(const Deck *deck, LayoutEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_deck(deck)
    , m_engine(engine)
    , m_message(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_exportMarkdown(new QPushButton(tr("Export &Markdown…"), this))
    , m_exportPdf(new QPushButton(tr("Export P&DF…"), this))
    , m_history(new QPushButton(tr("&History"), this))
    , m_newInterview(new QPushButton(tr("&New Interview"), this))
{
    setObjectName(QStringLiteral("interviewReportView"));
    m_text->setObjectName(QStringLiteral("interviewReportText"));
    m_text->setOpenLinks(false); // nothing in a report loads anything
    // Tables and drawings fit the width by design; Qt's collapsed table borders round a pixel
    // over it, which would give the report a scroll bar for nothing.
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_message->setObjectName(QStringLiteral("interviewReportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_exportMarkdown->setObjectName(QStringLiteral("interviewExportMarkdown"));
    m_exportPdf->setObjectName(QStringLiteral("interviewExportPdf"));
    m_history->setObjectName(QStringLiteral("interviewReportHistory"));
    m_newInterview->setObjectName(QStringLiteral("interviewReportNew"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_message);
    layout->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportMarkdown);
    buttons->addWidget(m_exportPdf);
    buttons->addStretch(1);
    buttons->addWidget(m_history);
    buttons->addWidget(m_newInterview);
    layout->addLayout(buttons);

    connect(m_exportMarkdown, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    connect(m_history, &QPushButton::clicked, this, &InterviewReportView::historyRequested);
    connect(
        m_newInterview, &QPushButton::clicked, this, &InterviewReportView::newInterviewRequested);
    connect(engine, &LayoutEngine::rendered, this,
        [this](quint64 id, const QString &, const RenderResult &result) {
            const auto it = m_pending.constFind(id);
            if (it == m_pending.constEnd())
                return;
            m_svg.insert(*it, result.svg); // empty when it failed: the report shows the DOT
            m_pending.erase(it);
            if (m_pending.isEmpty()) {
                rebuild();
                emit drawingsReady();
            }
        });
    m_exportMarkdown->setEnabled(false);
    m_exportPdf->setEnabled(false);
}

InterviewReportView::~InterviewReportView()
{
    m_text->setDocument(nullptr);
}

void InterviewReportView::showRecord(const InterviewRecord &record, const QString &saveProblem)
{
    m_record = record;
    m_hasRecord = true;
    m_saveProblem = saveProblem;
    m_svg.clear();
    if (saveProblem.isEmpty())
        m_message->hide();
    else
        showMessage(saveProblem, true);
    m_exportMarkdown->setEnabled(true);
    m_exportPdf->setEnabled(true);
    rebuild(); // at once, with the drawings as text until they are laid out
    requestDrawings();
    m_text->verticalScrollBar()->setValue(0);
}

void InterviewReportView::requestDrawings()
{
    ++m_generation;
    m_pending.clear();
    QList<DiagramTheme> themes {DiagramTheme::Light};
    if (screenTheme() != DiagramTheme::Light)
        themes << screenTheme();
    for (qsizetype i = 0; i < m_record.questions.size(); ++i) {
        const QByteArray &drawing = m_record.questions.at(i).drawing;
        if (drawing.isEmpty())
            continue;
        for (const DiagramTheme theme : std::as_const(themes)) {
            const QString key = svgKey(theme, i);
            if (m_svg.contains(key))
                continue;
            const QString view = QStringLiteral("interviewReport/%1/%2").arg(m_generation).arg(key);
            const quint64 id = m_engine->render(view,
                {drawing, QStringLiteral("question-%1-drawing.dot").arg(i + 1), theme},
                LayoutEngine::Priority::Background);
            m_pending.insert(id, key);
        }
    }
    if (m_pending.isEmpty())
        emit drawingsReady();
}

QList<QByteArray> InterviewReportView::svgs(DiagramTheme theme) const
{
    QList<QByteArray> all;
    for (qsizetype i = 0; i < m_record.questions.size(); ++i)
        all << m_svg.value(svgKey(theme, i));
    return all;
}

void InterviewReportView::rebuild()
{
    if (!m_hasRecord)
        return;
    const int scroll = m_text->verticalScrollBar()->value();
    std::unique_ptr<QTextDocument> document
        = InterviewReport::document(m_record, *m_deck, svgs(screenTheme()), styleFor(palette()));
    document->setDefaultFont(font());
    m_text->setDocument(document.get());
    InterviewReport::registerDrawingHandler(document.get());
    m_document = std::move(document);
    m_text->verticalScrollBar()->setValue(scroll);
}

void InterviewReportView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_hasRecord) {
        rebuild();
        requestDrawings(); // the drawings in the new theme
    }
}

Status InterviewReportView::exportMarkdown(const QString &path) const
{
    if (!m_hasRecord)
        return Status::failure(
            Diagnostic::failure(QStringLiteral("There is no report to export.")));
    return writeFile(path, InterviewReport::markdown(m_record, *m_deck).toUtf8());
}

Status InterviewReportView::exportPdf(const QString &path) const
{
    if (!m_hasRecord)
        return Status::failure(
            Diagnostic::failure(QStringLiteral("There is no report to export.")));
    const Result<QByteArray> pdf
        = InterviewReport::pdf(m_record, *m_deck, svgs(DiagramTheme::Light));
    if (!pdf.isOk())
        return Status::failure(Diagnostic::error(path, 0,
            QStringLiteral("%1 could not be made: %2")
                .arg(QDir::toNativeSeparators(path), pdf.errorMessage())));
    return writeFile(path, pdf.value);
}

QString InterviewReportView::suggestedFileStem() const
{
    return QStringLiteral("interview-%1")
        .arg(m_record.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")));
}

void InterviewReportView::chooseAndExport(bool pdf)
{
    if (!m_hasRecord)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("md");
    const QString path = QFileDialog::getSaveFileName(this,
        pdf ? tr("Export the Report as PDF") : tr("Export the Report as Markdown"),
        QDir(folder).filePath(suggestedFileStem() + u'.' + suffix),
        pdf ? tr("PDF (*.pdf)") : tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    const Status written = pdf ? exportPdf(path) : exportMarkdown(path);
    if (written.isOk())
        showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    else
        showMessage(written.errorMessage(), true);
}

void InterviewReportView::showMessage(const QString &text, bool problem)
{
    QString shown = text;
    if (!m_saveProblem.isEmpty() && text != m_saveProblem)
        shown = m_saveProblem + u'\n' + text;
    m_message->setText(shown);
    const bool bold = problem || !m_saveProblem.isEmpty();
    m_message->setStyleSheet(bold ? QStringLiteral("font-weight: bold;") : QString());
    m_message->show();
}

} // namespace ArchDeck
