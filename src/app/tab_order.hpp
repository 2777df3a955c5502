// The order Tab moves the focus in, whatever order the windows were made in.
#pragma once

#include <initializer_list>

class wxWindow;

namespace extramile::app {

// Tab goes from each window of `windows` to the next. Windows with different
// parents are ordered through their ancestors that share one (a panel moves
// with everything in it).
void SetTabOrder(std::initializer_list<wxWindow*> windows);

} // namespace extramile::app
