// The windows on the screens interviewers really use: every window the
// interview needs, in every language, read back from its controls. A visible
// control outside its parent or the screen, two siblings drawn over each
// other, a label cut short, notes with fewer than five lines or text too
// faint to read, two controls on one Alt+letter, and a menu item with no
// letter of its own in its menu each fail the test, and every window is
// saved as a screenshot to be looked at.
//
// The screen, the font scale (GDK_DPI_SCALE) and the theme (GTK_THEME) come
// from the environment: tests/views/CMakeLists.txt runs this suite once per
// combination of the matrix, each on an X server of that size.
#include "wx_session.hpp"

#include "test_paths.hpp"

#include "app/calibration_view.hpp"
#include "app/candidate_table.hpp"
#include "app/compare_frame.hpp"
#include "app/decision_dialog.hpp"
#include "app/extramile_app.hpp"
#include "app/interview_frame.hpp"
#include "app/preferences.hpp"
#include "app/summary_dialog.hpp"
#include "app/translations.hpp"
#include "app/validity_dialog.hpp"

#include "core/storage/new_interview.hpp"
#include "core/storage/rubric_library.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "services/comparison_run.hpp"
#include "services/decision_store.hpp"
#include "services/scorecard_store.hpp"

#include <boost/test/unit_test.hpp>

#include <gtk/gtk.h>

#include <wx/bmpbuttn.h>
#include <wx/bookctrl.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/display.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/tglbtn.h>
#include <wx/translation.h>
#include <wx/toplevel.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <cstdlib>
#include <set>
#include <sstream>

using namespace extramile;
using namespace extramile::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

std::string Name(const wxWindow* w) {
    std::string name = wxString(w->GetClassInfo()->GetClassName()).utf8_string();
    if (!w->GetName().empty())
        name += " '" + w->GetName().utf8_string() + "'";
    if (const auto label = w->GetLabel(); !label.empty() && !dynamic_cast<const wxTextCtrl*>(w))
        name += " \"" + label.Left(40).utf8_string() + "\"";
    return name;
}

std::string Rect(const wxRect& r) {
    std::ostringstream s;
    s << r.x << "," << r.y << " " << r.width << "x" << r.height;
    return s.str();
}

// WCAG's relative luminance and contrast ratio.
double Luminance(const wxColour& c) {
    auto channel = [](unsigned char v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.Red()) + 0.7152 * channel(c.Green()) + 0.0722 * channel(c.Blue());
}

