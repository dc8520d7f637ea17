#pragma once

#include <QObject>

namespace faultline {

class MainWindow;

/// File > Export… (the export dialog) and Edit > Copy as Image.
class ExportController : public QObject
{
    Q_OBJECT
public:
    explicit ExportController(MainWindow *window);

private:
    MainWindow *m_window;
};

} // namespace faultline
