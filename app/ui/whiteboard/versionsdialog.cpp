#include "versionsdialog.h"

#include "clock.h"
#include "collectionstore.h"
#include "diagramview.h"
#include "layoutengine.h"
#include "readabletime.h"
#include "studyday.h"
#include "theme.h"
#include "versionrowdelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

constexpr int kDotRole = Qt::UserRole + 100; ///< the row's DOT text, for the preview and restore
constexpr int kBusyDelayMs = 200; // fast layouts never flash "Laying out…"
constexpr double kMaxListShare = 0.45; ///< of the dialog's width, on a screen too small for both

} // namespace

VersionsDialog::VersionsDialog(CollectionStore *store, LayoutEngine *engine, const Clock &clock,
    const QString &cardId, const QByteArray &referenceDot, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_cardId(cardId)
    , m_now(clock.now())
    , m_viewKey(QStringLiteral("versions-%1").arg(quintptr(this)))
    , m_list(new QListWidget(this))
    , m_listMessage(new QLabel(this))
    , m_listStack(new QStackedWidget(this))
    , m_storeError(new QLabel(this))
    , m_previewTitle(new QLabel(this))
    , m_previewStack(new QStackedWidget(this))
    , m_preview(new DiagramView(this))
    , m_previewMessage(new QLabel(this))
    , m_previewNotes(new QLabel(this))
    , m_busyDelay(new QTimer(this))
    , m_restore(new QPushButton(QStringLiteral("Restore this version"), this))
    , m_useReference(new QPushButton(QStringLiteral("Use the reference"), this))
{
    setObjectName(QStringLiteral("versionsDialog"));
    setWindowTitle(QStringLiteral("Your Versions"));
    const QFontMetrics metrics = fontMetrics();
    const int margin = metrics.height() / 2;

    m_storeError->setObjectName(QStringLiteral("versionsError"));
    m_storeError->setWordWrap(true);
    m_storeError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeError->setStyleSheet(
        QStringLiteral("QLabel { background: #fde68a; color: #422006; border: 1px solid #d97706;"
                       " border-radius: 4px; padding: 6px; }"));
    m_storeError->hide();

    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setItemDelegate(new VersionRowDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listMessage->setObjectName(QStringLiteral("versionsMessage"));
    m_listMessage->setWordWrap(true);
    m_listMessage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_listMessage->setMargin(margin);
    m_listMessage->setFrameShape(QFrame::StyledPanel); // where the list would be, framed like it
    m_listMessage->setBackgroundRole(QPalette::Base);
    m_listMessage->setAutoFillBackground(true);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_listMessage);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(QStringLiteral("<b>Your versions</b>, newest first"), left));
    leftLayout->addWidget(m_listStack, 1);

    m_previewTitle->setObjectName(QStringLiteral("previewTitle"));
    m_previewTitle->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(QStringLiteral("versionPreview"));
    m_preview->setBackgroundBrush(DiagramView::canvasColor(theme()));
    m_previewMessage->setObjectName(QStringLiteral("previewMessage"));
    m_previewMessage->setWordWrap(true);
    m_previewMessage->setTextFormat(Qt::RichText); // a bold sentence, then escaped diagnostics
    m_previewMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewMessage->setMargin(margin);
    m_previewMessage->setBackgroundRole(QPalette::Base); // where the canvas was
    m_previewMessage->setAutoFillBackground(true);
    m_previewStack->addWidget(m_preview);
    m_previewStack->addWidget(m_previewMessage);
    m_previewNotes->setObjectName(QStringLiteral("previewNotes"));
    m_previewNotes->setWordWrap(true);
    m_previewNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewNotes->setForegroundRole(QPalette::PlaceholderText);
    m_previewNotes->hide();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewTitle);
    rightLayout->addWidget(m_previewStack, 1);
    rightLayout->addWidget(m_previewNotes);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);

    m_restore->setObjectName(QStringLiteral("restoreVersion"));
    m_restore->setToolTip(QStringLiteral("Make this version's diagram yours again, as a new "
                                         "version: nothing in the list is lost (Enter)"));
    m_useReference->setObjectName(QStringLiteral("useReference"));
    auto *close = new QPushButton(QStringLiteral("Close"), this);
    close->setObjectName(QStringLiteral("closeVersions"));
    connect(m_restore, &QPushButton::clicked, this, &VersionsDialog::restoreSelected);
    connect(m_useReference, &QPushButton::clicked, this, &VersionsDialog::useReference);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_useReference);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(margin * 2, margin * 2, margin * 2, margin * 2);
    layout->setSpacing(margin);
    layout->addWidget(m_storeError);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(kBusyDelayMs);
    connect(m_busyDelay, &QTimer::timeout, this,
        [this] { showPreviewMessage(QStringLiteral("Laying out…"), Qt::AlignCenter); });
    connect(m_engine, &LayoutEngine::rendered, this, &VersionsDialog::rendered);

    const bool showsReference = loadVersions(store);
    addRow(QStringLiteral("Reference (bundled)"),
        QStringLiteral("the diagram that comes with the card"), 0, showsReference, referenceDot);
    m_useReference->setEnabled(!showsReference);
    m_useReference->setToolTip(showsReference
            ? QStringLiteral("The card shows the reference already")
            : QStringLiteral("Show the card's bundled diagram again; your versions stay here"));
    connect(m_list, &QListWidget::currentItemChanged, this, &VersionsDialog::selectionChanged);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &VersionsDialog::activateSelected);
    m_list->setCurrentRow(0);
    m_list->setFocus();

    // The list as wide as its widest row (a sentence in place of it a readable measure), the
    // preview the rest; the dialog most of the screen at most, and on a small screen the
    // preview keeps more than half of it.
    const int listWidth = std::max(m_list->sizeHintForColumn(0), metrics.averageCharWidth() * 36)
        + 2 * m_list->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int previewWidth = metrics.averageCharWidth() * 100;
    const QSize room = screen()->availableGeometry().size() * 0.9;
    const int width = std::min(listWidth + previewWidth + 4 * margin, room.width());
    const int shownListWidth = std::min(listWidth, int(width * kMaxListShare));
    splitter->setSizes({shownListWidth, width - shownListWidth});
    resize(width, std::min(metrics.height() * 42, room.height()));
}

