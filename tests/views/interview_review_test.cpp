// Finishing an interview as an interviewer does: the review shows what is
// missing, each item goes there, the recommendation is read back, and an
// incomplete scorecard is submitted only after a question that names what is
// unrated. The review is driven while it is really modal; the message boxes
// are answered by a hook that records what they said.
#include "modal_dialogs.hpp"
#include "wx_session.hpp"

#include "test_paths.hpp"

#include "app/interview_frame.hpp"
#include "app/summary_dialog.hpp"

#include "core/storage/new_interview.hpp"
#include "core/storage/rubric_library.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <boost/test/unit_test.hpp>

#include <wx/app.h>
#include <wx/hyperlink.h>
#include <wx/listbox.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/xrc/xmlres.h>

#include <deque>
#include <functional>
#include <memory>

using namespace extramile;
using namespace extramile::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

std::vector<std::unique_ptr<WhenOpens<app::SummaryDialog>>> watches;

void WhenReviewOpens(std::function<void(app::SummaryDialog&)> step) {
    watches.push_back(std::make_unique<WhenOpens<app::SummaryDialog>>(std::move(step)));
}

std::vector<wxHyperlinkCtrl*> Links(wxWindow& window) {
    std::vector<wxHyperlinkCtrl*> links;
    for (auto* child : window.GetChildren()) {
        if (auto* link = dynamic_cast<wxHyperlinkCtrl*>(child))
            links.push_back(link);
        for (auto* inner : Links(*child))
            links.push_back(inner);
    }
    return links;
}

void Follow(wxHyperlinkCtrl& link) {
    wxHyperlinkEvent event(&link, link.GetId(), link.GetURL());
    link.GetEventHandler()->ProcessEvent(event);
}

void Choose(app::SummaryDialog& review, int item) {
    auto* list = XRCCTRL(review, "recommendation", wxListBox);
    list->SetSelection(item);
    wxCommandEvent chosen(wxEVT_LISTBOX, list->GetId());
    chosen.SetEventObject(list);
    chosen.SetInt(item);
    list->GetEventHandler()->ProcessEvent(chosen);
}

void Press(app::SummaryDialog& review, int id) {
    wxCommandEvent pressed(wxEVT_BUTTON, id);
    pressed.SetEventObject(review.FindWindow(id));
    review.FindWindow(id)->GetEventHandler()->ProcessEvent(pressed);
}

struct HalfDoneInterview {
    HalfDoneInterview() {
        library.add_file(source("rubrics/generosity.rubric.xml"));
        rubric = library.find("generosity");
        auto scorecard = new_scorecard(*rubric, {"Ana Pérez", "", "", "Luca Bianchi"});
        const auto& competencies = rubric->rubric.competencies;
        scorecard.rate(competencies[0].id, 4); // one of seven rated
        scorecard.set_note(competencies[0].questions[0].id, "Trained a junior on returns.");
        path = create_scorecard_file(scratch / "scorecards", scorecard);
        Scorecard read;
        auto store = services::ScorecardStore::open(path, "Luca Bianchi", read);
        frame = new app::InterviewFrame(std::move(store), std::move(read), *rubric, "en");
        frame->Show();
        pump_for(300ms);
    }
    ~HalfDoneInterview() {
        watches.clear();
        frame->Destroy();
        pump_for(100ms);
    }
    void finish() {
        wxCommandEvent finish(wxEVT_MENU, XRCID("finish_interview"));
        frame->ProcessWindowEvent(finish); // returns when the review has closed
    }
    std::string name(std::size_t competency) const { return rubric->rubric.competencies[competency].name.get("en"); }

    ScratchFolder scratch;
    RubricLibrary library;
    const RubricEntry* rubric = nullptr;
    fs::path path;
    app::InterviewFrame* frame = nullptr;
};

} // namespace

BOOST_AUTO_TEST_SUITE(interview_review)