double Contrast(const wxColour& a, const wxColour& b) {
    const double la = Luminance(a), lb = Luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool IsScrolled(const wxWindow* w) { return dynamic_cast<const wxScrollHelperBase*>(w) != nullptr; }

// What a window's children may cover: its client area, or all of it when it scrolls.
// (A book's pages sit below or beside its tabs, inside its whole size.)
wxSize Room(const wxWindow* w) {
    if (dynamic_cast<const wxBookCtrlBase*>(w))
        return w->GetSize();
    return IsScrolled(w) ? w->GetVirtualSize() : w->GetClientSize();
}

class Inspector {
public:
    explicit Inspector(std::string where) : where_(std::move(where)) {}

    void check(wxTopLevelWindow& top) {
        const wxRect area = wxDisplay(0u).GetClientArea();
        const wxRect rect = top.GetScreenRect();
        if (!area.Contains(rect))
            problem(top, "lies outside the screen's work area " + Rect(area) + ": " + Rect(rect));
        walk(top);
        checkMnemonics(top);
        if (auto* notes = dynamic_cast<wxTextCtrl*>(top.FindWindow("notes")); notes && notes->IsShownOnScreen()) {
            const int lines = notes->GetClientSize().y / notes->GetCharHeight();
            if (lines < 5)
                problem(*notes, "shows " + std::to_string(lines) + " lines of notes, fewer than 5 (" +
                                    Rect(notes->GetRect()) + ")");
            // ...and all five in view when the question shows, not only after scrolling.
            const wxRect seen = notes->GetRect().Intersect(wxRect(notes->GetParent()->GetClientSize()));
            if (seen.height / notes->GetCharHeight() < 5)
                problem(*notes, "has " + std::to_string(seen.height / notes->GetCharHeight()) +
                                    " lines in view when the question shows, fewer than 5 (" + Rect(seen) + ")");
        }
    }

    const std::vector<std::string>& problems() const { return problems_; }

private:
    void problem(const wxWindow& w, const std::string& what) { problems_.push_back(where_ + ": " + Name(&w) + " " + what); }

    static bool Skipped(const wxWindow* w) {
        return w->IsTopLevel() || dynamic_cast<const wxStatusBar*>(w) || !w->IsShown();
    }

    void walk(wxWindow& parent) {
        // Composite controls draw their own insides.
        const bool composite = dynamic_cast<wxControl*>(&parent) && !dynamic_cast<wxBookCtrlBase*>(&parent);
        if (composite || dynamic_cast<wxTextCtrl*>(&parent))
            return;
        const wxSize room = Room(&parent);
        std::vector<wxWindow*> shown;
        for (auto* child : parent.GetChildren()) {
            if (Skipped(child))
                continue;
            shown.push_back(child);
            wxRect r = child->GetRect();
            if (IsScrolled(&parent)) // children of a scrolled window sit where it scrolled them
                r.Offset(dynamic_cast<wxScrollHelperBase*>(&parent)->CalcUnscrolledPosition(wxPoint()));
            if (dynamic_cast<wxBookCtrlBase*>(&parent))
                ; // a book's pages are placed by the native control, around its tabs
            else if (r.width <= 1 || r.height <= 1)
                problem(*child, "is shown with no room: " + Rect(r));
            else if (r.x < -1 || r.y < -1 || r.GetRight() > room.x || r.GetBottom() > room.y)
                problem(*child, "lies outside its parent " + Name(&parent) + " (" + Rect(wxRect(room)) + "): " + Rect(r));
            checkCut(*child);
            checkContrast(*child);
            noteMnemonic(*child);
        }
        // Book pages share one place, one at a time.
        if (!dynamic_cast<wxBookCtrlBase*>(&parent))
            for (std::size_t i = 0; i < shown.size(); ++i)
                for (std::size_t j = i + 1; j < shown.size(); ++j) {
                    wxRect a = shown[i]->GetRect(), b = shown[j]->GetRect();
                    if (a.Intersects(b) && (a.Intersect(b).width > 1 && a.Intersect(b).height > 1))
                        problem(*shown[i], "overlaps " + Name(shown[j]) + ": " + Rect(a) + " and " + Rect(b));
                }
        for (auto* child : shown)
            walk(*child);
    }

    void checkCut(wxWindow& w) {
        const bool labelled = dynamic_cast<wxButton*>(&w) || dynamic_cast<wxToggleButton*>(&w) ||
                              dynamic_cast<wxCheckBox*>(&w) || dynamic_cast<wxStaticText*>(&w);
        const bool ellipsized = w.HasFlag(wxST_ELLIPSIZE_START) || w.HasFlag(wxST_ELLIPSIZE_MIDDLE) ||
                                w.HasFlag(wxST_ELLIPSIZE_END); // shortened by design, with "…"
        if (!labelled || dynamic_cast<wxBitmapButton*>(&w) || ellipsized ||
            w.GetLabel().empty())
            return;
        const wxSize best = w.GetBestSize(), size = w.GetSize();
        if (size.x + 2 < best.x || size.y + 2 < best.y)
            problem(w, "is cut: " + std::to_string(size.x) + "x" + std::to_string(size.y) + " for the " +
                           std::to_string(best.x) + "x" + std::to_string(best.y) + " its label needs");
    }

    void checkContrast(wxWindow& w) {
        if (!dynamic_cast<wxStaticText*>(&w) || w.GetLabel().empty())
            return;
        const double ratio = Contrast(w.GetForegroundColour(), w.GetParent()->GetBackgroundColour());
        if (ratio < 4.5)
            problem(w, "has a contrast of " + std::to_string(ratio).substr(0, 4) + ":1, under 4.5:1 (" +
                           w.GetForegroundColour().GetAsString(wxC2S_HTML_SYNTAX).utf8_string() + " on " +
                           w.GetParent()->GetBackgroundColour().GetAsString(wxC2S_HTML_SYNTAX).utf8_string() + ")");
    }

    // The letter after a single '&' in a label: Alt+letter goes there. What
    // follows a tab is a menu item's accelerator ("\tCtrl+O"), not part of it.
    static wxChar Mnemonic(const wxString& text) {
        const wxString label = text.BeforeFirst('\t');
        for (std::size_t i = 0; i + 1 < label.length(); ++i)
            if (label[i] == '&') {
                if (label[i + 1] != '&')
                    return static_cast<wxChar>(wxToupper(label[i + 1]));
                ++i; // "&&" is a '&' shown
            }
        return 0;
    }

    void noteMnemonic(wxWindow& w) {
        const bool labelled = dynamic_cast<wxButton*>(&w) || dynamic_cast<wxToggleButton*>(&w) ||
                              dynamic_cast<wxCheckBox*>(&w) || dynamic_cast<wxStaticText*>(&w);
        if (labelled && w.IsEnabled())
            if (const wxChar key = Mnemonic(w.GetLabel()))
                mnemonics_[key].push_back(Name(&w));
    }

    // Two controls (or a control and a menu) shown at once with one Alt+letter:
    // the second can never be reached that way (as Spanish "&Identificador"
    // and "&Idioma" on the start page once were).
    void checkMnemonics(wxTopLevelWindow& top) {
        if (auto* frame = dynamic_cast<wxFrame*>(&top); frame && frame->GetMenuBar())
            for (std::size_t i = 0; i < frame->GetMenuBar()->GetMenuCount(); ++i) {
                const wxString title = frame->GetMenuBar()->GetMenuLabel(i);
                if (const wxChar key = Mnemonic(title))
                    mnemonics_[key].push_back("the menu \"" + title.utf8_string() + "\"");
                checkMenu(*frame->GetMenuBar()->GetMenu(i), wxStripMenuCodes(title).utf8_string());
            }
        for (const auto& [key, owners] : mnemonics_)
            if (owners.size() > 1) {
                std::string all;
                for (const auto& owner : owners)
                    all += (all.empty() ? "" : ", ") + owner;
                problems_.push_back(where_ + ": Alt+" + wxString(key).utf8_string() + " is given to " +
                                    std::to_string(owners.size()) + " at once: " + all);
            }
    }

    // Inside an open menu the letter alone picks an item. Two items on one
    // letter make it only move between them (GTK activates neither), and an
    // item with none is reached by the arrow keys only: both fail, in every
    // menu and submenu. No item is exempt: numbered items (competencies,
    // scale points, tabs) take their digit.
    void checkMenu(const wxMenu& menu, const std::string& path) {
        std::map<wxChar, std::vector<std::string>> keys;
        for (const auto* item : menu.GetMenuItems()) {
            if (item->IsSeparator())
                continue;
            const wxString label = item->GetItemLabel();
            const std::string shown = "\"" + label.BeforeFirst('\t').utf8_string() + "\"";
            if (const wxChar key = Mnemonic(label))
                keys[key].push_back(shown);
            else
                problems_.push_back(where_ + ": the item " + shown + " of the menu " + path +
                                    " has no letter to press (no '&' in its label)");
            if (const auto* submenu = item->GetSubMenu())
                checkMenu(*submenu, path + " > " + wxStripMenuCodes(label.BeforeFirst('\t')).utf8_string());
        }
        for (const auto& [key, items] : keys)
            if (items.size() > 1) {
                std::string all;
                for (const auto& item : items)
                    all += (all.empty() ? "" : ", ") + item;
                problems_.push_back(where_ + ": in the menu " + path + ", " + wxString(key).utf8_string() +
                                    " is given to " + std::to_string(items.size()) + " items: " + all);
            }
    }

    std::string where_;
    std::vector<std::string> problems_;
    std::map<wxChar, std::vector<std::string>> mnemonics_;
};

// The matrix point this run stands for, e.g. "1024x768-dpi1.5-dark".
std::string MatrixPoint() {
    const wxRect screen = wxDisplay(0u).GetGeometry();
    const char* scale = std::getenv("GDK_DPI_SCALE");
    const char* theme = std::getenv("GTK_THEME");
    return std::to_string(screen.width) + "x" + std::to_string(screen.height) + "-dpi" + (scale ? scale : "1") +
           (theme && std::string_view(theme).find("dark") != std::string_view::npos ? "-dark" : "-light");
}

fs::path ShotFolder() {
    const char* base = std::getenv("EXTRAMILE_LAYOUT_SHOTS");
    auto folder = fs::path(base ? base : "layout-shots") / MatrixPoint();
    fs::create_directories(folder);
    return folder;
}

// The window drawn by GTK itself into an image: what the window shows,
// whatever lies over it on the screen.
void Screenshot(wxTopLevelWindow& top, const std::string& name) {
    pump_for(100ms);
    GtkWidget* widget = top.GetHandle();
    const int width = gtk_widget_get_allocated_width(widget), height = gtk_widget_get_allocated_height(widget);
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
    cairo_t* cr = cairo_create(surface);
    gtk_widget_draw(widget, cr);
    cairo_destroy(cr);
    cairo_surface_write_to_png(surface, (ShotFolder() / (name + ".png")).c_str());
    cairo_surface_destroy(surface);
}

// Every window's place, to tell when a layout has settled.
void Places(const wxWindow& w, std::vector<wxRect>& out) {
    out.push_back(w.GetRect());
    for (const auto* child : w.GetChildren())
        Places(*child, out);
}

void Settle(wxTopLevelWindow& top) {
    // Sizes, wrapping after the first size event, a notice appearing: run
    // events until nothing moves any more.
    top.Layout();
    std::vector<wxRect> before, now;
    for (int i = 0; i < 30; ++i) {
        pump_for(100ms);
        now.clear();
        Places(top, now);
        if (i > 0 && now == before)
            return;
        before.swap(now);
    }
}

// A window looked at: settled, every problem an error, and (when named) its screenshot.
void Look(wxTopLevelWindow& top, const std::string& what, const std::string& shot = {}) {
    Settle(top);
    Inspector inspector(MatrixPoint() + " " + what);
    inspector.check(top);
    for (const auto& p : inspector.problems())
        BOOST_ERROR(p);
    if (!shot.empty())
        Screenshot(top, shot);
}

struct Matrix {
    Matrix() {
        library.add_file(source("rubrics/generosity.rubric.xml"));
        // The catalogs the build made (the test program is not beside them).
        if (const char* locale = std::getenv("EXTRAMILE_LOCALE_DIR"))
            wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString::FromUTF8(locale));
    }

    fs::path scorecard(const std::string& language, bool submitted) {
        auto card = new_scorecard(*library.find("generosity"),
                                  {"Ana María Pérez-Villalobos", "Responsable de tienda", "", "Luca Bianchi"});
        card.language = language;
        const auto& rubric = library.find("generosity")->rubric;
        int value = rubric.scale.min;
        for (const auto& c : rubric.competencies) {
            card.rate(c.id, value);
            value = value == rubric.scale.max ? rubric.scale.min : value + 1;
            card.set_flag(c.id, SignalKind::green, 0, true);
            for (const auto& q : c.questions)
                card.set_note(q.id, "Habló de tres personas a las que ayudó sin esperar nada a cambio.");
        }
        if (submitted) {
            card.recommendation = Recommendation::yes;
            card.submit("2026-11-30T10:00:00Z");
        }
        return create_scorecard_file(scratch / language, card);
    }

    app::InterviewFrame* open(const fs::path& path, const std::string& language) {
        Scorecard card;
        auto store = services::ScorecardStore::open(path, "Luca Bianchi", card);
        auto* frame = new app::InterviewFrame(std::move(store), std::move(card), *library.find("generosity"), language);
        frame->Show();
        Settle(*frame);
        return frame;
    }

    ScratchFolder scratch;
    RubricLibrary library;
};

