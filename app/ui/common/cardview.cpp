#include "cardview.h"

#include "markdown.h"
#include "theme.h"

#include <QDesktopServices>
#include <QEvent>
#include <QScrollBar>

namespace ArchDeck {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString hex(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

Markdown::HtmlStyle markdownStyle(bool dark)
{
    Markdown::HtmlStyle style;
    style.codeBackground = dark ? QStringLiteral("#16181b") : QStringLiteral("#f4f6f8");
    style.codeBorder = dark ? QStringLiteral("#3a3f46") : QStringLiteral("#d0d7de");
    return style;
}

/// The links that open and close follow-ups: "archdeck-followup:2".
const QLatin1String kFollowUpScheme("archdeck-followup");

} // namespace

CardView::CardView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("cardView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(28);
    QFont reading = font(); // answers are read, not scanned: a size up from the UI font
    reading.setPointSizeF(reading.pointSizeF() * 1.2);
    setFont(reading);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // Content links are shown, never loaded here; the web ones may open in the user's browser.
        const QString scheme = url.scheme().toLower();
        if (scheme == kFollowUpScheme) {
            bool ok = false;
            const int index = url.path().toInt(&ok);
            if (ok)
                setFollowUpOpen(index, !isFollowUpOpen(index));
            return;
        }
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });
}

void CardView::showCard(const Card &card, int position, int total)
{
    showCard(card, QStringLiteral("Question %1 of %2").arg(position).arg(total));
}

void CardView::showCard(const Card &card, const QString &position)
{
    if (!m_hasCard || card.id != m_card.id)
        m_openFollowUps.clear();
    m_page = Page::Card;
    m_card = card;
    m_hasCard = true;
    m_position = position;
    const bool wasRevealed = m_revealed;
    m_revealed = false;
    render();
    if (wasRevealed)
        emit answerRevealedChanged(false);
}

void CardView::showSection(const QString &name, const QList<const Card *> &cards)
{
    m_page = Page::Section;
    m_hasCard = false;
    m_sectionName = name;
    m_sectionCards = cards;
    m_revealed = false;
    render();
}

void CardView::showNoMatches(const QString &query)
{
    m_page = Page::NoMatches;
    m_hasCard = false;
    m_query = query;
    m_revealed = false;
    render();
}

void CardView::setHiddenAnswerHint(const QString &html)
{
    m_hiddenHint = html;
    render();
}

void CardView::setAnswerRevealed(bool revealed)
{
    if (m_page != Page::Card || !m_card.isQuestion() || revealed == m_revealed)
        return;
    m_revealed = revealed;
    renderKeepingScroll();
    emit answerRevealedChanged(revealed);
}

int CardView::followUpCount() const
{
    return m_page == Page::Card ? int(m_card.followUps.size()) : 0;
}

void CardView::setFollowUpOpen(int index, bool open)
{
    if (index < 0 || index >= followUpCount() || open == isFollowUpOpen(index))
        return;
    if (open)
        m_openFollowUps.insert(index);
    else
        m_openFollowUps.remove(index);
    if (m_revealed)
        renderKeepingScroll();
    emit followUpOpenChanged(index, open);
}

bool CardView::openNextFollowUp()
{
    if (m_page != Page::Card || !m_card.isQuestion())
        return false;
    if (!m_revealed) {
        setAnswerRevealed(true);
        return true;
    }
    for (int i = 0; i < followUpCount(); ++i) {
        if (!isFollowUpOpen(i)) {
            setFollowUpOpen(i, true);
            // Bring the opened answer into view: its anchor is named after it.
            scrollToAnchor(QStringLiteral("followup-%1").arg(i));
            return true;
        }
    }
    return false;
}

void CardView::renderKeepingScroll()
{
    const int scroll = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scroll);
}

QVariant CardView::loadResource(int, const QUrl &)
{
    return {}; // nothing named by content is ever fetched, local or remote
}

void CardView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        render();
}

void CardView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        emit firstPainted();
    }
}

QString CardView::styleSheet() const
{
    const QPalette p = palette();
    const bool dark = Theme::isDark(p);
    // Two thirds of the way from background to text: clearly secondary, still well above 4.5:1
    // contrast in both themes.
    const QColor text = p.color(QPalette::Text);
    const QColor base = p.color(QPalette::Base);
    const QString muted = hex(QColor((text.red() * 2 + base.red()) / 3,
        (text.green() * 2 + base.green()) / 3, (text.blue() * 2 + base.blue()) / 3));
    return QStringLiteral(
        "body { color: %1; }"
        "a { color: %2; }"
        "h1, h2, h3, h4 { font-weight: 600; }"
        "code { font-family: 'DejaVu Sans Mono', monospace; background-color: %3; }"
        "pre { font-family: 'DejaVu Sans Mono', monospace; margin: 0; }"
        ".muted { color: %4; }"
        ".tag { color: %5; background-color: %6; }"
        "li { margin-bottom: 4px; }")
        .arg(hex(p.color(QPalette::Text)), hex(p.color(QPalette::Link)),
            dark ? QStringLiteral("#2d3239") : QStringLiteral("#eef1f4"), muted,
            dark ? QStringLiteral("#c7d2fe") : QStringLiteral("#3730a3"),
            dark ? QStringLiteral("#2e3350") : QStringLiteral("#e0e7ff"));
}

