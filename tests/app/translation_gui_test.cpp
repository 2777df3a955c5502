// The app speaks the user's language: the system's (LANGUAGE) or the one
// chosen in the preferences, which wins. Checked on the compare window's
// title, which comes from the catalogs.
#include "app_process.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <fstream>

using namespace extramile::test;
namespace fs = std::filesystem;

namespace {

// Runs `extramile PANEL` with LANGUAGE set and returns whether a window
// titled `title` showed.
bool compare_window_shows(const std::string& language, const std::string& title, const fs::path& home) {
    setenv("LANGUAGE", language.c_str(), 1);
    setenv("EXTRAMILE_RUBRIC_PATH", data("good").c_str(), 1);
    AppProcess app({data("panel").string()}, home);
    unsetenv("LANGUAGE");
    const bool shown = app.wait_for_window(title, std::chrono::seconds(30));
    BOOST_TEST_MESSAGE(app.log());
    return shown;
}

} // namespace

BOOST_AUTO_TEST_SUITE(translations)

BOOST_AUTO_TEST_CASE(the_system_language_is_followed) {
    ScratchFolder scratch;
    BOOST_TEST(compare_window_shows("es", "Comparar candidatos", scratch / "es"));
    BOOST_TEST(compare_window_shows("it", "Confronta i candidati", scratch / "it"));
    BOOST_TEST(compare_window_shows("en", "Compare candidates", scratch / "en"));
}

BOOST_AUTO_TEST_CASE(the_language_of_the_preferences_wins) {
    ScratchFolder scratch;
    const auto home = scratch / "home";
    fs::create_directories(home / ".config/extramile");
    std::ofstream(home / ".config/extramile/extramile.conf") << "[Interface]\nLanguage=it\n";
    BOOST_TEST(compare_window_shows("es", "Confronta i candidati", home));
}

BOOST_AUTO_TEST_SUITE_END()
