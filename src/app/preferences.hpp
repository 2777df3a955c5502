// Edit > Preferences: the settings of AppConfig in wxPreferencesEditor
// pages laid out in forms/preferences.xrc. Changes apply at once.
#pragma once

class wxFrame;
class wxMenu;
class wxWindow;

namespace extramile::app {

void ShowPreferences(wxWindow* parent);
// Edit > Preferences… (Ctrl+,) in `menu`, bound in `frame`.
void AppendPreferencesItem(wxMenu& menu, wxFrame& frame);
// Before the program ends.
void ClosePreferences();

} // namespace extramile::app