void CloseAll() {
    for (auto* window : wxTopLevelWindows)
        window->Destroy();
    pump_for(150ms);
}

wxTopLevelWindow* Newest(const std::set<wxWindow*>& before) {
    for (auto* window : wxTopLevelWindows)
        if (!before.count(window) && window->IsShown())
            return dynamic_cast<wxTopLevelWindow*>(window);
    return nullptr;
}

std::set<wxWindow*> TopLevels() { return {wxTopLevelWindows.begin(), wxTopLevelWindows.end()}; }

const char* const kLanguages[] = {"en", "es", "it"};

// A panel as HR has one months later: 10 candidates of the sample rubric,
// each seen by three of five interviewers (one rates 0.8 above the rest, one
// 0.6 below), and an eleventh seen by a sixth interviewer alone; and the
// job performance of the six hired.
fs::path CalibrationFolder(const fs::path& folder) {
    fs::create_directories(folder);
    const char* const names[] = {"Ana Pérez",  "Bruno Rossi", "Chiara Bianchi", "Dario Neri", "Elena Ruiz",
                                 "Fabio Conti", "Giulia Sanz", "Hugo Marín",     "Irene Costa", "Jorge Vidal", "Karla Soto"};
    const char* const interviewers[] = {"Luca Bianchi", "Marta Gómez", "Sofía Herrera", "Tomás Lanza", "Paola Ricci"};
    const double offsets[] = {0.8, 0, -0.6, 0, -0.2};
    const double levels[] = {4.1, 2.6, 3.4, 3.0, 4.4, 2.2, 3.7, 3.1, 2.8, 3.9, 3.5};
    int serial = 0;
    auto card = [&](int c, const std::string& interviewer, double offset) {
        ++serial;
        std::ofstream out(folder / ("c-" + std::to_string(c + 1) + "--" + std::to_string(serial) + ".scorecard.xml"));
        out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scorecard xmlns=\"urn:extramile:scorecard:1\" "
               "id=\"00000000-0000-4000-8000-" << std::string(12 - std::to_string(serial).size(), '0') << serial
            << "\" revision=\"1\" status=\"submitted\">\n  <rubric id=\"sample\" version=\"1.0\"/>\n"
               "  <candidate id=\"c-" << c + 1 << "\" name=\"" << names[c] << "\"/>\n  <interviewer name=\""
            << interviewer << "\"/>\n";
        int k = 0;
        for (const char* competency : {"giving", "service", "trust"}) {
            const double noise = ((c * 7 + serial * 3 + k++ * 2) % 5 - 2) * 0.25;
            const int value = std::clamp(static_cast<int>(std::lround(levels[c] + offset + noise)), 1, 5);
            out << "  <rating competency=\"" << competency << "\" value=\"" << value << "\"/>\n";
        }
        out << "  <recommendation value=\"" << (levels[c] + offset >= 3.5 ? "yes" : "no") << "\"/>\n</scorecard>\n";
    };
    for (int c = 0; c < 10; ++c)
        for (int i = 0; i < 3; ++i) {
            const int who = (c + i * 2) % 5;
            card(c, interviewers[who], offsets[who]);
        }
    card(10, "Rosa Amat", 0.3); // Karla, seen by nobody else: Rosa gets no offset, and says why
    // Final decisions on eight (six hired), for the interviewers' agreement with them.
    services::ComparisonRequest request;
    request.paths = {folder};
    const auto run = services::run_comparison(request);
    for (const auto& [candidate, outcome] :
         {std::pair{"c-1", Outcome::hire}, {"c-5", Outcome::hire}, {"c-7", Outcome::hire}, {"c-10", Outcome::hire},
          {"c-3", Outcome::hire}, {"c-8", Outcome::hire}, {"c-2", Outcome::no_hire}, {"c-6", Outcome::no_hire}}) {
        services::DecisionInput input;
        input.outcome = outcome;
        BOOST_REQUIRE(services::DecisionStore::open(run, candidate)->finalise(input, "Hiring manager").saved());
    }
    std::ofstream(folder.parent_path() / "performance.csv")
        << "candidate_id,performance,date,rater\n"
           "c-1,4.4,2027-06-30,Head of stores\nc-5,4.1,2027-06-30,Head of stores\nc-7,3.2,2027-06-30,Head of stores\n"
           "c-10,3.9,2027-06-30,Head of stores\nc-3,2.9,2027-06-30,Head of stores\nc-8,3.5,2027-06-30,Head of stores\n";
    return folder;
}

} // namespace

