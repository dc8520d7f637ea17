#include "widgets/export/exportdialog.h"

#include "model/analysis/lens.h"
#include "widgets/export/exportcomposer.h"
#include "widgets/export/exportjob.h"
#include "widgets/export/exportwriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace faultline {

namespace {
constexpr int kPreviewWidth = 560;
constexpr int kPreviewHeight = 380;

QString defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}
} // namespace

ExportDialog::ExportDialog(const Incident &incident, const QString &currentInterpretationId,
                           const QStringList &selectedFactorIds, QWidget *parent)
    : QDialog(parent), m_incident(incident), m_currentId(currentInterpretationId),
      m_selection(selectedFactorIds)
{
    setWindowTitle(tr("Export Diagram"));
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120); // coalesce a burst of spin-box steps into one render
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    buildForm();
    setSuggestedName(QString());
    updateEnabled();
    schedulePreview();
}

void ExportDialog::buildForm()
{
    auto *form = new QFormLayout;
    m_scope = new QComboBox;
    m_scope->addItem(tr("Current interpretation"), int(ExportScope::Current));
    m_scope->addItem(tr("Selection"), int(ExportScope::Selection));
    m_scope->addItem(tr("All interpretations"), int(ExportScope::All));
    m_scope->addItem(tr("Compare side by side"), int(ExportScope::Compare));
    form->addRow(tr("&Export:"), m_scope);
    if (auto *model = qobject_cast<QStandardItemModel *>(m_scope->model()))
        model->item(1)->setEnabled(!m_selection.isEmpty());

    m_interpretation = new QComboBox;
    m_compare = new QListWidget;
    m_compare->setMaximumHeight(90);
    int checked = 0;
    for (const Interpretation &interp : std::as_const(m_incident.interpretations)) {
        m_interpretation->addItem(interp.name, interp.id);
        auto *item = new QListWidgetItem(interp.name, m_compare);
        item->setData(Qt::UserRole, interp.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool check = checked < 2;
        item->setCheckState(check ? Qt::Checked : Qt::Unchecked);
        checked += check;
    }
    selectData(m_interpretation, m_currentId);
    form->addRow(tr("&Interpretation:"), m_interpretation);
    form->addRow(tr("C&ompare (2–3):"), m_compare);

    m_format = new QComboBox;
    m_format->addItem(tr("PNG image"), int(ExportFormat::Png));
    m_format->addItem(tr("SVG (vector)"), int(ExportFormat::Svg));
    m_format->addItem(tr("PDF (vector)"), int(ExportFormat::Pdf));
    form->addRow(tr("&Format:"), m_format);
    m_page = new QComboBox;
    m_page->addItem(tr("16:9 slide"), int(PageFormat::Slide));
    m_page->addItem(tr("A4 landscape"), int(PageFormat::A4Landscape));
    m_page->addItem(tr("A4 portrait"), int(PageFormat::A4Portrait));
    m_page->addItem(tr("Fit to content"), int(PageFormat::FitContent));
    form->addRow(tr("&Page:"), m_page);

    m_resolution = new QComboBox;
    m_resolution->addItem(tr("By resolution"), 0);
    m_resolution->addItem(tr("Fixed pixel size"), 1);
    m_dpi = new QSpinBox;
    m_dpi->setRange(24, 1200);
    m_dpi->setSuffix(tr(" dpi"));
    m_width = new QSpinBox;
    m_height = new QSpinBox;
    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(16, 16384);
        spin->setSuffix(tr(" px"));
    }
    m_width->setValue(1920);
    m_height->setValue(1080);
    auto *pngRow = new QHBoxLayout;
    pngRow->addWidget(m_resolution);
    pngRow->addWidget(m_dpi);
    pngRow->addWidget(m_width);
    pngRow->addWidget(new QLabel(QStringLiteral("×")));
    pngRow->addWidget(m_height);
    // A row holding a layout gets no buddy from QFormLayout: set it, so the
    // mnemonic reaches the row from the keyboard.
    auto *pngLabel = new QLabel(tr("PNG &size:"));
    pngLabel->setBuddy(m_resolution);
    form->addRow(pngLabel, pngRow);
    m_transparent = new QCheckBox(tr("Transparent bac&kground"));
    form->addRow(QString(), m_transparent);
    m_singlePdf = new QCheckBox(tr("One P&DF with a page per interpretation"));
    form->addRow(QString(), m_singlePdf);

    m_theme = new QComboBox;
    for (const CanvasTheme theme : allCanvasThemes())
        m_theme->addItem(canvasThemeName(theme), canvasThemeId(theme));
    form->addRow(tr("T&heme:"), m_theme);
    m_lens = new QComboBox;
    m_lens->addItem(tr("Plain"), lensId(Lens::Plain));
    m_lens->addItem(tr("Root cause"), lensId(Lens::RootCause));
    m_lens->addItem(tr("Levers"), lensId(Lens::Levers));
    m_lens->addItem(tr("Gaps"), lensId(Lens::Gaps));
    form->addRow(tr("&Lens:"), m_lens);

    m_legend = new QCheckBox(tr("Le&gend"));
    m_legendPosition = new QComboBox;
    m_legendPosition->addItem(tr("beside the diagram"), int(LegendPosition::Right));
    m_legendPosition->addItem(tr("below the diagram"), int(LegendPosition::Bottom));
    auto *legendRow = new QHBoxLayout;
    legendRow->addWidget(m_legend);
    legendRow->addWidget(m_legendPosition, 1);
    form->addRow(QString(), legendRow);
    m_title = new QCheckBox(tr("&Title"));
    m_titleText = new QLineEdit;
    m_titleText->setPlaceholderText(m_incident.title);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_titleText, 1);
    form->addRow(QString(), titleRow);
    m_references = new QCheckBox(tr("Numbered &references of the cited sources"));
    form->addRow(QString(), m_references);
    m_cruxes = new QCheckBox(tr("Numbered &crux list (compare)"));
    form->addRow(QString(), m_cruxes);
    m_annotations = new QCheckBox(tr("Editing m&arks (links without evidence)"));
    form->addRow(QString(), m_annotations);
    m_margin = new QSpinBox;
    m_margin->setRange(0, 200);
    m_margin->setSuffix(tr(" px"));
    form->addRow(tr("&Margins:"), m_margin);

    // The file is named here, so the whole export can be typed; Browse… opens
    // the file dialog for those who prefer to pick a folder.
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setClearButtonEnabled(true);
    auto *browseButton = new QPushButton(tr("&Browse…"));
    browseButton->setAutoDefault(false); // Enter in the dialog exports, never browses
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *pathLabel = new QLabel(tr("File &name:"));
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_preview = new QLabel;
    m_preview->setMinimumSize(kPreviewWidth, kPreviewHeight);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(QStringLiteral("QLabel { background: #8a9098; }"));
    m_previewInfo = new QLabel;
    m_previewInfo->setTextFormat(Qt::PlainText);
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_preview, 1);
    previewColumn->addWidget(m_previewInfo);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *exportButton = buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportToFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addLayout(previewColumn, 1);
    auto *root = new QVBoxLayout(this);
    root->addLayout(columns, 1);
    root->addWidget(buttons);
    // Made default once it is inside the dialog: only then does QDialog note
    // it as the main default, which Enter returns to after Tab has passed
    // over Cancel (an auto-default button that takes the default while focused).
    exportButton->setDefault(true);

    const auto changed = [this] {
        updateEnabled();
        schedulePreview();
    };
    for (QComboBox *combo : {m_scope, m_interpretation, m_format, m_page, m_resolution, m_theme,
                             m_legendPosition, m_lens})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QSpinBox *spin : {m_dpi, m_width, m_height, m_margin})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (QCheckBox *box :
         {m_transparent, m_singlePdf, m_legend, m_title, m_references, m_cruxes, m_annotations})
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_titleText, &QLineEdit::textChanged, this, changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::matchPathSuffix);
    connect(m_compare, &QListWidget::itemChanged, this, changed);
}

