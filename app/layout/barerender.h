// BareRender — the plainest in-process Graphviz loop (parse, dot layout, SVG, free), with no
// sanitizing, styling or process boundary. It is the baseline bench_layout measures the engine
// against; nothing in the app uses it.
#pragma once

#include <QByteArray>
#include <memory>

namespace ArchDeck {

class BareRender
{
public:
    BareRender();
    ~BareRender();
    BareRender(const BareRender &) = delete;
    BareRender &operator=(const BareRender &) = delete;

    /// SVG bytes, or empty if Graphviz refused the input.
    QByteArray svg(const QByteArray &dot);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace ArchDeck
