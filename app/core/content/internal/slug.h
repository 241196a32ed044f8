// Naming helpers for imported content: stable card ids and meaningful tags.
#pragma once

#include <QString>
#include <QStringList>

namespace ArchDeck {

/// Plain text of a Markdown title: "Choose between **Lambda** and `EKS`." → "Choose between Lambda
/// and EKS."
QString plainTitle(const QString &markdownTitle);

/// A short slug that names what the question is about. A quoted phrase wins, then bold terms,
/// then the first significant words:
///   "What is the “outbox pattern” and when do you need it?" → "outbox-pattern"
///   "Choose between **Lambda**, **ECS/Fargate**, and **EKS**." → "lambda-ecs-fargate-eks"
///   "How do you handle retries and DLQs in practice?" → "retries-dlqs-practice"
QString slugForTitle(const QString &markdownTitle);

/// "qNN-slug" for question `number`: (4, "What is the “outbox pattern”…") → "q04-outbox-pattern"
QString cardId(int number, const QString &markdownTitle);

/// Tags for a card: one for its section, then known technologies and patterns found in the title
/// and answer (in that order), at most `limit`. ("Messaging, Events & Data", "SQS vs SNS…", …) →
/// {"messaging", "aws", "sqs", "sns", …}
QStringList tagsFor(
    const QString &section, const QString &title, const QString &answer, int limit = 7);

} // namespace ArchDeck
