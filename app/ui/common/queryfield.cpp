#include "queryfield.h"

#include "theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace ArchDeck {

QueryField::QueryField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("queryField"));
    m_edit->setClearButtonEnabled(true);
    m_errorLabel->setObjectName(QStringLiteral("queryError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_edit);
    layout->addWidget(m_errorLabel);
    // An error belongs to the text it was found in; the owner sets the new one, if any, after
    // this (connected first, so called first).
    connect(m_edit, &QLineEdit::textChanged, this, &QueryField::clearError);
}

void QueryField::setError(qsizetype start, qsizetype length, const QString &message)
{
    m_start = std::clamp<qsizetype>(start, 0, m_edit->text().size());
    m_length = std::clamp<qsizetype>(length, 0, m_edit->text().size() - m_start);
    m_message = message;
    m_errorLabel->setText(message);
    m_errorLabel->show();
    showUnderline();
}

void QueryField::clearError()
{
    if (!hasError())
        return;
    m_start = m_length = 0;
    m_message.clear();
    m_errorLabel->hide();
    m_errorLabel->clear();
    showUnderline();
}

void QueryField::setQueryError(const std::optional<CardQueryError> &error)
{
    if (error)
        setError(error->start, error->length, error->message);
    else
        clearError();
}

QColor QueryField::errorColor() const
{
    return Theme::isDark(palette()) ? QColor(0xf8, 0x71, 0x71) : QColor(0xc0, 0x1c, 0x1c);
}

void QueryField::showUnderline()
{
    QPalette labelPalette = m_errorLabel->palette();
    labelPalette.setColor(QPalette::WindowText, errorColor());
    m_errorLabel->setPalette(labelPalette);

    // QLineEdit has no API for formatting part of its text; it draws the formats an input method
    // asks for (preedit underlines), at positions relative to the cursor. An empty list clears.
    QList<QInputMethodEvent::Attribute> attributes;
    if (m_length > 0) {
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(errorColor());
        format.setForeground(errorColor());
        attributes.append({QInputMethodEvent::TextFormat, int(m_start - m_edit->cursorPosition()),
            int(m_length), format});
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_edit, &event);
}

void QueryField::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && hasError())
        showUnderline(); // light ↔ dark: the red that reads on the new background
}

} // namespace ArchDeck
