// accessibility.hpp on wxGTK: ATK, the tree the AT-SPI bridge shows to
// screen readers. Relations set here win over the ones GTK derives from a
// label's mnemonic widget (GTK adds those only while none of the kind is
// set), and the mnemonic widgets wx assigns on each idle are put back.
#include "accessibility.hpp"

#include <wx/control.h>
#include <wx/dialog.h>
#include <wx/eventfilter.h>
#include <wx/toplevel.h>
#include <wx/window.h>

#include <gtk/gtk.h>

#include <memory>

namespace extramile::app::a11y {

namespace {

// What a screen reader talks to: the widget that takes the focus (a text
// field's view, not its scrolled frame).
AtkObject* AccessibleOf(wxWindow& window) {
    GtkWidget* widget = window.GetConnectWidget();
    return widget ? gtk_widget_get_accessible(widget) : nullptr;
}

// Removes `object`'s relations of `type`, and their reciprocals on the
// other side (the label that named this control no longer names it).
void Unrelate(AtkObject* object, AtkRelationType type, AtkRelationType reciprocal) {
    AtkRelationSet* set = atk_object_ref_relation_set(object);
    while (AtkRelation* relation = atk_relation_set_get_relation_by_type(set, type)) {
        GPtrArray* targets = atk_relation_get_target(relation);
        for (guint i = 0; i < targets->len; ++i) {
            auto* other = ATK_OBJECT(g_ptr_array_index(targets, i));
            AtkRelationSet* other_set = atk_object_ref_relation_set(other);
            if (AtkRelation* back = atk_relation_set_get_relation_by_type(other_set, reciprocal)) {
                atk_relation_remove_target(back, object);
                if (atk_relation_get_target(back)->len == 0)
                    atk_relation_set_remove(other_set, back);
            }
            g_object_unref(other_set);
        }
        atk_relation_set_remove(set, relation);
    }
    g_object_unref(set);
}

// The mnemonic widget a label keeps: wx sets every label's to the next
// focusable sibling whenever its parent's tab order changes; this puts
// ours back each time. Held weakly: the target may go first.
struct MnemonicPin {
    GWeakRef target;
};
constexpr const char* pin_key = "extramile-mnemonic-pin";

void KeepPinned(GObject* label, GParamSpec*, gpointer data) {
    auto* pin = static_cast<MnemonicPin*>(data);
    auto* wanted = static_cast<GtkWidget*>(g_weak_ref_get(&pin->target));
    if (gtk_label_get_mnemonic_widget(GTK_LABEL(label)) != wanted)
        gtk_label_set_mnemonic_widget(GTK_LABEL(label), wanted); // notifies again, then matches
    if (wanted)
        g_object_unref(wanted);
}

MnemonicPin* PinOf(GtkWidget* label) {
    auto* pin = static_cast<MnemonicPin*>(g_object_get_data(G_OBJECT(label), pin_key));
    if (!pin) {
        pin = new MnemonicPin;
        g_weak_ref_init(&pin->target, nullptr);
        g_object_set_data_full(G_OBJECT(label), pin_key, pin, [](gpointer data) {
            auto* p = static_cast<MnemonicPin*>(data);
            g_weak_ref_clear(&p->target);
            delete p;
        });
        g_signal_connect(label, "notify::mnemonic-widget", G_CALLBACK(KeepPinned), pin);
    }
    return pin;
}

// `label` (a wxStaticText) activates `target`, or nothing. With
// `first_only`, a label already pinned to a live widget keeps it (a
// heading over several controls points to the first).
void PinMnemonic(wxWindow& label, GtkWidget* target, bool first_only) {
    GtkWidget* widget = label.GetConnectWidget();
    if (!widget || !GTK_IS_LABEL(widget))
        return;
    MnemonicPin* pin = PinOf(widget);
    if (GObject* current = first_only ? static_cast<GObject*>(g_weak_ref_get(&pin->target)) : nullptr)
        g_object_unref(current);
    else
        g_weak_ref_set(&pin->target, target);
    KeepPinned(G_OBJECT(widget), nullptr, pin);
}

wxString OneLine(wxString text) {
    // A wrapped wxStaticText holds its line breaks in its label.
    text.Replace("\n", " ");
    return text.Strip(wxString::both);
}

class DialogMarker : public wxEventFilter {
public:
    int FilterEvent(wxEvent& event) override {
        if (event.GetEventType() == wxEVT_SHOW)
            // dynamic_cast, not wxDynamicCast: that macro casts to the type
            // before it checks it, undefined for any other window (UBSan).
            if (auto* dialog = dynamic_cast<wxDialog*>(event.GetEventObject()))
                MarkAsDialog(*dialog);
        return Event_Skip;
    }
};
std::unique_ptr<DialogMarker> dialog_marker;

} // namespace

void SetName(wxWindow& control, const wxString& name) {
    if (AtkObject* object = AccessibleOf(control)) {
        Unrelate(object, ATK_RELATION_LABELLED_BY, ATK_RELATION_LABEL_FOR);
        atk_object_set_name(object, OneLine(name).utf8_str());
    }
}

void SetDescription(wxWindow& control, const wxString& description) {
    if (AtkObject* object = AccessibleOf(control))
        atk_object_set_description(object, OneLine(description).utf8_str());
}

void LabelledBy(wxWindow& control, wxWindow& label) {
    AtkObject* object = AccessibleOf(control);
    AtkObject* label_object = AccessibleOf(label);
    if (!object || !label_object)
        return;
    // Mnemonics first: moving one makes GTK drop and derive relations.
    PinMnemonic(label, control.GetConnectWidget(), true);
    Unrelate(object, ATK_RELATION_LABELLED_BY, ATK_RELATION_LABEL_FOR);
    atk_object_add_relationship(object, ATK_RELATION_LABELLED_BY, label_object);
    atk_object_add_relationship(label_object, ATK_RELATION_LABEL_FOR, object);
    // A group (a panel) has no words of its own: the label's are its name.
    const char* name = atk_object_get_name(object);
    if (!name || !*name)
        atk_object_set_name(object, OneLine(wxControl::RemoveMnemonics(label.GetLabel())).utf8_str());
}

void DescribedBy(wxWindow& control, wxWindow& text) {
    AtkObject* object = AccessibleOf(control);
    AtkObject* text_object = AccessibleOf(text);
    if (!object || !text_object)
        return;
    PinMnemonic(text, nullptr, false);
    Unrelate(text_object, ATK_RELATION_LABEL_FOR, ATK_RELATION_LABELLED_BY);
    Unrelate(object, ATK_RELATION_DESCRIBED_BY, ATK_RELATION_DESCRIPTION_FOR);
    atk_object_add_relationship(object, ATK_RELATION_DESCRIBED_BY, text_object);
    atk_object_add_relationship(text_object, ATK_RELATION_DESCRIPTION_FOR, object);
    atk_object_set_description(object, OneLine(wxControl::RemoveMnemonics(text.GetLabel())).utf8_str());
}

void MarkAsDialog(wxTopLevelWindow& window) {
    if (GtkWidget* widget = window.GetHandle())
        atk_object_set_role(gtk_widget_get_accessible(widget), ATK_ROLE_DIALOG);
}

void StartMarkingDialogs() {
    if (dialog_marker)
        return;
    dialog_marker = std::make_unique<DialogMarker>();
    wxEvtHandler::AddFilter(dialog_marker.get());
}

void StopMarkingDialogs() {
    if (!dialog_marker)
        return;
    wxEvtHandler::RemoveFilter(dialog_marker.get());
    dialog_marker.reset();
}

} // namespace extramile::app::a11y
