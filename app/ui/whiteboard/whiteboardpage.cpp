#include "whiteboardpage.h"

#include "attemptchecker.h"
#include "cardview.h"
#include "clock.h"
#include "collectionstore.h"
#include "deck.h"
#include "diagramcanvas.h"
#include "diagramdiff.h"
#include "diagramdocument.h"
#include "diagrameditor.h"
#include "diffview.h"
#include "dotwriter.h"
#include "layoutengine.h"
#include "theme.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

const QString kStarterNodesKey = QStringLiteral("whiteboard/starterNodes");

QString sinceText(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 5)
        return QObject::tr("just now");
    if (seconds < 60)
        return QObject::tr("%1 s ago").arg(seconds);
    if (seconds < 3600)
        return QObject::tr("%1 min ago").arg(seconds / 60);
    return then.toLocalTime().toString(QStringLiteral("d MMM HH:mm"));
}

} // namespace

WhiteboardPage::WhiteboardPage(
    const Deck *deck, LayoutEngine *engine, const Clock *clock, QWidget *parent)
    : Page(parent)
    , m_deck(deck)
    , m_engine(engine)
    , m_clock(clock)
    , m_document(new DiagramDocument(*clock, this))
    , m_editor(new DiagramEditor(engine, this))
    , m_diffView(new DiffView(engine, this))
    , m_stack(new QStackedWidget(this))
    , m_cardView(new CardView(this))
    , m_cardChooser(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_editButton(new QPushButton(tr("&Edit Diagram"), this))
    , m_drawButton(new QPushButton(tr("&Draw It Yourself"), this))
    , m_checkButton(new QPushButton(tr("Chec&k"), this))
    , m_compareButton(new QPushButton(tr("C&ompare with Reference"), this))
    , m_resetButton(new QPushButton(tr("Reset to Re&ference"), this))
    , m_versionsButton(new QPushButton(tr("&Versions…"), this))
    , m_autosave(new QTimer(this))
    , m_checker(std::make_unique<AttemptChecker>(*clock))
{
    setObjectName(QStringLiteral("whiteboardPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *header = new QHBoxLayout;
    m_cardChooser->setObjectName(QStringLiteral("whiteboardCard"));
    m_cardChooser->setMinimumContentsLength(16);
    m_cardChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const Card &c : deck->cards())
        if (c.isQuestion())
            m_cardChooser->addItem(QStringLiteral("%1 — %2").arg(c.id, c.title), c.id);
    header->addWidget(m_cardChooser, 1);
    for (QPushButton *button : {m_editButton, m_drawButton, m_checkButton, m_compareButton,
             m_resetButton, m_versionsButton})
        header->addWidget(button);
    m_editButton->setObjectName(QStringLiteral("editDiagramButton"));
    m_drawButton->setObjectName(QStringLiteral("drawItButton"));
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    m_versionsButton->setObjectName(QStringLiteral("versionsButton"));
    m_checkButton->setDefault(true);
    layout->addLayout(header);
    m_state->setObjectName(QStringLiteral("whiteboardState"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_state);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_cardView);
    m_cardView->setObjectName(QStringLiteral("whiteboardCardView"));
    m_cardView->setHiddenAnswerHint(
        tr("The answer stays hidden while you draw. <b>Check</b> (Ctrl+Return) compares your "
           "drawing with the card's and shows both."));
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_diffView);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({320, 1200});
    layout->addWidget(splitter, 1);

    m_editor->setDocument(m_document, QString());
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(autosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &WhiteboardPage::autosave);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this,
        &WhiteboardPage::documentEdited);
    connect(m_cardChooser, &QComboBox::activated, this, [this](int index) {
        const QString id = m_cardChooser->itemData(index).toString();
        openCard(id, m_mode == Mode::Edit ? Mode::Edit : Mode::Challenge);
    });
    connect(m_editButton, &QPushButton::clicked, this, [this] { editCard(m_cardId); });
    connect(m_drawButton, &QPushButton::clicked, this, [this] { drawCard(m_cardId); });
    connect(m_checkButton, &QPushButton::clicked, this, &WhiteboardPage::check);
    connect(m_compareButton, &QPushButton::clicked, this, &WhiteboardPage::compareWithReference);
    connect(m_resetButton, &QPushButton::clicked, this, &WhiteboardPage::resetToReference);
    connect(m_versionsButton, &QPushButton::clicked, this, &WhiteboardPage::showVersions);
    createActions();

    // No card is opened before the page is first shown: start-up lays out the Study page's
    // diagram alone.
    updateHeader();
}

WhiteboardPage::~WhiteboardPage()
{
    saveNow();
    // The stack clears itself as it goes and says so: no one is listening any more.
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
}

