// The Help menu every window shares: the user guide, the questions to avoid
// in an interview, and About.
#pragma once

class wxMenu;
class wxFrame;

namespace extramile::app {

void AppendHelpItems(wxMenu& help);
void BindHelpItems(wxFrame& frame);

// The reminder of questions not to ask (protected traits), one key away.
void ShowQuestionsToAvoid(wxFrame& parent);

} // namespace extramile::app
