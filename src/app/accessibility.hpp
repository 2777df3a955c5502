// What a screen reader learns about a window beyond its own text: which
// label names a control, which text describes it, that a window is a
// dialog. wxAccessible exists only on MSW in wx 3.2, so each port has its
// own part: accessibility_gtk.cpp speaks ATK (what AT-SPI and Orca read),
// accessibility_none.cpp does nothing where the toolkit has no such tree.
//
// wxGTK guesses label relations by itself: each wxStaticText becomes the
// label of the next focusable sibling. That is right for "&Name: [field]"
// and wrong for a text under a button (it names the next button) or a
// heading over a group (it names whatever comes after the group). These
// calls replace the guess, and keep it replaced when wx guesses again.
#pragma once

#include <wx/string.h>

class wxTopLevelWindow;
class wxWindow;

namespace extramile::app::a11y {

// The name a control is read by, for one that has no label of its own
// (a list under a text that is not its label): replaces any label GTK guessed.
void SetName(wxWindow& control, const wxString& name);
// The description read after the name and role (e.g. a rating's anchor).
void SetDescription(wxWindow& control, const wxString& description);
// `label` names `control`: the relation both ways, replacing the control's
// other labels. A label may name several controls (a heading over a group).
void LabelledBy(wxWindow& control, wxWindow& label);
// `text` describes `control`: its words become the control's description,
// with the relation both ways, and `text` no longer names any control.
void DescribedBy(wxWindow& control, wxWindow& text);
// Windows of ours that are dialogs say so (GTK reports every window a wx
// dialog makes as a frame): from now on, every wxDialog shown.
void StartMarkingDialogs();
void StopMarkingDialogs(); // before the program ends
void MarkAsDialog(wxTopLevelWindow& window);

} // namespace extramile::app::a11y