void WhiteboardPage::createActions()
{
    m_menu = new QMenu(tr("&Whiteboard"), this);
    const auto add = [this](const QString &text, const char *name, const QKeySequence &key,
                         auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_menu->addAction(action);
        return action;
    };
    add(tr("&Edit Diagram"), "editDiagramAction", QKeySequence(Qt::CTRL | Qt::Key_E),
        [this] { editCard(m_cardId); });
    add(tr("&Draw It Yourself"), "drawItAction", QKeySequence(Qt::CTRL | Qt::Key_D),
        [this] { drawCard(m_cardId); });
    m_checkAction = add(tr("Chec&k Drawing"), "checkAction",
        QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { check(); });
    m_menu->addSeparator();
    add(tr("C&ompare with Reference"), "compareAction", QKeySequence(),
        [this] { compareWithReference(); });
    add(tr("Reset to Re&ference"), "resetAction", QKeySequence(), [this] { resetToReference(); });
    add(tr("&Versions…"), "versionsAction", QKeySequence(), [this] { showVersions(); });
    m_menu->addSeparator();
    m_starterNodesAction = m_menu->addAction(tr("Start Drawings with the &Clients"));
    m_starterNodesAction->setObjectName(QStringLiteral("starterNodesAction"));
    m_starterNodesAction->setToolTip(
        tr("Draw It Yourself starts with the reference's clients and actors on the canvas "
           "instead of an empty one"));
    m_starterNodesAction->setCheckable(true);
    m_starterNodesAction->setChecked(QSettings().value(kStarterNodesKey, false).toBool());
    connect(m_starterNodesAction, &QAction::toggled, this,
        [](bool on) { QSettings().setValue(kStarterNodesKey, on); });
    m_menu->addSeparator();
    for (QAction *action : m_editor->editActions())
        m_menu->addAction(action);
}

QUndoStack *WhiteboardPage::undoStack() const
{
    return m_document->undoStack();
}

void WhiteboardPage::setCollection(CollectionStore *store)
{
    m_store = store;
    m_checker->setCollection(store);
    if (!m_cardId.isEmpty() && m_mode == Mode::Edit)
        openCard(m_cardId, Mode::Edit); // your version, now that the store can say
}

const Card *WhiteboardPage::card() const
{
    return m_deck->card(m_cardId);
}

bool WhiteboardPage::editCard(const QString &cardId)
{
    return openCard(cardId, Mode::Edit);
}

bool WhiteboardPage::drawCard(const QString &cardId)
{
    return openCard(cardId, Mode::Challenge);
}

bool WhiteboardPage::openCard(const QString &cardId, Mode mode)
{
    const Card *chosen = m_deck->card(cardId);
    if (!chosen || !chosen->isQuestion() || chosen->diagram.isEmpty())
        return false;
    saveNow();
    m_cardId = cardId;
    m_mode = mode;
    m_sessionVersion = 0;
    m_saveError.clear();
    m_cardChooser->setCurrentIndex(m_cardChooser->findData(cardId));
    loadReferenceDot();
    m_cardView->showCard(*chosen, QString());
    m_cardView->setAnswerRevealed(mode == Mode::Edit);
    m_stack->setCurrentWidget(m_editor);
    QByteArray text = m_referenceDot;
    if (mode == Mode::Challenge) {
        text = AttemptChecker::startingDrawing(referenceGraph().value,
            m_starterNodesAction->isChecked() ? AttemptChecker::Start::StarterNodes
                                              : AttemptChecker::Start::Empty);
        m_checker->start(cardId);
    } else if (m_store) {
        const auto current = m_store->currentDiagramVersion(cardId);
        if (current.isOk() && current.value)
            text = current.value->dot;
    }
    m_editor->setDocument(m_document, m_deck->diagramFileName(*chosen));
    m_document->load(text);
    m_editor->canvas()->setFocus();
    updateHeader();
    return true;
}

const Result<DiagramGraph> &WhiteboardPage::referenceGraph()
{
    // Read once a card, when first needed: opening a card to edit it needs no parse of its own.
    if (!m_referenceGraph)
        m_referenceGraph = m_engine->parseNow(m_referenceDot, m_deck->diagramFileName(*card()));
    return *m_referenceGraph;
}

void WhiteboardPage::loadReferenceDot()
{
    m_referenceDot.clear();
    m_referenceGraph.reset();
    if (const Card *c = card())
        if (const Result<QByteArray> dot = m_deck->readDiagram(*c); dot.isOk())
            m_referenceDot = dot.value;
}

