// CardDiagramSplitter — a card and its diagram, arranged for the room there is. On a wide area
// (a maximised window on a 16:9 screen) the card sits beside the diagram; otherwise above it, and
// then the card gets the height its text needs — a three-line answer no scrollbar, a 22-line code
// answer most of the pane — while the diagram keeps at least a third. Once the user drags the
// handle, their split stands (remembered per orientation); double-clicking the handle goes back to
// fitting the card. The handle is drawn with a visible grip. Used by the Study and Review pages.
#pragma once

#include <QSplitter>

namespace ArchDeck {

class CardView;

class CardDiagramSplitter : public QSplitter
{
    Q_OBJECT

public:
    /// `card` is the CardView inside `cardPane` (the pane may add buttons around it).
    CardDiagramSplitter(CardView *card, QWidget *cardPane, QWidget *diagram, QWidget *parent);

    /// Whether the split follows the card's text (true until the user drags the handle).
    bool isFittingCard() const { return !m_userSized; }
    void setFittingCard(bool fit);

    /// The user's split as QSettings keeps it; restoreSplit() takes it back (empty: fit).
    QByteArray saveSplit() const;
    void restoreSplit(const QByteArray &state);

    /// Lays out again after the card's content changed (called on its document's size changes).
    void fitCard();

protected:
    void resizeEvent(QResizeEvent *event) override;
    QSplitterHandle *createHandle() override;

private:
    Qt::Orientation preferredOrientation() const;
    int cardTextHeight() const;

    CardView *m_card;
    QWidget *m_cardPane;
    bool m_userSized = false;
    bool m_fitting = false; ///< our own setSizes() is running: not the user's drag
    QList<int> m_userRatio; ///< the user's split, in thousandths of the length
};

} // namespace ArchDeck
