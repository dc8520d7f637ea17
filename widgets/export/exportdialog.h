#pragma once

#include "model/incident.h"
#include "widgets/export/exportoptions.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimer;

namespace faultline {

/// File > Export…: what to export (current interpretation, selection, all,
/// compare), format and page, theme, legend, title, references and margins,
/// with a live preview drawn by the same composer that writes the file.
/// Choices are remembered (QSettings) by the controller.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const Incident &incident, const QString &currentInterpretationId,
                 const QStringList &selectedFactorIds, QWidget *parent = nullptr);

    void setOptions(const ExportOptions &options);
    ExportOptions options() const;
    /// The files written by the last successful export.
    QStringList writtenFiles() const { return m_written; }
    /// A suggested file name (without folder), e.g. from the document's name.
    void setSuggestedName(const QString &baseName);
    /// Where the export goes: typed, or chosen with Browse…. Relative paths
    /// are taken from the documents folder.
    QLineEdit *pathEdit() const { return m_path; }

private:
    void buildForm();
    void updateEnabled();
    void schedulePreview();
    void updatePreview();
    void exportToFile();
    void browse();
    /// Gives the path the current format's suffix (a.png → a.svg).
    void matchPathSuffix();
    QString resolvedPath() const;
    QStringList checkedCompareIds() const;

    Incident m_incident;
    QString m_currentId;
    QStringList m_selection;
    QString m_suggestedName;
    QStringList m_written;
    QHash<QString, QStringList> m_interventions; ///< the editor's levers what-if, passed through

    QComboBox *m_scope = nullptr;
    QComboBox *m_interpretation = nullptr;
    QListWidget *m_compare = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_page = nullptr;
    QComboBox *m_resolution = nullptr;
    QSpinBox *m_dpi = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QCheckBox *m_transparent = nullptr;
    QCheckBox *m_singlePdf = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_legend = nullptr;
    QComboBox *m_legendPosition = nullptr;
    QCheckBox *m_title = nullptr;
    QLineEdit *m_titleText = nullptr;
    QCheckBox *m_references = nullptr;
    QCheckBox *m_cruxes = nullptr;
    QCheckBox *m_annotations = nullptr;
    QSpinBox *m_margin = nullptr;
    QComboBox *m_lens = nullptr;
    QLineEdit *m_path = nullptr;
    bool m_pathEdited = false; ///< the user typed or chose a path: no more suggestions
    QLabel *m_preview = nullptr;
    QLabel *m_previewInfo = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace faultline