void WhiteboardPage::compareWithReference()
{
    if (m_cardId.isEmpty())
        return;
    const Result<DiagramGraph> &reference = referenceGraph();
    if (!reference.isOk()) {
        QMessageBox::warning(this, tr("Compare"),
            tr("The reference diagram cannot be read: %1").arg(reference.errorMessage()));
        return;
    }
    const DiagramGraph mine = m_document->graph();
    m_diffView->showDiff(reference.value, mine,
        DiagramDiff::compare(reference.value, mine, m_checker->synonyms().value),
        Theme::isDark() ? DiagramTheme::Dark : DiagramTheme::Light);
    m_stack->setCurrentWidget(m_diffView);
    m_mode = m_mode == Mode::Challenge ? Mode::Result : m_mode;
    updateHeader();
}

void WhiteboardPage::setSynonymsFile(const QString &path)
{
    m_checker->setSynonymsFile(path);
}

QString WhiteboardPage::synonymsFile() const
{
    return m_checker->synonymsFile();
}

void WhiteboardPage::check()
{
    if (m_mode != Mode::Challenge || m_cardId.isEmpty())
        return;
    const Result<DiagramGraph> &reference = referenceGraph();
    if (!reference.isOk()) {
        QMessageBox::warning(this, tr("Check"),
            tr("The reference diagram cannot be read: %1").arg(reference.errorMessage()));
        return;
    }
    const DiagramGraph drawing = m_document->graph();
    const AttemptCheck checked = m_checker->check(reference.value, drawing, m_document->text());
    m_saveError = checked.problem;
    if (checked.attempt.id != 0) {
        emit diagramSaved(m_cardId);
        emit collectionEdited();
    }
    m_diffView->showDiff(reference.value, drawing, checked.diff,
        Theme::isDark() ? DiagramTheme::Dark : DiagramTheme::Light);
    m_stack->setCurrentWidget(m_diffView);
    m_cardView->setAnswerRevealed(true);
    m_mode = Mode::Result;
    updateHeader();
}

void WhiteboardPage::updateHeader()
{
    const bool editing = m_mode == Mode::Edit;
    const bool challenge = m_mode == Mode::Challenge;
    m_checkButton->setVisible(challenge);
    m_checkAction->setEnabled(challenge);
    m_compareButton->setVisible(editing);
    m_resetButton->setVisible(editing);
    m_versionsButton->setVisible(editing);
    m_versionsButton->setEnabled(m_store != nullptr);
    m_editButton->setVisible(!editing || m_stack->currentWidget() != m_editor);
    m_drawButton->setVisible(!challenge);
    QString state;
    if (challenge) {
        state = tr("Drawing from memory — the reference is hidden. Draw with the palette, the "
                   "quick-add bar or the text, then Check (Ctrl+Return).");
    } else if (m_mode == Mode::Result) {
        state = tr("Your drawing against the reference. Draw It Yourself to try again; Edit "
                   "Diagram to work on your version.");
        if (!m_saveError.isEmpty())
            state += QLatin1Char(' ') + tr("Note: %1").arg(m_saveError);
    } else if (!m_store) {
        state = tr("The collection is not open: changes are not saved.");
    } else if (!m_saveError.isEmpty()) {
        state = tr("Not saved: %1").arg(m_saveError);
    } else if (m_savedAt.isValid()) {
        state = tr("Your version %1 — saved %2. Ctrl+Z undoes; Reset to Reference brings "
                   "the card's own back.")
                    .arg(m_sessionVersion)
                    .arg(sinceText(m_savedAt, m_clock->now()));
    } else {
        const auto current = m_store->currentDiagramVersion(m_cardId);
        state = current.isOk() && current.value
            ? tr("Your version %1 (saved %2). Every change is saved as you go.")
                  .arg(current.value->version)
                  .arg(current.value->savedAt.toLocalTime().toString(QStringLiteral("d MMM HH:mm")))
            : tr("The card's reference diagram. Your changes are saved as your own version as "
                 "you go; the reference stays as it is.");
    }
    m_state->setText(state);
    emit statusTextChanged();
}

QString WhiteboardPage::statusText() const
{
    return m_cardId.isEmpty() ? QString() : m_cardId;
}

void WhiteboardPage::currentChanged(bool current)
{
    for (QAction *action : actions())
        action->setEnabled(current);
    for (QAction *action : m_editor->editActions())
        action->setEnabled(current);
    if (current && m_cardId.isEmpty())
        openCard(m_cardChooser->itemData(0).toString(), Mode::Edit);
    if (current) {
        m_checkAction->setEnabled(m_mode == Mode::Challenge);
        if (m_stack->currentWidget() == m_editor)
            m_editor->canvas()->setFocus();
        updateHeader();
    } else {
        saveNow();
    }
}

} // namespace ArchDeck
