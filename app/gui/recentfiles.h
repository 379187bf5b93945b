#pragma once

#include <QStringList>

// The event files opened lately, newest first, kept in QSettings.
namespace RecentFiles {
QStringList list();
void add(const QString& path);
void remove(const QString& path);
void clear();
} // namespace RecentFiles
