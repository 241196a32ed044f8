#include "reviewsettingsdialog.h"

#include "collectionstore.h"
#include "drawingreview.h"
#include "reviewsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>

namespace ArchDeck {

namespace {

const QString kNewPerDayKey = QStringLiteral("new_cards_per_day");
const QString kRetentionKey = QStringLiteral("desired_retention");
constexpr int kHintColumns = 52; ///< characters a line of the hint holds: two lines, not five

} // namespace

ReviewSettingsDialog::ReviewSettingsDialog(CollectionStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_newPerDay(new QSpinBox(this))
    , m_retention(new QDoubleSpinBox(this))
    , m_drawing(new QCheckBox(QStringLiteral("&Draw the diagram before the answer"), this))
    , m_drawingStart(new QComboBox(this))
{
    setWindowTitle(QStringLiteral("Review Settings"));
    setObjectName(QStringLiteral("reviewSettingsDialog"));
    m_newPerDay->setObjectName(QStringLiteral("newCardsPerDay"));
    m_newPerDay->setRange(0, 9999);
    m_newPerDay->setValue(
        store->setting(kNewPerDayKey, QString::number(ReviewSession::defaultNewCardsPerDay))
            .value.toInt());
    m_retention->setObjectName(QStringLiteral("desiredRetention"));
    m_retention->setRange(0.70, 0.99);
    m_retention->setSingleStep(0.01);
    m_retention->setDecimals(2);
    m_retention->setValue(store->setting(kRetentionKey, QStringLiteral("0.9")).value.toDouble());

    auto *form = new QFormLayout(this);
    form->addRow(QStringLiteral("New cards per day:"), m_newPerDay);
    form->addRow(QStringLiteral("Desired retention:"), m_retention);
    auto *hint
        = new QLabel(QStringLiteral("Higher retention means shorter intervals and more reviews. "
                                    "0.90 is FSRS's default."),
            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);

    const DrawingReview drawing = DrawingReview::read(*store);
    m_drawing->setObjectName(QStringLiteral("reviewByDrawing"));
    m_drawing->setChecked(drawing.enabled);
    m_drawing->setToolTip(QStringLiteral(
        "A question with a diagram shows an empty canvas where the diagram goes. Check "
        "(Ctrl+Return) reveals the answer, the card's diagram and what you missed, and proposes "
        "a grade from your score; nothing is graded until you press 1–4."));
    m_drawingStart->setObjectName(QStringLiteral("drawingStart"));
    m_drawingStart->addItem(QStringLiteral("Nothing (an empty canvas)"),
        QVariant::fromValue(int(DrawingReview::Start::Empty)));
    m_drawingStart->addItem(QStringLiteral("The diagram's clients (starter nodes)"),
        QVariant::fromValue(int(DrawingReview::Start::StarterNodes)));
    m_drawingStart->setCurrentIndex(m_drawingStart->findData(int(drawing.start)));
    m_drawingStart->setEnabled(drawing.enabled);
    connect(m_drawing, &QCheckBox::toggled, m_drawingStart, &QWidget::setEnabled);
    form->addRow(QStringLiteral("Review by drawing:"), m_drawing);
    form->addRow(QStringLiteral("The canvas starts with:"), m_drawingStart);
    auto *drawingHint = new QLabel(
        QStringLiteral("Check (Ctrl+Return) proposes a grade from your drawing's score; 1–4 "
                       "confirms it."),
        this);
    drawingHint->setWordWrap(true);
    drawingHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(drawingHint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    // The window manager draws the title beside its own icon and buttons, which the dialog cannot
    // measure: leave room for about eight lines' height of them. The hint wraps, so give it a
    // readable measure instead of the spin boxes' narrow width.
    const QFontMetrics metrics = fontMetrics();
    setMinimumWidth(std::max({metrics.horizontalAdvance(windowTitle()) + 8 * metrics.height(),
        metrics.averageCharWidth() * kHintColumns, form->sizeHint().width()}));
}

bool ReviewSettingsDialog::save()
{
    for (const auto &[key, value] :
        {std::pair {kNewPerDayKey, QString::number(m_newPerDay->value())},
            std::pair {kRetentionKey, QString::number(m_retention->value(), 'f', 2)}}) {
        if (const Status saved = m_store->setSetting(key, value); !saved.isOk()) {
            QMessageBox::warning(this, windowTitle(), saved.errorMessage());
            return false;
        }
    }
    DrawingReview drawing;
    drawing.enabled = m_drawing->isChecked();
    drawing.start = DrawingReview::Start(m_drawingStart->currentData().toInt());
    if (const Status saved = drawing.write(*m_store); !saved.isOk()) {
        QMessageBox::warning(this, windowTitle(), saved.errorMessage());
        return false;
    }
    return true;
}

} // namespace ArchDeck
