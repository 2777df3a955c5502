#include "test_paths.hpp"

#include <random>
#include <stdexcept>

#ifndef _WIN32
#include <cstdlib>
#endif

namespace extramile::test {

#ifdef _WIN32

// Windows has no mkdtemp: a random name, created with create_directory,
// which fails on a name that exists. The name holds "José" and
// "Entrevistas" (as in C:\Users\José\Entrevistas), so every test that
// works in a scratch folder also proves the non-ASCII path survives.
ScratchFolder::ScratchFolder() {
    std::random_device random;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const auto candidate = std::filesystem::temp_directory_path() /
                               (L"extramile-Jos\u00e9-Entrevistas-" + std::to_wstring(random() % 1000000000u));
        if (std::filesystem::create_directory(candidate)) {
            path_ = candidate;
            return;
        }
    }
    throw std::runtime_error("could not make a scratch folder");
}

#else

ScratchFolder::ScratchFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "extramile-test-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("could not make a scratch folder");
    path_ = pattern;
}

#endif

ScratchFolder::~ScratchFolder() {
    std::error_code ignored;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(path_, ignored);
}

} // namespace extramile::test
