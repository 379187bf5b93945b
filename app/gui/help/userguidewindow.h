#pragma once

#include <QDialog>

class QTextBrowser;

// Help → User Guide: the guide of docs/guide, in the language of the window, rendered from its
// Markdown pages with links between them. Works offline; no browser is needed.
class UserGuideWindow : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // The guide's start page in this language ("sv" or "en").
    static QUrl startPage(const QString& language);

private:
    QTextBrowser* m_browser;
};