VersionsDialog::~VersionsDialog()
{
    if (m_pending != 0)
        m_engine->cancel(m_viewKey);
}

QString VersionsDialog::versionTitle(const DiagramVersion &version, const QDateTime &now)
{
    return QStringLiteral("Version %1 — %2")
        .arg(version.version)
        .arg(ReadableTime::moment(version.savedAt, now));
}

QString VersionsDialog::versionDetail(const DiagramVersion &version, const QDateTime &now)
{
    const QString ago = ReadableTime::ago(version.savedAt, now);
    const qint64 seconds
        = version.startedAt.isValid() ? version.startedAt.secsTo(version.savedAt) : 0;
    if (seconds <= 0)
        return QStringLiteral("%1 · saved once").arg(ago);
    if (seconds < 60)
        return QStringLiteral("%1 · edited for under a minute").arg(ago);
    const QString session
        = version.startedAt.toLocalTime().date() == version.savedAt.toLocalTime().date()
        ? QStringLiteral("%1–%2").arg(
            StudyDay::clockTime(version.startedAt), StudyDay::clockTime(version.savedAt))
        : QStringLiteral("%1–%2").arg( // the title says which day it ended
            ReadableTime::moment(version.startedAt, now), StudyDay::clockTime(version.savedAt));
    return QStringLiteral("%1 · edited %2 (%3)").arg(ago, session, ReadableTime::minutes(seconds));
}

int VersionsDialog::selectedVersion() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(VersionRole).toInt() : -1;
}

bool VersionsDialog::loadVersions(CollectionStore *store)
{
    const Result<QList<DiagramVersion>> versions = store->diagramVersions(m_cardId);
    if (!versions.isOk()) {
        // Not knowing the history is not knowing what the card shows: the reference is offered.
        m_storeError->setText(versions.errorMessage());
        m_storeError->show();
        return false;
    }
    if (versions.value.isEmpty()) {
        m_listMessage->setText(
            QStringLiteral("You have not changed this diagram yet, so there is nothing to go back "
                           "to.\n\nEdit it and ArchDeck saves your version as you go: every "
                           "editing session is kept here, with its time."));
        m_listStack->setCurrentWidget(m_listMessage);
    }
    bool showsReference = true;
    for (const DiagramVersion &version : versions.value) {
        addRow(versionTitle(version, m_now), versionDetail(version, m_now), version.version,
            version.isCurrent, version.dot);
        showsReference = showsReference && !version.isCurrent;
    }
    return showsReference;
}

QListWidgetItem *VersionsDialog::addRow(
    const QString &title, const QString &detail, int version, bool isCurrent, const QByteArray &dot)
{
    auto *item = new QListWidgetItem(title, m_list);
    item->setData(DetailRole, detail);
    item->setData(VersionRole, version);
    item->setData(IsCurrentRole, isCurrent);
    item->setData(kDotRole, dot);
    item->setData(Qt::AccessibleTextRole,
        QStringLiteral("%1%2. %3")
            .arg(title, isCurrent ? QStringLiteral(", current") : QString(), detail));
    return item;
}