QString CardView::cardHtml() const
{
    const bool dark = Theme::isDark(palette());
    QString html;
    const QString where
        = QStringLiteral("%1 &nbsp;·&nbsp; %2")
              .arg(escaped(m_card.section),
                  m_card.isQuestion() ? escaped(m_position) : QStringLiteral("Reference"));
    html += QStringLiteral("<p class=\"muted\">%1</p>").arg(where);
    html += QStringLiteral("<h1 style=\"font-size: x-large;\">%1</h1>").arg(escaped(m_card.title));
    if (!m_card.tags.isEmpty()) {
        QStringList chips;
        for (const QString &tag : m_card.tags)
            chips.append(
                QStringLiteral("<span class=\"tag\">&nbsp;%1&nbsp;</span>").arg(escaped(tag)));
        html += QStringLiteral("<p>%1</p>").arg(chips.join(QStringLiteral("&nbsp; ")));
    }
    if (m_card.isQuestion() && !m_revealed) {
        html += QStringLiteral("<hr/><p class=\"muted\">%1</p>")
                    .arg(m_hiddenHint.isEmpty()
                            ? QStringLiteral("Think it through, sketch it, then press "
                                             "<b>Space</b> to reveal the answer.")
                            : m_hiddenHint);
        return html;
    }
    const Markdown::HtmlStyle style = markdownStyle(dark);
    html += QStringLiteral("<hr/>");
    if (m_card.isQuestion())
        html += QStringLiteral("<p class=\"muted\"><b>Answer</b></p>");
    html += Markdown::toHtml(m_card.answer, style);
    html += followUpsHtml();
    return html;
}

QString CardView::followUpsHtml() const
{
    if (m_card.followUps.isEmpty())
        return {};
    const Markdown::HtmlStyle style = markdownStyle(Theme::isDark(palette()));
    QString html = QStringLiteral(
        "<p class=\"muted\" style=\"margin-top: 18px;\"><b>Follow-ups</b> &nbsp;·&nbsp; "
        "what an interviewer asks next (<b>F</b> opens the next one)</p>");
    for (int i = 0; i < m_card.followUps.size(); ++i) {
        const FollowUp &followUp = m_card.followUps.at(i);
        const bool open = isFollowUpOpen(i);
        html += QStringLiteral("<p style=\"margin-bottom: 4px;\"><a name=\"followup-%1\"></a>"
                               "<a href=\"%2:%1\" style=\"text-decoration: none;\">%3 %4</a></p>")
                    .arg(i)
                    .arg(kFollowUpScheme, open ? QStringLiteral("▾") : QStringLiteral("▸"),
                        escaped(followUp.question));
        if (open)
            html += QStringLiteral("<table width=\"100%\" cellpadding=\"0\" "
                                   "style=\"margin-left: 22px; margin-bottom: 8px;\">"
                                   "<tr><td>%1</td></tr></table>")
                        .arg(Markdown::toHtml(followUp.answer, style));
    }
    return html;
}

void CardView::render()
{
    document()->setDefaultStyleSheet(styleSheet());
    QString html;
    switch (m_page) {
    case Page::Card:
        html = cardHtml();
        break;
    case Page::Section: {
        html = QStringLiteral(
            "<p class=\"muted\">Section</p><h1 style=\"font-size: x-large;\">%1</h1><ol>")
                   .arg(escaped(m_sectionName));
        for (const Card *card : std::as_const(m_sectionCards))
            html += QStringLiteral("<li>%1</li>").arg(escaped(card->title));
        html += QStringLiteral(
            "</ol><p class=\"muted\">Press <b>J</b> or <b>Down</b> to start with the "
            "first card.</p>");
        break;
    }
    case Page::NoMatches:
        html = m_query.isEmpty()
            ? QStringLiteral("<p class=\"muted\">This deck has no cards.</p>")
            : QStringLiteral(
                "<h2>No cards match “%1”</h2><p class=\"muted\">Every word must appear in a "
                "card's title, answer or tags. Press <b>Esc</b> in the filter to clear it.</p>")
                  .arg(escaped(m_query));
        break;
    }
    setHtml(html);
}

} // namespace ArchDeck