// Disabled by default: tests/views/CMakeLists.txt runs it explicitly, once
// per screen, font scale and theme.
BOOST_AUTO_TEST_SUITE(layout, *boost::unit_test::disabled())

BOOST_FIXTURE_TEST_CASE(the_interview_window_holds_on_every_competency, Matrix) {
    for (const std::string language : kLanguages) {
        app::SetUpTranslations(wxString::FromUTF8(language));
        auto* frame = open(scorecard(language, false), language);
        const auto& competencies = library.find("generosity")->rubric.competencies;
        for (std::size_t i = 0; i < competencies.size() && i < 9; ++i) {
            wxCommandEvent go(wxEVT_MENU, XRCID(wxString::Format("competency_%zu", i).c_str()));
            frame->ProcessWindowEvent(go);
            const bool shot = i == 0 || i + 1 == competencies.size();
            Look(*frame, language + " interview, competency " + std::to_string(i + 1),
                 shot ? language + "-interview-" + std::to_string(i + 1) : std::string());
        }
        CloseAll();
    }
}

// How the interview window shares itself out: the competency list's place,
// the question area's, and the rating row's rows (its buttons' tops). Not
// every text's: the same text wrapped to the same width breaks its lines
// differently now and then under GTK on a loaded machine.
struct Split {
    wxRect list, page;
    std::set<int> rating_rows;
    bool operator==(const Split&) const = default;
};

