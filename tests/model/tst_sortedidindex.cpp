// SortedIdIndex, the id → number lookup the compare engine uses instead of
// QHash<QString, int>: it must answer exactly as a hash would, whatever the ids.
#include "model/sortedidindex.h"

#include <QHash>
#include <QRandomGenerator>
#include <QtTest>

using namespace faultline;

namespace {
SortedIdIndex indexOf(const QStringList &ids)
{
    return SortedIdIndex(ids, [](const QString &id) -> const QString & { return id; });
}
} // namespace

class TestSortedIdIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsEveryIdAtItsPosition()
    {
        const QStringList ids{QStringLiteral("physics"), QStringLiteral("a"),
                              QStringLiteral("reward"),  QStringLiteral(""),
                              QStringLiteral("b"),       QStringLiteral("Ärger")};
        const SortedIdIndex index = indexOf(ids);
        QCOMPARE(index.size(), ids.size());
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(index.indexOf(ids[i]), i);
    }

    void answersMinusOneForAbsentIds()
    {
        const SortedIdIndex index = indexOf({QStringLiteral("f1"), QStringLiteral("f2")});
        QCOMPARE(index.indexOf(QStringLiteral("f3")), -1);  // same length, other text
        QCOMPARE(index.indexOf(QStringLiteral("f")), -1);   // a prefix
        QCOMPARE(index.indexOf(QStringLiteral("f10")), -1); // longer
        QCOMPARE(index.indexOf(QString()), -1);
        QCOMPARE(SortedIdIndex().indexOf(QStringLiteral("f1")), -1);
    }

    void repeatedIdKeepsItsFirstPosition()
    {
        const SortedIdIndex index = indexOf(
            {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("x")});
        QCOMPARE(index.indexOf(QStringLiteral("x")), 0);
        QCOMPARE(index.indexOf(QStringLiteral("y")), 1);
    }

    // Against the hash it replaces, over ids built to share lengths and prefixes.
    void agreesWithAHash()
    {
        QRandomGenerator random(20261206);
        QStringList ids;
        QHash<QString, int> expected;
        for (int i = 0; i < 3000; ++i) {
            QString id = QStringLiteral("factor-");
            const int length = int(random.bounded(4));
            for (int c = 0; c < length; ++c)
                id.append(QChar(u'a' + random.bounded(3)));
            if (!expected.contains(id))
                expected.insert(id, int(ids.size()));
            ids.append(id);
        }
        const SortedIdIndex index = indexOf(ids);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(index.indexOf(it.key()), it.value());
        for (const QString &absent : {QStringLiteral("factor-d"), QStringLiteral("factor-aaaa"),
                                      QStringLiteral("factor"), QStringLiteral("Factor-a")})
            QCOMPARE(index.indexOf(absent), -1);
    }
};

QTEST_GUILESS_MAIN(TestSortedIdIndex)
#include "tst_sortedidindex.moc"
