// ReviewSettingsDialog — Review ▸ Settings: the collection's daily new-card limit, desired
// retention and review by drawing (on or off, and what the canvas starts with: DrawingReview),
// stored in the collection (they travel with it, unlike window settings).
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace ArchDeck {

class CollectionStore;

class ReviewSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewSettingsDialog(CollectionStore *store, QWidget *parent = nullptr);

    /// Writes the values to the store; false (with a message shown) when that failed.
    bool save();

private:
    CollectionStore *m_store;
    QSpinBox *m_newPerDay;
    QDoubleSpinBox *m_retention;
    QCheckBox *m_drawing;
    QComboBox *m_drawingStart;
};

} // namespace ArchDeck
