#pragma once

namespace faultline {

/// How strongly a factor or link item stands out. Set by views that read
/// the diagram differently (the lenses, the compare view's diff styling)
/// without touching the model: emphasis lives on the graphics item only.
enum class Emphasis
{
    Normal,
    Highlighted, ///< drawn with an accent halo (e.g. a crux's elements, a root-cause path)
    Faded,       ///< drawn translucent, to push it into the background
    Ghost,       ///< dashed outline without fill: something another reading has and this one lacks
};

} // namespace faultline
