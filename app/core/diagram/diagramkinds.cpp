#include "diagramkinds.h"

#include <QByteArray>

namespace ArchDeck::DiagramKinds {

QList<Kind> nodeKinds()
{
    return {
        {QStringLiteral("client"), QStringLiteral("browser, app, caller")},
        {QStringLiteral("actor"), QStringLiteral("person or team")},
        {QStringLiteral("gateway"), QStringLiteral("API gateway, proxy, CDN")},
        {QStringLiteral("loadbalancer"), QStringLiteral("ALB, NLB, DNS routing")},
        {QStringLiteral("endpoint"), QStringLiteral("reader endpoint, alias")},
        {QStringLiteral("router"), QStringLiteral("hash ring, shard map")},
        {QStringLiteral("service"), QStringLiteral("microservice, container")},
        {QStringLiteral("function"), QStringLiteral("Lambda, function")},
        {QStringLiteral("queue"), QStringLiteral("SQS queue, DLQ")},
        {QStringLiteral("topic"), QStringLiteral("SNS topic, event bus")},
        {QStringLiteral("stream"), QStringLiteral("Kinesis, Kafka")},
        {QStringLiteral("database"), QStringLiteral("DynamoDB, Aurora")},
        {QStringLiteral("cache"), QStringLiteral("Redis, DAX")},
        {QStringLiteral("storage"), QStringLiteral("S3, object store")},
        {QStringLiteral("scheduler"), QStringLiteral("cron, orchestrator")},
        {QStringLiteral("worker"), QStringLiteral("consumer, relay, job")},
        {QStringLiteral("external"), QStringLiteral("third party")},
        {QStringLiteral("identity"), QStringLiteral("IAM, STS, Cognito")},
        {QStringLiteral("secrets"), QStringLiteral("KMS, Secrets Manager")},
        {QStringLiteral("firewall"), QStringLiteral("WAF, Shield")},
        {QStringLiteral("monitor"), QStringLiteral("metrics, alarms, traces")},
        {QStringLiteral("decision"), QStringLiteral("a question to decide")},
        {QStringLiteral("state"), QStringLiteral("state machine state")},
        {QStringLiteral("step"), QStringLiteral("pipeline or runbook step")},
        {QStringLiteral("note"), QStringLiteral("explanation")},
    };
}

QStringList nodeKindNames()
{
    QStringList names;
    for (const Kind &kind : nodeKinds())
        names += kind.name;
    return names;
}

QList<Kind> clusterKinds()
{
    return {
        {QStringLiteral("region"), QStringLiteral("cloud region")},
        {QStringLiteral("az"), QStringLiteral("availability zone")},
        {QStringLiteral("vpc"), QStringLiteral("network")},
        {QStringLiteral("subnet"), QStringLiteral("subnet")},
        {QStringLiteral("boundary"), QStringLiteral("service or context")},
        {QStringLiteral("lane"), QStringLiteral("one option of a comparison")},
        {QStringLiteral("group"), QStringLiteral("anything else")},
    };
}

QByteArray legendDot()
{
    // Five node kinds a row, each "name\n(description)"; then the boundaries, nested as they nest.
    QByteArray dot = "digraph legend {\n  rankdir=TB; nodesep=0.3; ranksep=0.35; newrank=true;\n";
    const QList<Kind> kinds = nodeKinds();
    const int perRow = 5;
    for (int i = 0; i < kinds.size(); ++i) {
        const Kind &k = kinds.at(i);
        dot += QStringLiteral("  k_%1 [kind=\"%1\", label=\"%1\\n(%2)\"];\n")
                   .arg(k.name, k.description)
                   .toUtf8();
    }
    for (int row = 0; row * perRow < kinds.size(); ++row) {
        dot += "  { rank=same;";
        for (int i = row * perRow; i < std::min<int>(kinds.size(), (row + 1) * perRow); ++i)
            dot += " k_" + kinds.at(i).name.toUtf8() + ";";
        dot += " }\n";
        if (row > 0) // stack the rows
            dot += "  k_" + kinds.at((row - 1) * perRow).name.toUtf8() + " -> k_"
                + kinds.at(row * perRow).name.toUtf8() + " [style=invis];\n";
    }
    dot += "  subgraph cluster_region { kind=\"region\"; label=\"region\";\n"
           "    subgraph cluster_vpc { kind=\"vpc\"; label=\"vpc\";\n"
           "      subgraph cluster_az { kind=\"az\"; label=\"az\";\n"
           "        subgraph cluster_subnet { kind=\"subnet\"; label=\"subnet\"; c_s "
           "[kind=\"service\", label=\"service\"]; }\n"
           "      }\n    }\n  }\n"
           "  subgraph cluster_boundary { kind=\"boundary\"; label=\"boundary\"; c_b "
           "[kind=\"worker\", label=\"worker\"]; }\n"
           "  subgraph cluster_lane { kind=\"lane\"; label=\"lane\"; c_l [kind=\"step\", "
           "label=\"option\"]; }\n"
           "  subgraph cluster_group { kind=\"group\"; label=\"group\"; c_g [kind=\"note\", "
           "label=\"related\"]; }\n";
    const QByteArray lastRowFirst
        = "k_" + kinds.at(((int(kinds.size()) - 1) / perRow) * perRow).name.toUtf8();
    dot += "  " + lastRowFirst + " -> c_s [style=invis];\n  " + lastRowFirst
        + " -> c_b [style=invis];\n  " + lastRowFirst + " -> c_l [style=invis];\n  " + lastRowFirst
        + " -> c_g [style=invis];\n}\n";
    return dot;
}

} // namespace ArchDeck::DiagramKinds