void VersionsDialog::selectionChanged()
{
    const QListWidgetItem *item = m_list->currentItem();
    const int version = selectedVersion();
    const bool isCurrent = item && item->data(IsCurrentRole).toBool();
    m_restore->setEnabled(version > 0 && !isCurrent);
    // Enter does what the row asks for: restore a version, go back to the reference.
    m_restore->setDefault(m_restore->isEnabled());
    m_useReference->setDefault(version == 0 && m_useReference->isEnabled());
    m_previewTitle->setText(
        item ? item->text() + (isCurrent ? QStringLiteral(" · current") : QString()) : QString());
    requestPreview();
}

void VersionsDialog::activateSelected()
{
    if (m_restore->isEnabled())
        restoreSelected();
    else if (selectedVersion() == 0 && m_useReference->isEnabled())
        useReference();
}

DiagramSource VersionsDialog::sourceOf(const QListWidgetItem *item) const
{
    const int version = item->data(VersionRole).toInt();
    // Named in messages as "q04-outbox-pattern (version 3):2: syntax error …".
    const QString name = version > 0 ? QStringLiteral("%1 (version %2)").arg(m_cardId).arg(version)
                                     : QStringLiteral("%1 (reference)").arg(m_cardId);
    return {item->data(kDotRole).toByteArray(), name, theme()};
}

DiagramTheme VersionsDialog::theme() const
{
    return Theme::isDark(palette()) ? DiagramTheme::Dark : DiagramTheme::Light;
}

void VersionsDialog::requestPreview()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_pending = m_engine->render(m_viewKey, sourceOf(item));
    m_busyDelay->start();
}

void VersionsDialog::prefetchNeighbours(int row)
{
    // Laid out ahead, for the cache: the next arrow key shows its row at once.
    for (const int neighbour : {row - 1, row + 1}) {
        if (const QListWidgetItem *item = m_list->item(neighbour)) {
            m_engine->render(
                m_viewKey + (neighbour < row ? QStringLiteral("-above") : QStringLiteral("-below")),
                sourceOf(item), LayoutEngine::Priority::Background);
        }
    }
}

void VersionsDialog::rendered(quint64 id, const QString &view, const RenderResult &result)
{
    if (view != m_viewKey || id != m_pending)
        return; // another dialog's, ahead of time, or for a row no longer selected
    m_pending = 0;
    m_busyDelay->stop();
    QStringList problems;
    for (const Diagnostic &d : result.diagnostics)
        problems.append(d.toString());
    if (result.isOk()) {
        m_preview->setDiagram(result);
        m_previewStack->setCurrentWidget(m_preview);
        // Warnings too, so nothing is silently dropped.
        m_previewNotes->setText(problems.join(QLatin1Char('\n')));
        m_previewNotes->setVisible(!problems.isEmpty());
        prefetchNeighbours(m_list->currentRow());
    } else {
        m_preview->clear();
        m_previewNotes->hide();
        const int version = selectedVersion();
        const QString what = version > 0 ? QStringLiteral("Version %1").arg(version)
                                         : QStringLiteral("The reference");
        QStringList lines;
        for (const QString &problem : std::as_const(problems))
            lines.append(problem.toHtmlEscaped());
        // A version can still be restored: the editor shows the same lines to fix.
        const QString hint = version > 0
            ? QStringLiteral("<br><br>You can still restore it: the editor marks the line to fix.")
            : QString();
        showPreviewMessage(QStringLiteral("<b>%1 cannot be drawn.</b><br><br>%2%3")
                               .arg(what, lines.join(QStringLiteral("<br>")), hint),
            Qt::AlignTop | Qt::AlignLeft);
    }
    emit previewShown(result.isOk());
}

void VersionsDialog::showPreviewMessage(const QString &text, Qt::Alignment alignment)
{
    m_previewMessage->setText(text);
    m_previewMessage->setAlignment(alignment);
    m_previewStack->setCurrentWidget(m_previewMessage);
}

void VersionsDialog::restoreSelected()
{
    if (!m_restore->isEnabled())
        return;
    emit restoreRequested(m_list->currentItem()->data(kDotRole).toByteArray());
    accept();
}

void VersionsDialog::useReference()
{
    if (!m_useReference->isEnabled())
        return;
    emit resetRequested();
    accept();
}

void VersionsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_preview->setBackgroundBrush(DiagramView::canvasColor(theme()));
        requestPreview(); // the diagram is styled for the theme (cached per theme)
    }
}

} // namespace ArchDeck
