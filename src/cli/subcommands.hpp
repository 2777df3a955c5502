// One function per subcommand; each parses its own options.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace extramile::cli {

int validate_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int compare_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int print_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int calibration_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int validity_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int decide_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int debrief_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int purge_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace extramile::cli
