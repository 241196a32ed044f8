#include "legenddialog.h"

#include "diagramkinds.h"
#include "diagramview.h"
#include "layoutengine.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ArchDeck {

LegendDialog::LegendDialog(LayoutEngine *engine, DiagramTheme theme, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(QStringLiteral("Diagram Legend"));
    setObjectName(QStringLiteral("legendDialog"));
    auto *view = new DiagramView(this);
    auto *status = new QLabel(QStringLiteral("Laying out…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view, 1);
    layout->addWidget(status);
    layout->addWidget(buttons);
    resize(980, 640);

    const QString key = QStringLiteral("legend");
    connect(engine, &LayoutEngine::rendered, this,
        [view, status, key](quint64, const QString &forView, const RenderResult &result) {
            if (forView != key)
                return;
            if (result.isOk()) {
                view->setDiagram(result);
                status->setText(
                    QStringLiteral("Nodes say what they are with kind=\"…\"; clusters "
                                   "show boundaries. Set them in the DOT file; ArchDeck "
                                   "draws the rest."));
            } else {
                QStringList problems;
                for (const Diagnostic &d : result.diagnostics)
                    problems.append(d.toString());
                status->setText(problems.join(QLatin1Char('\n')));
            }
        });
    engine->render(key, {DiagramKinds::legendDot(), QStringLiteral("legend.dot"), theme});
}

} // namespace ArchDeck
