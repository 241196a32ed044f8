// MainWindow's actions and menus (the rest of the class is in mainwindow.cpp): every command
// with its shortcut, in the menus that show it.
#include "mainwindow.h"

#include "browserpane.h"
#include "cardview.h"
#include "deck.h"
#include "diagrampane.h"
#include "diagramview.h"
#include "reviewpane.h"
#include "reviewsettingsdialog.h"
#include "shortcutsdialog.h"
#include "theme.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>

namespace ArchDeck {

void MainWindow::createActions()
{
    m_revealAction = new QAction(QStringLiteral("&Reveal Answer"), this);
    m_revealAction->setObjectName(QStringLiteral("revealAction"));
    m_revealAction->setShortcut(Qt::Key_Space);
    connect(m_revealAction, &QAction::triggered, this, [this] {
        if (mode() == Mode::Review)
            m_reviewPane->showAnswer();
        else
            m_cardView->setAnswerRevealed(!m_cardView->isAnswerRevealed());
    });

    const std::pair<Rating, QString> grades[]
        = {{Rating::Again, QStringLiteral("&Again")}, {Rating::Hard, QStringLiteral("&Hard")},
            {Rating::Good, QStringLiteral("&Good")}, {Rating::Easy, QStringLiteral("&Easy")}};
    for (int i = 0; i < 4; ++i) {
        m_gradeActions[i] = new QAction(grades[i].second, this);
        m_gradeActions[i]->setShortcut(QKeySequence(Qt::Key_1 + i));
        connect(m_gradeActions[i], &QAction::triggered, this,
            [this, rating = grades[i].first] { m_reviewPane->grade(rating); });
    }
    m_undoAction = new QAction(QStringLiteral("&Undo Last Grade"), this);
    m_undoAction->setObjectName(QStringLiteral("undoGradeAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] { m_reviewPane->undo(); });

    m_nextAction = new QAction(QStringLiteral("&Next Card"), this);
    m_nextAction->setShortcuts({QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_Down)});
    connect(m_nextAction, &QAction::triggered, this, [this] { moveBy(+1); });

    m_previousAction = new QAction(QStringLiteral("&Previous Card"), this);
    m_previousAction->setShortcuts({QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_Up)});
    connect(m_previousAction, &QAction::triggered, this, [this] { moveBy(-1); });

    m_filterAction = new QAction(QStringLiteral("&Filter Cards…"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        if (mode() == Mode::Browse) {
            m_browserPane->focusSearch();
            return;
        }
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_quitAction = new QAction(QStringLiteral("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    for (QAction *action : {m_revealAction, m_nextAction, m_previousAction, m_filterAction,
             m_quitAction, m_gradeActions[0], m_gradeActions[1], m_gradeActions[2],
             m_gradeActions[3], m_undoAction})
        addAction(action); // shortcuts work even when the menu bar is hidden
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(m_quitAction);

    QMenu *study = menuBar()->addMenu(QStringLiteral("&Study"));
    study->addAction(m_revealAction);
    study->addSeparator();
    study->addAction(m_nextAction);
    study->addAction(m_previousAction);
    study->addSeparator();
    study->addAction(m_filterAction);

    QMenu *review = menuBar()->addMenu(QStringLiteral("&Review"));
    for (QAction *grade : m_gradeActions)
        review->addAction(grade);
    review->addSeparator();
    review->addAction(m_undoAction);
    review->addSeparator();
    m_reviewSettingsAction = review->addAction(QStringLiteral("Review &Settings…"), this, [this] {
        ReviewSettingsDialog dialog(m_store, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_reviewPane->refresh();
            m_browserPane->refresh();
        }
    });
    m_reviewSettingsAction->setObjectName(QStringLiteral("reviewSettingsAction"));
    m_reviewSettingsAction->setEnabled(false); // until the collection is open

    QMenu *go = menuBar()->addMenu(QStringLiteral("&Go"));
    const std::pair<Mode, QString> modes[] = {{Mode::Study, QStringLiteral("&Study the Deck")},
        {Mode::Review, QStringLiteral("&Review Today's Cards")},
        {Mode::Browse, QStringLiteral("&Browse Cards")},
        {Mode::Statistics, QStringLiteral("S&tatistics")}};
    for (int i = 0; i < 4; ++i) {
        QAction *action = go->addAction(
            modes[i].second, this, [this, mode = modes[i].first] { setMode(mode); });
        action->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)));
        addAction(action);
    }

