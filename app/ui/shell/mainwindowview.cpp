// MainWindow's View menu (the rest of the class is in mainwindow.cpp): zooming the current page's
// diagram, the legend, when diagrams show, and the theme.
#include "mainwindow.h"

#include "diagrampane.h"
#include "diagramview.h"
#include "page.h"
#include "theme.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>

namespace ArchDeck {

namespace {

constexpr char kDiagramEarlyKey[] = "study/diagramBeforeAnswer";

} // namespace

void MainWindow::createViewMenu(QMenu *view)
{
    const struct
    {
        QString text;
        const char *name;
        QList<QKeySequence> keys;
        void (DiagramView::*slot)();
    } zoomActions[] = {
        {QStringLiteral("Zoom &In"), "zoomInAction",
            {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn}, &DiagramView::zoomIn},
        {QStringLiteral("Zoom &Out"), "zoomOutAction", {QKeySequence(Qt::CTRL | Qt::Key_Minus)},
            &DiagramView::zoomOut},
        {QStringLiteral("&Fit Diagram"), "fitDiagramAction", {QKeySequence(Qt::CTRL | Qt::Key_0)},
            &DiagramView::fitToView},
        {QStringLiteral("&Actual Size"), "actualSizeAction", {QKeySequence(Qt::CTRL | Qt::Key_1)},
            &DiagramView::actualSize},
    };
    for (const auto &z : zoomActions) {
        QAction *action = view->addAction(z.text, this, [this, slot = z.slot] {
            if (DiagramPane *pane = m_current ? m_current->diagramPane() : nullptr)
                (pane->view()->*slot)();
        });
        action->setObjectName(QLatin1String(z.name));
        action->setShortcuts(z.keys);
        m_zoomActions.append(action);
    }
    QAction *legend = view->addAction(QStringLiteral("Diagram &Legend…"), this, [this] {
        DiagramPane *pane = m_current ? m_current->diagramPane() : nullptr;
        if (auto *button
            = pane ? pane->findChild<QAbstractButton *>(QStringLiteral("legendButton")) : nullptr)
            button->click();
    });
    legend->setObjectName(QStringLiteral("legendAction"));
    legend->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_zoomActions.append(legend);
    addActions(m_zoomActions);

    view->addSeparator();
    QAction *early = view->addAction(QStringLiteral("Show Diagram &Before the Answer"));
    early->setObjectName(QStringLiteral("diagramEarlyAction"));
    early->setCheckable(true);
    connect(early, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(kDiagramEarlyKey), on);
        emit diagramBeforeAnswerChanged(on);
    });
    const bool wasEarly = QSettings().value(QLatin1String(kDiagramEarlyKey), false).toBool();
    early->setChecked(wasEarly);
    emit diagramBeforeAnswerChanged(wasEarly);

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
}

} // namespace ArchDeck
