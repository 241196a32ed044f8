// CardView — the right-hand pane of the study window: one card's question and, once revealed,
// its answer rendered from Markdown with the follow-ups under it (each opened on its own); or a section overview, or an empty-filter message.
// Never loads anything a card names: links go to the system browser on click, images are text.
#pragma once

#include "card.h"

#include <QSet>
#include <QTextBrowser>

namespace ArchDeck {

class CardView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CardView(QWidget *parent = nullptr);

    /// Shows `card` with its answer hidden (questions) or its page (references).
    /// `position`/`total` give "Question 4 of 44".
    void showCard(const Card &card, int position, int total);
    /// The same with the question's place in words, after its section: "Card 3 of 12 today".
    void showCard(const Card &card, const QString &position);
    void showSection(const QString &name, const QList<const Card *> &cards);
    void showNoMatches(const QString &query);

    const Card *card() const { return m_hasCard ? &m_card : nullptr; }
    bool isAnswerRevealed() const { return m_revealed; }
    /// Reveals or hides the answer of the shown question; no-op for anything else.
    void setAnswerRevealed(bool revealed);
    /// What a hidden answer says instead (HTML); the default asks for Space, which reveals it on
    /// the Study page. The Whiteboard says Check reveals it.
    void setHiddenAnswerHint(const QString &html);

    /// The shown question's follow-ups, each collapsed until opened (a click on it, or
    /// openNextFollowUp()); a revealed answer shows them under it.
    int followUpCount() const;
    bool isFollowUpOpen(int index) const { return m_openFollowUps.contains(index); }
    void setFollowUpOpen(int index, bool open);
    /// Reveals the answer if it is hidden, else opens the first closed follow-up; false when
    /// every follow-up is already open.
    bool openNextFollowUp();

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void answerRevealedChanged(bool revealed);
    void followUpOpenChanged(int index, bool open);
    void firstPainted();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    enum class Page { Card, Section, NoMatches };

    void render();
    QString styleSheet() const;
    QString cardHtml() const;
    QString followUpsHtml() const;
    void renderKeepingScroll();

    Page m_page = Page::NoMatches;
    Card m_card;
    bool m_hasCard = false;
    QString m_position; ///< "Question 4 of 44"
    bool m_revealed = false;
    QString m_hiddenHint;
    QSet<int> m_openFollowUps;
    QString m_sectionName;
    QList<const Card *> m_sectionCards;
    QString m_query;
    bool m_painted = false;
};

} // namespace ArchDeck
