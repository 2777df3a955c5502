// The baselines for the app's start time: the least a wxWidgets program can
// show, an empty frame, started the same way; and with `--with-text`, the
// least an interactive window has, a label and a text field (so the cost of
// GTK's first text, fonts and theme, is known). Quits after `seconds` (argv[1]).
#include <wx/app.h>
#include <wx/frame.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>

#include <cstdlib>

class MinimalApp : public wxApp {
public:
    bool OnInit() override {
        auto* frame = new wxFrame(nullptr, wxID_ANY, "Minimal frame");
        if (argc > 2 && argv[2] == "--with-text") {
            auto* sizer = new wxBoxSizer(wxVERTICAL);
            sizer->Add(new wxStaticText(frame, wxID_ANY, "Candidate's name"));
            sizer->Add(new wxTextCtrl(frame, wxID_ANY));
            frame->SetSizerAndFit(sizer);
        }
        frame->Show();
        const long seconds = argc > 1 ? std::strtol(argv[1].c_str(), nullptr, 10) : 5;
        timer_.Bind(wxEVT_TIMER, [frame](wxTimerEvent&) { frame->Close(); });
        timer_.StartOnce(static_cast<int>(seconds * 1000));
        return true;
    }

private:
    wxTimer timer_;
};

wxIMPLEMENT_APP(MinimalApp);
