#pragma once

#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <future>
#include <unistd.h>

namespace faultline {

/// Runs `job` on a worker thread and, when standard error is a terminal and
/// the job takes longer than a second, says once a second what is running and
/// for how long ("faultline convert: laying out big.dot … 3 s"), so a long
/// layout is never a silent wait. The line is cleared when the job ends.
/// `job` must not touch GUI objects (it runs off the main thread).
template <class Job>
auto runWithProgress(QTextStream &err, const QString &what, Job job) -> decltype(job())
{
    auto result = std::async(std::launch::async, std::move(job));
    if (!::isatty(STDERR_FILENO))
        return result.get();
    int seconds = 0;
    while (result.wait_for(std::chrono::seconds(1)) != std::future_status::ready) {
        ++seconds;
        err << '\r' << what << ' '
            << QCoreApplication::translate("faultline::Cli", "… %n s", nullptr, seconds);
        err.flush();
    }
    if (seconds > 0) {
        err << "\r\033[K"; // erase the progress line
        err.flush();
    }
    return result.get();
}

} // namespace faultline
