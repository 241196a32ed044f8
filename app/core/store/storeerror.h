// StoreError and StoreResult — how the collection store reports failure: a value carrying a
// sentence for the user and the driver's own text for logs, never an exception or a print.
#pragma once

#include <QString>

namespace ArchDeck {

struct StoreError
{
    QString message; ///< "Could not save the review: database or disk is full."
    QString detail; ///< SQLite's text and code, for logs and bug reports

    bool isError() const { return !message.isEmpty(); }
};

/// A value or the error that prevented it. `value` holds its default when `error` is set.
template<typename T> struct StoreResult
{
    T value {};
    StoreError error;

    bool isOk() const { return !error.isError(); }
};

} // namespace ArchDeck