BOOST_FIXTURE_TEST_CASE(the_review_lists_what_is_missing_and_each_item_goes_there, HalfDoneInterview) {
    std::vector<std::string> labels;
    WhenReviewOpens([&](app::SummaryDialog& review) {
        wxHyperlinkCtrl* third = nullptr;
        for (auto* link : Links(review)) {
            labels.push_back(link->GetLabel().utf8_string());
            if (labels.back() == "Not rated: " + name(2))
                third = link;
        }
        if (!third) {
            review.EndModal(wxID_CANCEL);
            return;
        }
        Follow(*third);
    });
    finish();
    const auto& competencies = rubric->rubric.competencies;
    // Six unrated competencies, and every question without notes, named with its competency.
    BOOST_TEST(std::count_if(labels.begin(), labels.end(), [](auto& l) { return l.starts_with("Not rated: "); }) ==
               static_cast<long>(competencies.size() - 1));
    BOOST_TEST(std::count(labels.begin(), labels.end(), "Not rated: " + name(0)) == 0); // the rated one is not missing
    BOOST_TEST(std::count_if(labels.begin(), labels.end(),
                             [&](auto& l) { return l.starts_with("No notes: " + name(1) + " – "); }) ==
               static_cast<long>(competencies[1].questions.size()));
    BOOST_TEST(frame->Session().position().competency == 2); // the link went there
    BOOST_TEST(!read_scorecard(path).submitted());
}

BOOST_FIXTURE_TEST_CASE(a_note_link_goes_to_its_question, HalfDoneInterview) {
    const auto& target = rubric->rubric.competencies[3].questions.back();
    WhenReviewOpens([&](app::SummaryDialog& review) {
        for (auto* link : Links(review))
            if (link->GetToolTipText().utf8_string() == "No notes: " + name(3) + " – " + target.text.get("en")) {
                Follow(*link);
                return;
            }
        review.EndModal(wxID_CANCEL);
    });
    finish();
    BOOST_TEST(frame->Session().question().id == target.id);
}

BOOST_FIXTURE_TEST_CASE(submitting_unrated_competencies_asks_names_them_and_reads_the_choice_back, HalfDoneInterview) {
    AnswerMessages answers({wxID_NO, wxID_YES}); // first "Go back", then "Submit anyway"
    std::string read_back;
    int reviews = 0;
    std::function<void(app::SummaryDialog&)> step = [&](app::SummaryDialog& review) {
        ++reviews;
        if (reviews == 1) {
            BOOST_TEST(!review.GetRecommendation()); // nothing chosen for the interviewer
            Choose(review, 2);                       // "Yes"
            read_back = XRCCTRL(review, "recommendation_readback", wxStaticText)->GetLabel().utf8_string();
            XRCCTRL(review, "comment", wxTextCtrl)->ChangeValue("Kind with juniors.");
        } else {
            // Back from "Go back": what was chosen and written is still there.
            BOOST_TEST((review.GetRecommendation() == Recommendation::yes));
            BOOST_TEST(review.GetComment() == "Kind with juniors.");
        }
        if (reviews == 1)
            WhenReviewOpens(step); // the review again, after "Go back"
        Press(review, wxID_OK);
    };
    WhenReviewOpens(step);
    finish();
    BOOST_TEST(read_back == "You recommend: Yes");
    BOOST_TEST(reviews == 2);
    BOOST_REQUIRE(answers.said.size() == 2u);
    for (std::size_t c = 1; c < rubric->rubric.competencies.size(); ++c)
        BOOST_TEST(answers.said[0].find(name(c)) != std::string::npos, "the question names " << name(c));
    BOOST_TEST(answers.said[0].find(name(0)) == std::string::npos);
    BOOST_TEST(answers.said[0].find("\"Yes\"") != std::string::npos);
    BOOST_TEST(pump_until([&] { return read_scorecard(path).submitted(); }, 5s));
    const auto saved = read_scorecard(path);
    BOOST_TEST((saved.recommendation == Recommendation::yes));
    BOOST_TEST(saved.comment == "Kind with juniors.");
}

BOOST_FIXTURE_TEST_CASE(keep_interviewing_submits_nothing, HalfDoneInterview) {
    AnswerMessages answers({});
    WhenReviewOpens([](app::SummaryDialog& review) {
        Choose(review, 3);
        Press(review, wxID_CANCEL);
    });
    finish();
    pump_for(300ms);
    BOOST_TEST(!read_scorecard(path).submitted());
    BOOST_TEST(answers.said.empty());
}

BOOST_AUTO_TEST_SUITE_END()
