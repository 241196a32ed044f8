#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace ArchDeck::Theme {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x26, 0x28, 0x2c);
    const QColor base(0x1d, 0x1f, 0x22);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x80, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x32, 0x35, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3c, 0x40, 0x46));
    p.setColor(QPalette::Midlight, QColor(0x34, 0x37, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2c, 0x30));
    p.setColor(QPalette::Dark, QColor(0x16, 0x17, 0x19));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

std::optional<Kind> fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("system"))
        return Kind::System;
    if (n == QLatin1String("light"))
        return Kind::Light;
    if (n == QLatin1String("dark"))
        return Kind::Dark;
    return std::nullopt;
}

QString name(Kind kind)
{
    switch (kind) {
    case Kind::Light:
        return QStringLiteral("light");
    case Kind::Dark:
        return QStringLiteral("dark");
    case Kind::System:
        break;
    }
    return QStringLiteral("system");
}

QString settingsKey()
{
    return QStringLiteral("view/theme");
}

void apply(Kind kind)
{
    // Fusion draws the same on every platform and honours a custom palette completely.
    if (kind != Kind::System && QApplication::style()->name() != QLatin1String("fusion"))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    switch (kind) {
    case Kind::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Kind::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Kind::System:
        QApplication::setPalette(QPalette());
        break;
    }
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

bool isDark()
{
    return isDark(QApplication::palette());
}

QColor windowTextBlend(const QPalette &palette, double share)
{
    const QColor a = palette.color(QPalette::Window);
    const QColor b = palette.color(QPalette::WindowText);
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
        float(a.greenF() * (1 - share) + b.greenF() * share),
        float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace ArchDeck::Theme