    QMenu *view = menuBar()->addMenu(QStringLiteral("&View"));
    DiagramView *diagram = m_diagramPane->view();
    const struct
    {
        QString text;
        QList<QKeySequence> keys;
        void (DiagramView::*slot)();
    } zoomActions[] = {
        {QStringLiteral("Zoom &In"), {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn},
            &DiagramView::zoomIn},
        {QStringLiteral("Zoom &Out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)},
            &DiagramView::zoomOut},
        {QStringLiteral("&Fit Diagram"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
            &DiagramView::fitToView},
        {QStringLiteral("&Actual Size"), {QKeySequence(Qt::CTRL | Qt::Key_1)},
            &DiagramView::actualSize},
    };
    for (const auto &z : zoomActions) {
        QAction *action = view->addAction(z.text, diagram, z.slot);
        action->setShortcuts(z.keys);
        addAction(action);
    }
    QAction *legend = view->addAction(QStringLiteral("Diagram &Legend…"), this, [this] {
        if (auto *button
            = m_diagramPane->findChild<QAbstractButton *>(QStringLiteral("legendButton")))
            button->click();
    });
    legend->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    addAction(legend);
    view->addSeparator();
    m_diagramEarlyAction = view->addAction(QStringLiteral("Show Diagram &Before the Answer"));
    m_diagramEarlyAction->setObjectName(QStringLiteral("diagramEarlyAction"));
    m_diagramEarlyAction->setCheckable(true);
    m_diagramEarlyAction->setChecked(
        QSettings().value(QLatin1String(kDiagramEarlyKey), false).toBool());
    connect(m_diagramEarlyAction, &QAction::toggled, this, [this](bool early) {
        QSettings().setValue(QLatin1String(kDiagramEarlyKey), early);
        updateDiagram();
        m_reviewPane->setDiagramBeforeAnswer(early);
    });
    view->addSeparator();
    QMenu *themeMenu = view->addMenu(QStringLiteral("&Theme"));
    auto *themes = new QActionGroup(this);
    const auto current = Theme::fromName(QSettings().value(Theme::settingsKey()).toString())
                             .value_or(Theme::Kind::System);
    const std::pair<Theme::Kind, QString> choices[]
        = {{Theme::Kind::System, QStringLiteral("&System")},
            {Theme::Kind::Light, QStringLiteral("&Light")},
            {Theme::Kind::Dark, QStringLiteral("&Dark")}};
    for (const auto &[kind, label] : choices) {
        QAction *action = themeMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(kind == current);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [kind = kind] {
            Theme::apply(kind);
            QSettings().setValue(Theme::settingsKey(), Theme::name(kind));
        });
    }

    QMenu *help = menuBar()->addMenu(QStringLiteral("&Help"));
    QAction *shortcuts
        = help->addAction(QStringLiteral("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    addAction(shortcuts);
    help->addAction(QStringLiteral("&About ArchDeck"), this, &MainWindow::showAbout);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(actions(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, QStringLiteral("About ArchDeck"),
        QStringLiteral("<h3>ArchDeck %1</h3><p>Offline study cards and architecture diagrams "
                       "for backend and system-design interviews.</p><p>%2 questions in %3 "
                       "sections.</p>")
            .arg(QCoreApplication::applicationVersion())
            .arg(m_deck->questionCount())
            .arg(m_deck->sections().size()));
}

} // namespace ArchDeck
