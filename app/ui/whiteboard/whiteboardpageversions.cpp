// WhiteboardPage, your versions: the autosave after each change (one version a session, rewritten
// in place), reset to the reference, and restoring from the version list.
#include "whiteboardpage.h"

#include "clock.h"
#include "collectionstore.h"
#include "diagramdocument.h"
#include "versionsdialog.h"

#include <QTimer>

namespace ArchDeck {

void WhiteboardPage::documentEdited()
{
    if (m_mode == Mode::Edit)
        m_autosave->start();
    updateHeader();
}

void WhiteboardPage::saveNow()
{
    if (m_autosave->isActive()) {
        m_autosave->stop();
        autosave();
    }
}

void WhiteboardPage::autosave()
{
    if (!m_store || m_mode != Mode::Edit || m_cardId.isEmpty())
        return;
    const QByteArray text = m_document->text();
    const QDateTime now = m_clock->now();
    Status saved;
    if (m_sessionVersion == 0) {
        const Result<int> started = m_store->startDiagramVersion(m_cardId, text, now);
        saved = Status::failure(started.diagnostics);
        if (started.isOk())
            m_sessionVersion = started.value;
    } else {
        saved = m_store->updateDiagramVersion(m_cardId, m_sessionVersion, text, now);
    }
    m_saveError = saved.isOk() ? QString() : saved.errorMessage();
    if (saved.isOk()) {
        m_savedAt = now;
        emit diagramSaved(m_cardId);
        emit collectionEdited();
    }
    updateHeader();
}

void WhiteboardPage::resetToReference()
{
    if (m_cardId.isEmpty())
        return;
    if (m_mode != Mode::Edit)
        editCard(m_cardId);
    saveNow();
    if (m_store) {
        const Status reset = m_store->resetDiagramToReference(m_cardId);
        m_saveError = reset.isOk() ? QString() : reset.errorMessage();
    }
    m_sessionVersion = 0;
    m_savedAt = QDateTime();
    // Undoable like any edit: the reference replaces the drawing as one step, and the version
    // list still has what was there.
    m_document->editText(m_referenceDot);
    m_autosave->stop(); // the reference is not a version of yours
    m_sessionVersion = 0;
    emit diagramSaved(m_cardId);
    emit collectionEdited();
    updateHeader();
}

void WhiteboardPage::showVersions()
{
    if (!m_store || m_cardId.isEmpty())
        return;
    saveNow();
    VersionsDialog dialog(m_store, m_engine, *m_clock, m_cardId, m_referenceDot, this);
    connect(&dialog, &VersionsDialog::restoreRequested, this, [this](const QByteArray &dot) {
        if (m_mode != Mode::Edit)
            editCard(m_cardId);
        m_sessionVersion = 0; // a restore starts a new version: nothing is overwritten
        m_document->editText(dot);
        saveNow();
    });
    connect(&dialog, &VersionsDialog::resetRequested, this, &WhiteboardPage::resetToReference);
    dialog.exec();
    updateHeader();
}

} // namespace ArchDeck
