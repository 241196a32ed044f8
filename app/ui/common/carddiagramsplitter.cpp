#include "carddiagramsplitter.h"

#include "cardview.h"

#include <QAbstractTextDocumentLayout>
#include <QDataStream>
#include <QIODevice>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTimer>

namespace ArchDeck {

namespace {

/// Side by side from this width-to-height ratio on: a 1920×1080 window's content area (~1.7)
/// qualifies, the default 1400×860 window (~1.4) does not.
constexpr double kSideBySideRatio = 1.6;
constexpr int kSideBySideMinWidth = 1200; ///< below it, both halves get too narrow
constexpr double kCardMaxShare = 0.62; ///< above the diagram, the card takes at most this…
constexpr double kCardMinShare = 0.22; ///< …and at least this much of the height
constexpr double kCardSideShare = 0.38; ///< beside the diagram

/// A handle the user can see: a hairline across and a grip of three dots in the middle.
class GripHandle : public QSplitterHandle
{
public:
    GripHandle(Qt::Orientation orientation, CardDiagramSplitter *parent)
        : QSplitterHandle(orientation, parent)
        , m_splitter(parent)
    {
        setToolTip(QStringLiteral("Drag to resize; double-click to fit the card again"));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor line = palette().color(QPalette::Mid);
        const QRectF r = rect();
        painter.setPen(QPen(line, 1));
        if (orientation() == Qt::Vertical)
            painter.drawLine(
                QPointF(r.left() + 4, r.center().y()), QPointF(r.right() - 4, r.center().y()));
        else
            painter.drawLine(
                QPointF(r.center().x(), r.top() + 4), QPointF(r.center().x(), r.bottom() - 4));
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(underMouse() ? QPalette::Highlight : QPalette::Dark));
        for (int i = -1; i <= 1; ++i) {
            const QPointF step
                = orientation() == Qt::Vertical ? QPointF(i * 7, 0) : QPointF(0, i * 7);
            painter.drawEllipse(r.center() + step, 2.0, 2.0);
        }
    }
    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        m_splitter->setFittingCard(true);
        event->accept();
    }
    void enterEvent(QEnterEvent *) override { update(); }
    void leaveEvent(QEvent *) override { update(); }

private:
    CardDiagramSplitter *m_splitter;
};

} // namespace

CardDiagramSplitter::CardDiagramSplitter(
    CardView *card, QWidget *cardPane, QWidget *diagram, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_card(card)
    , m_cardPane(cardPane)
{
    setObjectName(QStringLiteral("cardDiagramSplitter"));
    setHandleWidth(9);
    setChildrenCollapsible(false);
    addWidget(cardPane);
    addWidget(diagram);
    setStretchFactor(0, 0);
    setStretchFactor(1, 1);
    connect(this, &QSplitter::splitterMoved, this, [this] {
        if (m_fitting)
            return;
        m_userSized = true;
        const QList<int> s = sizes();
        const int total = s.value(0) + s.value(1);
        if (total > 0)
            m_userRatio = {s.value(0) * 1000 / total, s.value(1) * 1000 / total};
    });
    // The card's text changes size when a card is shown, revealed or the theme changes.
    connect(card->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged,
        this, [this] { QTimer::singleShot(0, this, &CardDiagramSplitter::fitCard); });
}

void CardDiagramSplitter::setFittingCard(bool fit)
{
    m_userSized = !fit;
    if (fit)
        m_userRatio.clear();
    fitCard();
}

QByteArray CardDiagramSplitter::saveSplit() const
{
    if (!m_userSized)
        return {};
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << qint32(1) << qint32(m_userRatio.value(0)) << qint32(m_userRatio.value(1));
    return state;
}

void CardDiagramSplitter::restoreSplit(const QByteArray &state)
{
    QDataStream in(state);
    qint32 version = 0, card = 0, diagram = 0;
    in >> version >> card >> diagram;
    if (in.status() != QDataStream::Ok || version != 1 || card <= 0 || diagram <= 0) {
        setFittingCard(true);
        return;
    }
    m_userSized = true;
    m_userRatio = {card, diagram};
    fitCard();
}

Qt::Orientation CardDiagramSplitter::preferredOrientation() const
{
    const bool wide
        = width() >= kSideBySideMinWidth && width() >= kSideBySideRatio * std::max(1, height());
    return wide ? Qt::Horizontal : Qt::Vertical;
}

int CardDiagramSplitter::cardTextHeight() const
{
    // The text's height at the card's width, plus what surrounds the text in the card pane
    // (buttons, margins, the frame).
    QTextDocument *document = m_card->document();
    const int chrome = m_cardPane->height() - m_card->viewport()->height();
    return int(std::ceil(document->size().height())) + std::max(0, chrome) + 2;
}

void CardDiagramSplitter::fitCard()
{
    const Qt::Orientation wanted = preferredOrientation();
    if (orientation() != wanted)
        setOrientation(wanted);
    const int length = (wanted == Qt::Vertical ? height() : width()) - handleWidth();
    if (length <= 0)
        return;
    int card = 0;
    if (m_userSized && m_userRatio.size() == 2) {
        card = length * m_userRatio.at(0) / std::max(1, m_userRatio.at(0) + m_userRatio.at(1));
    } else if (wanted == Qt::Horizontal) {
        card = int(length * kCardSideShare);
    } else {
        card = std::clamp(
            cardTextHeight(), int(length * kCardMinShare), int(length * kCardMaxShare));
    }
    m_fitting = true;
    setSizes({card, length - card});
    m_fitting = false;
}

void CardDiagramSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    fitCard();
}

QSplitterHandle *CardDiagramSplitter::createHandle()
{
    return new GripHandle(orientation(), this);
}

} // namespace ArchDeck