void ExportDialog::setOptions(const ExportOptions &o)
{
    selectData(m_scope, int(o.scope));
    if (o.scope == ExportScope::Selection && m_selection.isEmpty())
        selectData(m_scope, int(ExportScope::Current));
    selectData(m_format, int(o.format));
    selectData(m_page, int(o.page));
    m_resolution->setCurrentIndex(o.pixelSize.isValid() && !o.pixelSize.isEmpty() ? 1 : 0);
    m_dpi->setValue(int(o.dpi));
    if (o.pixelSize.isValid() && !o.pixelSize.isEmpty()) {
        m_width->setValue(o.pixelSize.width());
        m_height->setValue(o.pixelSize.height());
    }
    m_transparent->setChecked(o.transparent);
    m_singlePdf->setChecked(o.singlePdf);
    selectData(m_theme, canvasThemeId(o.theme));
    selectData(m_lens, o.lens);
    m_interventions = o.interventions;
    m_legend->setChecked(o.legend);
    selectData(m_legendPosition, int(o.legendPosition));
    m_title->setChecked(o.title);
    m_references->setChecked(o.references);
    m_cruxes->setChecked(o.cruxes);
    m_annotations->setChecked(o.annotations);
    m_margin->setValue(int(o.margin));
    matchPathSuffix();
    updateEnabled();
    schedulePreview();
}

