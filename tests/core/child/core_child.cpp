// The second process of the Windows core tests (Windows has no fork):
//   core_child save-forever FILE SIZE...  saves versions 1, 2, ... of FILE
//                                         (atomic_file_cases' version_text,
//                                         sizes in turn) until killed
//   core_child hold-lock FILE USER        takes FILE's scorecard lock, prints
//                                         its state ("held", ...) and holds it
//                                         until its standard input closes
//   core_child exit                       ends at once (a process id that is
//                                         surely gone afterwards)
#include "../atomic_file_cases.hpp"

#include "core/base/command_line_io.hpp"
#include "core/base/utf8_path.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/storage/scorecard_lock.hpp"

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

namespace {

// Many small writes, so a kill often lands mid-write.
int save_forever(const std::filesystem::path& file, const std::vector<std::size_t>& sizes) {
    std::cout << "saving" << std::endl;
    for (std::size_t k = 1;; ++k) {
        const std::string text = atomic_file_cases::version_text(static_cast<int>(k % 4), sizes[k % sizes.size()]);
        extramile::AtomicFile out(file);
        for (std::size_t at = 0; at < text.size(); at += 16 * 1024)
            out.write(std::string_view(text).substr(at, 16 * 1024));
        out.commit();
    }
}

int hold_lock(const std::filesystem::path& file, const std::string& user) {
    extramile::ScorecardLock lock(file, user);
    const char* states[] = {"held", "other", "unknown", "unavailable"};
    std::cout << states[static_cast<int>(lock.state())] << std::endl;
    for (int c; (c = std::getchar()) != EOF;) {
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    // UTF-8 from GetCommandLineW: argv would bring "José" in the ANSI code page.
    const std::vector<std::string> args = extramile::program_arguments(argc, argv);
    try {
        if (args.size() >= 3 && args[0] == "save-forever") {
            std::vector<std::size_t> sizes;
            for (std::size_t i = 2; i < args.size(); ++i)
                sizes.push_back(std::stoul(args[i]));
            return save_forever(extramile::path_from_utf8(args[1]), sizes);
        }
        if (args.size() == 3 && args[0] == "hold-lock")
            return hold_lock(extramile::path_from_utf8(args[1]), args[2]);
        if (args.size() == 1 && args[0] == "exit")
            return 0;
    } catch (const std::exception& e) {
        std::cerr << "core_child: " << e.what() << "\n";
        return 1;
    }
    std::cerr << "usage: core_child save-forever FILE SIZE... | hold-lock FILE USER | exit\n";
    return 2;
}
