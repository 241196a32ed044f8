// LegendDialog — what each shape and boundary means. The legend is itself a diagram, rendered
// by the same engine and theme as the cards, so it can never disagree with them.
#pragma once

#include "renderresult.h"

#include <QDialog>

namespace ArchDeck {

class LayoutEngine;

class LegendDialog : public QDialog
{
    Q_OBJECT

public:
    LegendDialog(LayoutEngine *engine, DiagramTheme theme, QWidget *parent = nullptr);
};

} // namespace ArchDeck
