// InterviewSetupView — choosing a mock interview before it starts: how many questions, quick
// round or system design, which sections (or a browser query), random (by a seed shown and
// editable, so a plan can be had again) or weakest first, each phase's minutes (remembered per
// mode), and the interviewer's voice. The plan it makes is shown live beside the form — the
// questions in order and the time it will take — and any problem is a sentence under the form,
// never a dialog. Start (Ctrl+Return) asks for the session.
#pragma once

#include "interviewplanner.h"
#include "interviewtypes.h"
#include "voicesettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSlider;
class QSpinBox;

namespace ArchDeck {

class CollectionStore;
class Deck;
class QueryField;

class InterviewSetupView : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewSetupView(const Deck *deck, QWidget *parent = nullptr);

    /// The collection whose review facts order "weakest first", answer is:/prop: terms and
    /// remember the minutes; nullptr: none (weakest first is then the seed's order).
    void setCollection(CollectionStore *store, const InterviewCardFacts &facts);
    /// Whether the voice can speak here; `reason` is shown beside the disabled option.
    void setVoiceAvailable(bool available, const QString &reason);

    InterviewSettings settings() const;
    /// The plan for settings() as of now (errors as diagnostics).
    const Result<InterviewPlan> &plan() const { return m_plan; }
    bool voiceWanted() const;
    /// The rubric criteria typed in (comma-separated), checked (InterviewReport::checkedRubric);
    /// the collection's remembered ones to begin with.
    Result<QStringList> rubric() const;
    QLineEdit *rubricEdit() const { return m_rubric; }
    /// Whether each whiteboard starts with the card's clients and actors.
    QCheckBox *startersBox() const { return m_starters; }
    /// The voice the user chose: on or off, which voice, rate and volume.
    VoiceSettings voiceSettings() const;
    void setVoiceSettings(const VoiceSettings &settings);
    /// The engine's voices to choose from (empty: its default only).
    void setVoiceNames(const QStringList &names);

    QSpinBox *questionsBox() const { return m_questions; }
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *orderBox() const { return m_order; }
    QLineEdit *sectionsEdit() const { return m_sections; }
    QueryField *queryField() const { return m_query; }
    QLineEdit *seedEdit() const { return m_seed; }
    QList<QSpinBox *> minuteBoxes() const { return m_minutes; }
    QListWidget *planList() const { return m_planList; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *startButton() const { return m_start; }
    QComboBox *voiceNameBox() const { return m_voiceName; }
    QSlider *rateSlider() const { return m_rate; }
    QSlider *volumeSlider() const { return m_volume; }

signals:
    /// Start was pressed with a plan that works.
    void startRequested(const ArchDeck::InterviewPlan &plan, bool voice);
    /// The voice settings changed (keep them) or Try was pressed (say a sample with them).
    void voiceSettingsChanged(const ArchDeck::VoiceSettings &settings);
    void voiceTried(const ArchDeck::VoiceSettings &settings);

private:
    void modeChanged();
    void replan();
    void newSeed();
    void updateVoiceControls();

    const Deck *m_deck;
    CollectionStore *m_store = nullptr;
    InterviewCardFacts m_facts;
    Result<InterviewPlan> m_plan;
    QSpinBox *m_questions;
    QComboBox *m_mode;
    QComboBox *m_order;
    QLineEdit *m_sections;
    QueryField *m_query;
    QLineEdit *m_seed;
    QFormLayout *m_phasesForm;
    QList<QSpinBox *> m_minutes;
    QList<InterviewPhase> m_phases; ///< the mode's phases, with the minutes shown
    QLineEdit *m_rubric;
    QCheckBox *m_starters;
    QCheckBox *m_voice;
    QLabel *m_voiceReason;
    QWidget *m_voiceControls;
    QComboBox *m_voiceName;
    QSlider *m_rate;
    QSlider *m_volume;
    QLabel *m_summary;
    QLabel *m_problem;
    QListWidget *m_planList;
    QPushButton *m_start;
};

} // namespace ArchDeck
