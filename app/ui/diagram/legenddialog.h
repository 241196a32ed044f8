// LegendDialog — what each shape and boundary means. The legend is itself a diagram, rendered
// by the same engine and theme as the cards, so it can never disagree with them. It is shown with
// its labels at the size of the application's text and the dialog sized to it.
#pragma once

#include "renderresult.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace ArchDeck {

class DiagramView;
class LayoutEngine;

class LegendDialog : public QDialog
{
    Q_OBJECT

public:
    LegendDialog(LayoutEngine *engine, DiagramTheme theme, QWidget *parent = nullptr);

    DiagramView *view() const { return m_view; }

signals:
    /// The legend is laid out and shown (or its failure is), and the dialog sized to it.
    void ready();

private:
    void rendered(const RenderResult &result);
    void sizeToContent();

    DiagramView *m_view;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace ArchDeck
