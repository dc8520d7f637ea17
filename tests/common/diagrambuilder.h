#pragma once

// Crafted one-interpretation incidents for the analysis tests, built factor
// by factor (header-only so each test stays one executable).

#include "model/incident.h"

#include <QPointF>
#include <QString>

namespace faultline::test {

/// Builds an incident "crafted" with one interpretation "i"; links get ids
/// l1, l2, … and evidence ids e1, e2, … in order. `Self` is the test's own
/// subclass, so the builder calls chain into its extra functions.
template <typename Self> class DiagramBuilder
{
public:
    enum class Style
    {
        Plain, ///< factors placed 50 apart down a column; links without evidence
        Cited, ///< a source "s"; factors at the origin; each link cites "s" unless told otherwise
    };

    explicit DiagramBuilder(Style style = Style::Plain) : m_style(style)
    {
        if (m_style != Style::Cited)
            return;
        Source s;
        s.id = QStringLiteral("s");
        s.title = QStringLiteral("A paper");
        m_incident.sources.append(s);
    }

    Self &factor(const char *id, const char *kind, bool rootCause = false)
    {
        Factor f;
        f.id = QString::fromLatin1(id);
        f.kind = QString::fromLatin1(kind);
        f.label = QStringLiteral("Label ") + f.id;
        m_incident.factors.append(f);
        Placement p;
        p.factorId = f.id;
        if (m_style == Style::Plain)
            p.pos = QPointF(0, 50.0 * m_interpretation.placements.size());
        p.rootCause = rootCause;
        m_interpretation.placements.append(p);
        return self();
    }

    /// `evidenceSource`: nullptr = no evidence; otherwise one evidence item
    /// citing it ("" = uncited); by default "s" in the Cited style.
    Self &link(const char *from, const char *to, Relation relation = Relation::Causes)
    {
        return link(from, to, relation, m_style == Style::Cited ? "s" : nullptr);
    }
    Self &link(const char *from, const char *to, Relation relation, const char *evidenceSource)
    {
        Link l;
        l.id = QStringLiteral("l%1").arg(m_interpretation.links.size() + 1);
        l.from = QString::fromLatin1(from);
        l.to = QString::fromLatin1(to);
        l.relation = relation;
        if (evidenceSource) {
            Evidence e;
            e.id = QStringLiteral("e%1").arg(++m_evidence);
            e.sourceId = QString::fromLatin1(evidenceSource);
            l.evidence.append(e);
        }
        m_interpretation.links.append(l);
        return self();
    }

    Incident incident() const
    {
        Incident incident = m_incident;
        incident.title = QStringLiteral("crafted");
        Interpretation interpretation = m_interpretation;
        interpretation.id = QStringLiteral("i");
        interpretation.name = QStringLiteral("Crafted");
        incident.interpretations = {interpretation};
        return incident;
    }

private:
    Self &self() { return static_cast<Self &>(*this); }

    Style m_style;
    Incident m_incident;
    Interpretation m_interpretation;
    int m_evidence = 0;
};

} // namespace faultline::test