void RatingRows(const wxWindow& w, std::set<int>& tops) {
    for (const auto* child : w.GetChildren()) {
        if (dynamic_cast<const wxToggleButton*>(child))
            tops.insert(child->GetPosition().y);
        RatingRows(*child, tops);
    }
}

Split SplitOf(const wxWindow& frame) {
    Split split{frame.FindWindow("competency_list")->GetRect(), frame.FindWindow("question_area")->GetRect(), {}};
    RatingRows(frame, split.rating_rows);
    return split;
}

std::string Describe(const Split& s) {
    return "list " + Rect(s.list) + ", question area " + Rect(s.page) + ", " + std::to_string(s.rating_rows.size()) +
           " rating rows";
}

// The first layout is the one the window keeps: a resize there and back
// gives the same split. (The list's width follows the window's; set after
// the page was laid out, it waited for the next size event: on MSW, where
// none follows the first, the first layout kept the width of an empty list.)
BOOST_FIXTURE_TEST_CASE(the_interview_window_is_laid_out_at_once_as_after_a_resize, Matrix) {
    for (const std::string language : kLanguages) {
        app::SetUpTranslations(wxString::FromUTF8(language));
        auto* frame = open(scorecard(language, false), language);
        const Split first = SplitOf(*frame);
        const wxSize size = frame->GetSize();
        frame->SetSize(size + frame->FromDIP(wxSize(100, 0)));
        Settle(*frame);
        const Split resized = SplitOf(*frame);
        frame->SetSize(size);
        Settle(*frame);
        const Split again = SplitOf(*frame);
        BOOST_CHECK_MESSAGE(!(resized == first), MatrixPoint() + " " + language + ": a resize changed nothing (" +
                                                     Describe(first) + ")");
        BOOST_CHECK_MESSAGE(again == first, MatrixPoint() + " " + language + ": first " + Describe(first) +
                                                "; after a resize there and back " + Describe(again));
        auto* list = frame->FindWindow("competency_list");
        BOOST_CHECK_MESSAGE(list->GetSize().x >= list->GetMinSize().x,
                            MatrixPoint() + " " + language + ": the competency list is " +
                                std::to_string(list->GetSize().x) + " px wide, under its " +
                                std::to_string(list->GetMinSize().x));
        CloseAll();
    }
}

