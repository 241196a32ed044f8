#include "reviewsettingsdialog.h"

#include "collectionstore.h"
#include "reviewsession.h"

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
    return true;
}

} // namespace ArchDeck
