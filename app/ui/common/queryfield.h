// QueryField — the search box for the card search language (CardQuery): a line edit, and when the
// query has an error, the bad term underlined in red in the box and the sentence in a line under
// it (never a dialog). Used by the card browser and the study window's filter; the owner parses,
// then hands the error over:
//
//   connect(field->lineEdit(), &QLineEdit::textChanged, this, [=](const QString &text) {
//       filter->setQuery(text);
//       field->setQueryError(filter->queryError());
//   });
#pragma once

#include "cardquery.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace ArchDeck {

class QueryField : public QWidget
{
    Q_OBJECT

public:
    explicit QueryField(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }

    /// Underlines `length` characters of the text from `start` (QString positions) and shows
    /// `message` under the box.
    void setError(qsizetype start, qsizetype length, const QString &message);
    void clearError();
    /// setError() with `error`, or clearError() when there is none.
    void setQueryError(const std::optional<CardQueryError> &error);

    bool hasError() const { return !m_message.isEmpty(); }
    QString errorMessage() const { return m_message; }
    qsizetype errorStart() const { return m_start; }
    qsizetype errorLength() const { return m_length; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QColor errorColor() const;
    void showUnderline();

    QLineEdit *m_edit;
    QLabel *m_errorLabel;
    QString m_message;
    qsizetype m_start = 0;
    qsizetype m_length = 0;
};

} // namespace ArchDeck