BOOST_FIXTURE_TEST_CASE(a_submitted_scorecard_shows_its_notes, Matrix) {
    for (const std::string language : kLanguages) {
        app::SetUpTranslations(wxString::FromUTF8(language));
        auto* frame = open(scorecard(language, true), language);
        Look(*frame, language + " submitted interview", language + "-submitted");
        CloseAll();
    }
}

BOOST_FIXTURE_TEST_CASE(the_start_page_summary_and_preferences_fit, Matrix) {
    for (const std::string language : kLanguages) {
        app::SetUpTranslations(wxString::FromUTF8(language));
        auto before = TopLevels();
        app::TheApp().ShowStartPage();
        pump_for(200ms);
        auto* start = Newest(before);
        BOOST_REQUIRE_MESSAGE(start, "no start page");
        Look(*start, language + " start page", language + "-start");

        auto* frame = open(scorecard(language, false), language);
        auto* summary = new app::SummaryDialog(frame, library.find("generosity")->rubric, frame->Session().scorecard(),
                                               language);
        summary->Show();
        Look(*summary, language + " summary", language + "-summary");
        summary->Destroy();

        before = TopLevels();
        app::ShowPreferences(frame);
        pump_for(200ms);
        auto* preferences = Newest(before);
        BOOST_REQUIRE_MESSAGE(preferences, "no preferences window");
        Look(*preferences, language + " preferences", language + "-preferences");
        CloseAll();
    }
}

