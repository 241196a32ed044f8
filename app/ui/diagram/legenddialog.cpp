#include "legenddialog.h"

#include "diagramkinds.h"
#include "diagramview.h"
#include "layoutengine.h"

#include <QDialogButtonBox>
#include <QFontInfo>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

const QString kViewKey = QStringLiteral("legend");
/// The size KindStyles (app/layout) gives every diagram label, in SVG points.
constexpr double kDiagramFontPoints = 14.0;
/// Of the screen's free area, the most the dialog takes.
constexpr double kMaxScreenShare = 0.9;
/// On a small screen the legend shrinks to fit, but its labels to no less than this share of
/// the text size; below that it scrolls instead.
constexpr double kMinTextShare = 0.75;

} // namespace

LegendDialog::LegendDialog(LayoutEngine *engine, DiagramTheme theme, QWidget *parent)
    : QDialog(parent)
    , m_view(new DiagramView(this))
    , m_status(new QLabel(QStringLiteral("Laying out…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(QStringLiteral("Diagram Legend"));
    setObjectName(QStringLiteral("legendDialog"));
    m_view->setBackgroundBrush(DiagramView::canvasColor(theme));
    m_status->setObjectName(QStringLiteral("legendStatus"));
    m_status->setWordWrap(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height() / 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(margin);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 30);

    connect(engine, &LayoutEngine::rendered, this,
        [this](quint64, const QString &forView, const RenderResult &result) {
            if (forView == kViewKey)
                rendered(result);
        });
    engine->render(kViewKey, {DiagramKinds::legendDot(), QStringLiteral("legend.dot"), theme});
}

void LegendDialog::rendered(const RenderResult &result)
{
    if (result.isOk()) {
        m_view->setDiagram(result);
        // Labels at the size of the text around them, whatever the screen's scale (on a small
        // screen sizeToContent() may shrink them a little).
        m_view->setZoom(QFontInfo(font()).pixelSize() / kDiagramFontPoints);
        m_status->setText(QStringLiteral("Nodes say what they are with kind=\"…\"; clusters show "
                                         "boundaries. Set them in the DOT file; ArchDeck draws "
                                         "the rest."));
    } else {
        QStringList problems;
        for (const Diagnostic &d : result.diagnostics)
            problems.append(d.toString());
        m_status->setText(problems.join(QLatin1Char('\n')));
    }
    sizeToContent();
    emit ready();
}

void LegendDialog::sizeToContent()
{
    const QWidget *anchor = parentWidget() ? parentWidget()->window() : this;
    const QRect available = anchor->screen()->availableGeometry();
    const QSize room = (QSizeF(available.size()) * kMaxScreenShare).toSize();
    // Around the diagram: margins beside it; margins, the status line (it wraps, so at the
    // dialog's width) and the buttons below it.
    const QMargins margins = layout()->contentsMargins();
    const int sides = margins.left() + margins.right();
    const auto below = [&](int width) {
        return margins.top() + margins.bottom() + 2 * layout()->spacing()
            + m_status->heightForWidth(width - sides) + m_buttons->sizeHint().height();
    };
    if (m_view->hasDiagram()) {
        const QSizeF diagram = m_view->diagramSize();
        const double fits = std::min((room.width() - sides) / diagram.width(),
            (room.height() - below(room.width())) / diagram.height());
        if (fits < 1.0)
            m_view->setZoom(m_view->zoom() * std::max(fits, kMinTextShare));
    }
    const int width = std::clamp(
        m_view->diagramSize().width() + sides, layout()->minimumSize().width(), room.width());
    const int height = std::min(m_view->diagramSize().height() + below(width), room.height());
    QRect frame(QPoint(), QSize(width, height));
    frame.moveCenter(anchor == this ? available.center() : anchor->geometry().center());
    // Inside the screen even when the window beside it is not.
    frame.moveLeft(std::clamp(frame.left(), available.left(), available.right() - frame.width()));
    frame.moveTop(std::clamp(frame.top(), available.top(), available.bottom() - frame.height()));
    setGeometry(frame);
}

} // namespace ArchDeck
