// Starting the app with what the command line asked for (src/cli parses it).
#pragma once

#include "services/app_launch.hpp"

namespace extramile::app {

// Runs the app; returns the process exit code.
int run_app(int argc, char** argv, const services::AppLaunch& launch);

} // namespace extramile::app