void ExportDialog::setSuggestedName(const QString &baseName)
{
    m_suggestedName = baseName;
    if (m_pathEdited)
        return;
    const QString name = baseName.isEmpty() ? QStringLiteral("diagram") : baseName;
    m_path->setText(QDir(defaultFolder()).filePath(name + QLatin1Char('.') + options().suffix()));
}

void ExportDialog::matchPathSuffix()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    const QString suffix = options().suffix();
    static const QStringList known{QStringLiteral("png"), QStringLiteral("svg"),
                                   QStringLiteral("pdf")};
    if (info.suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        return;
    const QString base = known.contains(info.suffix().toLower())
                             ? path.left(path.size() - info.suffix().size() - 1)
                             : path;
    m_path->setText(base + QLatin1Char('.') + suffix);
}

QString ExportDialog::resolvedPath() const
{
    const QString typed = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (typed.isEmpty())
        return QString();
    QString path = QDir::isAbsolutePath(typed) ? typed : QDir(defaultFolder()).filePath(typed);
    if (path.startsWith(QLatin1String("~/")))
        path = QDir::home().filePath(path.mid(2));
    const QString suffix = options().suffix();
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    return QDir::cleanPath(path);
}

void ExportDialog::browse()
{
    const ExportOptions o = options();
    const QString filter = o.format == ExportFormat::Png   ? tr("PNG images (*.png)")
                           : o.format == ExportFormat::Svg ? tr("SVG drawings (*.svg)")
                                                           : tr("PDF documents (*.pdf)");
    const QString start = resolvedPath().isEmpty() ? defaultFolder() : resolvedPath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram"), start, filter,
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_pathEdited = true;
    m_path->setText(QDir::toNativeSeparators(path));
    matchPathSuffix();
    m_path->setFocus();
}

QStringList ExportDialog::checkedCompareIds() const
{
    QStringList ids;
    for (int i = 0; i < m_compare->count(); ++i)
        if (m_compare->item(i)->checkState() == Qt::Checked)
            ids.append(m_compare->item(i)->data(Qt::UserRole).toString());
    return ids;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.scope = ExportScope(m_scope->currentData().toInt());
    o.format = ExportFormat(m_format->currentData().toInt());
    o.page = PageFormat(m_page->currentData().toInt());
    o.interpretationIds = o.scope == ExportScope::Compare
                              ? checkedCompareIds()
                              : QStringList{m_interpretation->currentData().toString()};
    o.dpi = m_dpi->value();
    if (m_resolution->currentIndex() == 1)
        o.pixelSize = QSize(m_width->value(), m_height->value());
    o.transparent = m_transparent->isChecked();
    o.singlePdf = m_singlePdf->isChecked();
    o.theme = canvasThemeFromId(m_theme->currentData().toString()).value_or(CanvasTheme::Light);
    o.lens = m_lens->currentData().toString();
    o.interventions = m_interventions;
    o.legend = m_legend->isChecked();
    o.legendPosition = LegendPosition(m_legendPosition->currentData().toInt());
    o.title = m_title->isChecked();
    o.titleText = m_titleText->text();
    o.references = m_references->isChecked();
    o.cruxes = o.scope == ExportScope::Compare && m_cruxes->isChecked();
    o.annotations = m_annotations->isChecked();
    o.margin = m_margin->value();
    return o;
}

