#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace faultline {

class CanvasScene;
struct Incident;
struct Link;
struct Source;

/// The numbered references of an export: the sources cited by the evidence
/// of the exported links, numbered in order of first citation (scenes left
/// to right, links in interpretation order, evidence in order). Uncited
/// sources and dangling source ids are left out.
class ReferenceList
{
public:
    ReferenceList() = default;
    /// Reads the visible link items of `scenes`.
    static ReferenceList collect(const QList<CanvasScene *> &scenes);

    int count() const { return m_sources.size(); }
    bool isEmpty() const { return m_sources.isEmpty(); }
    /// Source ids in number order (number = index + 1).
    QStringList sourceIds() const;
    /// 1-based number of a source, 0 when it is not cited.
    int number(const QString &sourceId) const { return m_numbers.value(sourceId); }
    /// Sorted, distinct numbers of the sources a link's evidence cites.
    QList<int> numbersFor(const Link &link) const;
    /// "[1,3]" for a link, empty when it cites nothing.
    QString markerFor(const Link &link) const;
    /// "Baker, Kanitscheider (2020). Emergent tool use…. ICLR. https://…", without the number.
    QString entryText(int index) const;
    static QString formatSource(const Source &source);

private:
    QList<Source> m_sources;
    QHash<QString, int> m_numbers;
};

} // namespace faultline
