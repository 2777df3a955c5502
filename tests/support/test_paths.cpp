#include "test_paths.hpp"

#include <cstdlib>
#include <stdexcept>

namespace extramile::test {

ScratchFolder::ScratchFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "extramile-test-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("could not make a scratch folder");
    path_ = pattern;
}

ScratchFolder::~ScratchFolder() {
    std::error_code ignored;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(path_, ignored);
}

} // namespace extramile::test