void ExportDialog::updateEnabled()
{
    const auto scope = ExportScope(m_scope->currentData().toInt());
    const bool png = ExportFormat(m_format->currentData().toInt()) == ExportFormat::Png;
    const bool fixedSize = m_resolution->currentIndex() == 1;
    m_interpretation->setEnabled(scope == ExportScope::Current || scope == ExportScope::Selection);
    m_compare->setEnabled(scope == ExportScope::Compare);
    m_cruxes->setEnabled(scope == ExportScope::Compare);
    m_resolution->setEnabled(png);
    m_dpi->setVisible(!fixedSize);
    m_dpi->setEnabled(png);
    m_width->setVisible(fixedSize);
    m_height->setVisible(fixedSize);
    m_width->setEnabled(png);
    m_height->setEnabled(png);
    m_page->setEnabled(!(png && fixedSize));
    m_transparent->setEnabled(png);
    m_singlePdf->setEnabled(scope == ExportScope::All && !png &&
                            ExportFormat(m_format->currentData().toInt()) == ExportFormat::Pdf);
    m_legendPosition->setEnabled(m_legend->isChecked());
    m_titleText->setEnabled(m_title->isChecked());
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    const ExportOptions o = options();
    if (o.scope == ExportScope::Selection && m_selection.isEmpty()) {
        m_preview->setPixmap({});
        m_previewInfo->setText(tr("Nothing is selected."));
        return;
    }
    const ExportJob job(m_incident, o, m_selection);
    if (!job.error().isEmpty() || job.pages().isEmpty()) {
        m_preview->setPixmap({});
        m_previewInfo->setText(job.error());
        return;
    }
    const ExportComposer composer(job.pages().first(), o);
    const QSizeF page = composer.pageSize();
    const qreal ratio = devicePixelRatioF();
    const qreal scale = std::min((m_preview->width() - 16) / page.width(),
                                 (m_preview->height() - 16) / page.height());
    QImage image((page * scale * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    // A checkerboard shows where a transparent PNG has no background.
    image.fill(Qt::transparent);
    QPainter painter(&image);
    if (o.transparent && o.format == ExportFormat::Png) {
        const int cell = int(8 * ratio);
        for (int y = 0; y < image.height(); y += cell)
            for (int x = 0; x < image.width(); x += cell)
                painter.fillRect(x, y, cell, cell,
                                 ((x + y) / cell) % 2 ? QColor(0xcc, 0xcc, 0xcc) : Qt::white);
    }
    painter.scale(scale * ratio, scale * ratio);
    composer.paint(&painter);
    painter.end();
    image.setDevicePixelRatio(ratio);
    m_preview->setPixmap(QPixmap::fromImage(image));
    QString info;
    if (o.format == ExportFormat::Png) {
        const QSize px = ExportWriter::imageSize(composer, o);
        info = tr("%1 × %2 px").arg(px.width()).arg(px.height());
    } else {
        info = tr("%1 × %2 mm")
                   .arg(qRound(page.width() * 25.4 / 96))
                   .arg(qRound(page.height() * 25.4 / 96));
    }
    if (job.pages().size() > 1)
        info += QStringLiteral(" · ") + tr("page 1 of %1").arg(job.pages().size());
    m_previewInfo->setText(info);
}

void ExportDialog::exportToFile()
{
    QString path = resolvedPath();
    if (path.isEmpty()) {
        browse();
        path = resolvedPath();
        if (path.isEmpty())
            return;
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        QMessageBox::warning(
            this, tr("Export Failed"),
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        activateWindow();
        m_path->setFocus();
        return;
    }
    // The file dialog asked before replacing a file; a typed name asks here.
    if (info.exists() &&
        QMessageBox::question(
            this, tr("Export Diagram"),
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        // Back to the name to change it (activated explicitly: not every
        // window system hands the focus back when the question closes).
        activateWindow();
        m_path->setFocus();
        m_path->selectAll();
        return;
    }
    const ExportOptions o = options();
    const ExportJob job(m_incident, o, m_selection);
    QString error;
    m_written = ExportWriter::write(job, path, &error);
    if (m_written.isEmpty()) {
        QMessageBox::warning(this, tr("Export Failed"), error);
        return;
    }
    accept();
}

} // namespace faultline
