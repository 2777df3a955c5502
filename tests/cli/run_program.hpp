// Runs the built `extramile` as a user would, capturing what it prints.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace extramile::test {

struct Outcome {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// `environment` entries are added to (or replace in) the test's own environment.
Outcome run_extramile(const std::vector<std::string>& args,
                      const std::map<std::string, std::string>& environment = {});

} // namespace extramile::test
