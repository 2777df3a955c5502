// Driving modal dialogs from a view test as a person would: message boxes
// answered by a hook (what they said is kept), and a dialog of the app's
// acted on while it is really modal (a timer finds it inside its loop).
#pragma once

#include <boost/test/unit_test.hpp>

#include <wx/modalhook.h>
#include <wx/msgdlg.h>
#include <wx/timer.h>
#include <wx/toplevel.h>

#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace extramile::test {

// Message boxes answered without showing them, in order.
class AnswerMessages : public wxModalDialogHook {
public:
    explicit AnswerMessages(std::deque<int> answers) : answers_(std::move(answers)) { Register(); }
    ~AnswerMessages() override { Unregister(); }
    std::vector<std::string> said;

protected:
    int Enter(wxDialog* dialog) override {
        auto* box = dynamic_cast<wxMessageDialog*>(dialog);
        if (!box)
            return wxID_NONE; // shown for real
        said.push_back((box->GetMessage() + "\n" + box->GetExtendedMessage()).utf8_string());
        if (answers_.empty()) {
            BOOST_ERROR("an unexpected message: " << said.back());
            return wxID_CANCEL;
        }
        const int answer = answers_.front();
        answers_.pop_front();
        return answer;
    }
    void Exit(wxDialog*) override {}

private:
    std::deque<int> answers_;
};

// Runs `step` on the first modal `Dialog` not yet handled once it is open
// (inside its modal loop); a handled one is renamed, since the next one may
// well be made at the same address. Keep the watch until the step ran.
template <class Dialog>
class WhenOpens : public wxTimer {
public:
    explicit WhenOpens(std::function<void(Dialog&)> step) : step_(std::move(step)) { StartOnce(20); }

    void Notify() override {
        for (auto* window : wxTopLevelWindows)
            if (auto* dialog = dynamic_cast<Dialog*>(window);
                dialog && dialog->IsModal() && dialog->GetName() != "handled") {
                dialog->SetName("handled");
                auto step = step_;
                step(*dialog);
                return;
            }
        if (++tries_ < 250)
            StartOnce(20);
        else
            BOOST_ERROR("the dialog did not open");
    }

private:
    std::function<void(Dialog&)> step_;
    int tries_ = 0;
};

} // namespace extramile::test
