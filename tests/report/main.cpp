#define BOOST_TEST_MODULE extramile report
#include <boost/test/unit_test.hpp>

#include "report/page_catalog.hpp"

#include <filesystem>

// The page words come from the catalogs the build compiles beside the
// program (build/locale), not from an installed copy of an older build.
struct BuildTreeCatalogs {
    BuildTreeCatalogs() {
        extramile::report::set_catalog_folders({std::filesystem::path(EXTRAMILE_BINARY).parent_path() / "locale"});
    }
};
BOOST_TEST_GLOBAL_FIXTURE(BuildTreeCatalogs);
