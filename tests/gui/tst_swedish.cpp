#include "mainwindow.h"
#include "util/translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

// The window as Swedish users see it: Entré's own strings and Qt's standard buttons.
class TestSwedish : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menusAreSwedish();
    void standardButtonsAreSwedish();
};

void TestSwedish::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ENTRE_LANG", "sv");
    entre::installTranslations(*qApp);
}

void TestSwedish::menusAreSwedish()
{
    MainWindow window;
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    QCOMPARE(titles, (QStringList{QStringLiteral("&Arkiv"), QStringLiteral("&Redigera"),
                                  QStringLiteral("&Visa"), QStringLiteral("Evene&mang"),
                                  QStringLiteral("Ra&pporter"), QStringLiteral("&Namnbrickor"),
                                  QStringLiteral("&Hjälp")}));
}

void TestSwedish::standardButtonsAreSwedish()
{
    QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Cancel |
                             QDialogButtonBox::Save);
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Stäng"));
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Avbryt"));
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("Spara"));
}

QTEST_MAIN(TestSwedish)
#include "tst_swedish.moc"
