// The compare window open on a copy of the panel fixture (tests/data/panel,
// scored with tests/data/good/sample.rubric.xml, found through
// EXTRAMILE_RUBRIC_PATH), and the ways its candidates could be named, for
// the view tests of the compare window.
#pragma once

#include "test_paths.hpp"
#include "wx_session.hpp"

#include "app/compare_frame.hpp"

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

namespace extramile::test {

struct OpenCompare {
    OpenCompare() {
        // A copy: blind review keeps its key in the compared folder.
        std::filesystem::copy(data("panel"), scratch / "panel");
        frame = new app::CompareFrame({scratch / "panel"});
        frame->Show();
        BOOST_REQUIRE(pump_until([this] { return !frame->IsLoading() && frame->HasComparison(); }));
        pump_for(std::chrono::milliseconds(200));
    }
    ~OpenCompare() {
        frame->Destroy();
        pump_for(std::chrono::milliseconds(50));
    }
    ScratchFolder scratch;
    app::CompareFrame* frame;
};

// Every way a candidate of the fixture could be named.
inline const char* const kNames[] = {"Ana Pérez", "Bruno Rossi", "Chiara Bianchi", "Dario Neri",
                              "Ana",       "Bruno",       "Chiara",         "Dario", "Pérez", "Rossi", "Neri"};

// Names as whole words ("Ana" must not match "Analysis").
inline std::vector<std::string> names_in(const std::string& text) {
    std::vector<std::string> found;
    for (const char* name : kNames) {
        const std::regex word("(^|[^A-Za-z\\x80-\\xff])" + std::string(name) + "($|[^A-Za-z\\x80-\\xff])");
        if (std::regex_search(text, word))
            found.emplace_back(name);
    }
    return found;
}

} // namespace extramile::test
