#pragma once

namespace faultline {

/// `faultline --layout-worker`: reads one layout request as JSON from stdin
/// (see model/layout/layoutjson.h), runs it and writes the result as JSON to
/// stdout. LayoutRunner starts the editor's own executable this way so that
/// cancelling can kill the process and a crash in Graphviz cannot take the
/// editor down. Returns 0 when a result was written (a failed layout is a
/// result too), 2 when the request could not be read. Needs no application
/// object; call it before creating one.
int runLayoutWorker();

} // namespace faultline
