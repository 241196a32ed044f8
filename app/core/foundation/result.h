// Result<T> — ArchDeck's one way to return "a value, or why not": the value and the diagnostics met
// while making it (errors, and warnings that do not stop it). Core APIs return these instead of
// filling `QString *error` out-parameters or throwing; front ends decide how to show them.
//
//   Result<QByteArray> dot = deck.readDiagram(card);
//   if (!dot.isOk())
//       banner->show(dot.errorMessage());   // "diagrams/q04.dot: No such file or directory"
//
// Result<void> is a status: diagnostics only.
#pragma once

#include "diagnostic.h"

#include <utility>

namespace ArchDeck {

template<typename T> struct Result
{
    /// Its default when there is an error, unless the API says what it returns alongside one
    /// (CollectionStore::setting() returns the fallback).
    T value {};
    Diagnostics diagnostics;

    bool isOk() const { return !hasErrors(diagnostics); }
    QString errorMessage() const { return firstErrorMessage(diagnostics); }

    static Result success(T value, Diagnostics warnings = {})
    {
        return {std::move(value), std::move(warnings)};
    }
    static Result failure(Diagnostic error) { return {T {}, {std::move(error)}}; }
    /// Passes on what another step reported: `return Result<X>::failure(states.diagnostics);`
    static Result failure(Diagnostics diagnostics) { return {T {}, std::move(diagnostics)}; }
};

template<> struct Result<void>
{
    Diagnostics diagnostics;

    bool isOk() const { return !hasErrors(diagnostics); }
    QString errorMessage() const { return firstErrorMessage(diagnostics); }

    static Result success() { return {}; }
    static Result failure(Diagnostic error) { return {{std::move(error)}}; }
    static Result failure(Diagnostics diagnostics) { return {std::move(diagnostics)}; }
};

using Status = Result<void>;

} // namespace ArchDeck