BOOST_FIXTURE_TEST_CASE(the_compare_window_its_tabs_and_the_decision_dialog_fit, Matrix) {
    // HR's laptop too: the panel fixture (its rubric through EXTRAMILE_RUBRIC_PATH).
    fs::copy(data("panel"), scratch / "panel");
    services::ComparisonRequest request;
    request.paths = {scratch / "panel"};
    const auto run = services::run_comparison(request);
    for (const std::string language : kLanguages) {
        app::SetUpTranslations(wxString::FromUTF8(language));
        auto* frame = new app::CompareFrame({scratch / "panel"});
        frame->Show();
        BOOST_REQUIRE(pump_until([&] { return !frame->IsLoading() && frame->HasComparison(); }));
        frame->Table().SelectCandidates({0});
        frame->ShowSelection();
        auto* tabs = dynamic_cast<wxNotebook*>(frame->FindWindow("details"));
        BOOST_REQUIRE(tabs);
        for (std::size_t page = 0; page < tabs->GetPageCount(); ++page) {
            tabs->SetSelection(page);
            Look(*frame, language + " compare, tab " + std::to_string(page + 1),
                 page == 0 || page == 1 ? language + "-compare-" + std::to_string(page + 1) : std::string());
        }
        auto store = services::DecisionStore::open(run, run.comparison.candidates.front().key);
        auto* dialog = new app::DecisionDialog(frame, *store, run.rubric.rubric, "Ana Pérez",
                                               run.comparison.candidates.front().interviewers, language);
        dialog->Show();
        Look(*dialog, language + " decision", language + "-decision");
        dialog->Destroy();
        CloseAll();
    }
}

BOOST_FIXTURE_TEST_CASE(the_interviewers_tab_and_the_validity_dialog_fit, Matrix) {
    const auto folder = CalibrationFolder(scratch / "calibration" / "panel");
    for (const std::string language : kLanguages) {
        app::SetUpTranslations(wxString::FromUTF8(language));
        auto* frame = new app::CompareFrame({folder});
        frame->Show();
        BOOST_REQUIRE(pump_until([frame] { return !frame->IsLoading() && frame->HasComparison(); }));
        auto* details = dynamic_cast<wxNotebook*>(frame->FindWindow("details"));
        BOOST_REQUIRE(details);
        details->SetSelection(details->GetPageCount() - 1);
        // The whole window, on a panel with offsets to show (the test above
        // has the window's every tab on the small panel).
        Look(*frame, language + " compare window, interviewers", language + "-interviewers");
        auto* validity = frame->CheckPerformance(folder.parent_path() / "performance.csv");
        BOOST_REQUIRE(validity);
        Look(*validity, language + " validity", language + "-validity");
        CloseAll();
    }
}

BOOST_AUTO_TEST_SUITE_END()
