#include "core/xml/decision_xml.hpp"

#include "core/base/timestamp.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/xml/attribute_values.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "core/xml/xml_adapter.hpp"

#include <map>
#include <set>

namespace extramile {

namespace {

using tinyxml2::XMLElement;

class DecisionReader {
public:
    explicit DecisionReader(std::string file) : file_(std::move(file)) {}

    Decision read(const XMLElement& root) {
        check_root(root);
        Decision d;
        d.id = xml::attribute(root, "id").value_or("");
        if (d.id.empty())
            problem(root, "<decision> has no id attribute; every decision record needs its own id "
                          "(Extra Mile writes a UUID)");
        d.revision = revision(root, "revision", "<decision>", "0");
        const auto status = xml::attribute(root, "status").value_or("");
        if (auto value = decision_status_from_string(status))
            d.status = *value;
        else
            problem(root, "status=\"" + status + "\" is not a known status; write status=\"draft\" or "
                          "status=\"final\"");

        const XMLElement *candidate = nullptr, *rubric = nullptr, *outcome = nullptr, *decided = nullptr;
        std::map<std::string, int> members, basis, reasons; // what was seen, and on which line
        for (const auto* e = root.FirstChildElement(); e; e = e->NextSiblingElement()) {
            const auto name = xml::local_name(*e);
            if (xml::namespace_uri(*e) != decision_namespace) {
                d.extensions.push_back(xml::capture(*e));
            } else if (name == "candidate") {
                once(*e, candidate);
                d.candidate_id = name_attribute(*e, "id");
                d.candidate_name = name_attribute(*e, "name");
                d.candidate_role = name_attribute(*e, "role");
                if (d.candidate_id.empty() && d.candidate_name.empty())
                    problem(*e, "<candidate> has neither name nor id; add name=\"...\" (and id=\"...\" "
                                "when the scorecards give one)");
            } else if (name == "rubric") {
                once(*e, rubric);
                d.rubric.id = xml::attribute(*e, "id").value_or("");
                d.rubric.version = xml::attribute(*e, "version").value_or("");
                d.rubric.digest = xml::attribute(*e, "digest").value_or("");
                if (d.rubric.id.empty())
                    problem(*e, "<rubric> has no id; it names the rubric of the comparison, for "
                                "example id=\"generosity\", or leave the element out");
                if (!d.rubric.digest.empty() && !xml::is_digest(d.rubric.digest))
                    problem(*e, "digest=\"" + d.rubric.digest + "\" is not \"sha256:\" followed by 64 "
                                "lower-case hexadecimal digits; remove it or correct it");
            } else if (name == "outcome") {
                once(*e, outcome);
                const auto value = xml::attribute(*e, "value").value_or("");
                if (auto o = outcome_from_string(value))
                    d.outcome = o;
                else
                    problem(*e, "outcome \"" + value + "\" is not one of hire, no-hire, hold, next-stage");
            } else if (name == "decided") {
                once(*e, decided);
                d.decided_by = name_attribute(*e, "by");
                d.decided_at = timestamp(*e, "at");
            } else if (name == "member") {
                const auto member = name_attribute(*e, "name");
                if (member.empty())
                    problem(*e, "<member> has no name; add name=\"...\" (one element per person present)");
                else if (const auto [it, added] = members.try_emplace(member, e->GetLineNum()); !added)
                    problem(*e, "\"" + member + "\" is named a second time as present (first on line " +
                                    std::to_string(it->second) + "); keep one");
                else
                    d.members.push_back(member);
            } else if (name == "basis") {
                BasisEntry entry{xml::attribute(*e, "scorecard").value_or(""), revision(*e, "revision", "<basis>"),
                                 xml::attribute(*e, "digest").value_or("")};
                if (entry.scorecard.empty())
                    problem(*e, "<basis> has no scorecard attribute: the id of the scorecard it was based on");
                else if (const auto [it, added] = basis.try_emplace(entry.scorecard, e->GetLineNum()); !added)
                    problem(*e, "scorecard " + entry.scorecard + " is in the basis a second time (first on line " +
                                    std::to_string(it->second) + "); keep one");
                if (!xml::is_digest(entry.digest))
                    problem(*e, "<basis> digest=\"" + entry.digest + "\" is not \"sha256:\" followed by 64 "
                                "lower-case hexadecimal digits: the digest of the scorecard file as it was read");
                d.basis.push_back(std::move(entry));
            } else if (name == "reason") {
                DecisionReason reason{xml::attribute(*e, "competency").value_or(""), xml::text(*e), e->GetLineNum()};
                const auto about = reason.competency.empty() ? std::string("the overall reason")
                                                             : "the reason about \"" + reason.competency + "\"";
                if (auto why = xml::plain_text_problem(*e))
                    problem(*e, *why);
                else if (reason.text.empty())
                    problem(*e, "<reason> is empty; write why, or leave the element out");
                if (const auto [it, added] = reasons.try_emplace(reason.competency, e->GetLineNum()); !added)
                    problem(*e, about + " is given a second time (first on line " + std::to_string(it->second) +
                                    "); keep one");
                d.reasons.push_back(std::move(reason));
            } else if (name == "event") {
                DecisionEvent event{xml::attribute(*e, "kind").value_or(""), timestamp(*e, "at"),
                                    name_attribute(*e, "by"), xml::attribute(*e, "reason").value_or("")};
                if (event.kind != "finalised" && event.kind != "reopened")
                    problem(*e, "<event> kind=\"" + event.kind + "\" is neither finalised nor reopened");
                if (event.at.empty())
                    problem(*e, "<event> has no at=\"...\": when it happened, like 2026-11-25T16:00:00Z");
                if (event.kind == "reopened" && event.reason.empty())
                    problem(*e, "a reopened decision says why: add reason=\"...\" to the <event>");
                d.events.push_back(std::move(event));
            } else {
                d.extensions.push_back(xml::capture(*e));
            }
        }
        if (!candidate)
            problem(root, "the decision has no <candidate name=\"...\"/>: whom it is about");
        if (d.is_final()) {
            if (!outcome)
                problem(root, "a final decision has an <outcome value=\"...\"/> (hire, no-hire, hold or "
                              "next-stage); add it, or make the status draft");
            if (d.decided_by.empty() || d.decided_at.empty())
                problem(decided ? *decided : root,
                        "a final decision says who decided and when: <decided by=\"...\" at=\"...\"/>");
        }
        if (!problems_.empty())
            throw FileError(std::move(problems_));
        return d;
    }

private:
    std::string file_;
    std::vector<Problem> problems_;

    void problem(const XMLElement& e, std::string message) {
        problems_.push_back({file_, e.GetLineNum(), std::move(message)});
    }

    void once(const XMLElement& e, const XMLElement*& seen) {
        if (seen)
            problem(e, "<" + xml::local_name(e) + "> appears a second time (first on line " +
                           std::to_string(seen->GetLineNum()) + "); keep one");
        seen = &e;
    }

    // A name people read (on screen, in a terminal, on paper).
    std::string name_attribute(const XMLElement& e, const char* attribute) {
        auto value = xml::attribute(e, attribute).value_or("");
        if (const auto code = xml::control_in(value); !code.empty())
            problem(e, std::string(attribute) + "=\"...\" of <" + xml::local_name(e) + "> holds the control "
                       "character " + code + ", which no name needs; delete it");
        return value;
    }

    long revision(const XMLElement& e, const char* attribute, const std::string& where, const char* absent = "") {
        const auto text = xml::attribute(e, attribute).value_or(absent);
        const auto value = xml::parse_whole<long>(text);
        if (value && *value >= 0 && *value <= max_revision)
            return *value;
        problem(e, where + " " + attribute + "=\"" + text + "\" is not a whole number from 0 to " +
                       std::to_string(max_revision));
        return 0;
    }

    std::string timestamp(const XMLElement& e, const char* attribute) {
        auto value = xml::attribute(e, attribute).value_or("");
        if (!value.empty() && !parse_timestamp(value))
            problem(e, std::string(attribute) + "=\"" + value + "\" is not a date and time that exists, "
                       "written like 2026-11-25T16:00:00Z (or with an offset: 2026-11-25T17:00:00+01:00)");
        return value;
    }

    void check_root(const XMLElement& root) {
        const auto uri = xml::namespace_uri(root);
        if (xml::local_name(root) != "decision")
            throw FileError(file_, root.GetLineNum(),
                            "the root element is <" + std::string(root.Name()) +
                                ">, not <decision>; is this a decision record?");
        if (uri != decision_namespace)
            throw FileError(file_, root.GetLineNum(),
                            uri.empty() ? "<decision> has no namespace; add xmlns=\"" +
                                              std::string(decision_namespace) + "\" to it"
                                        : "<decision> is in namespace \"" + uri +
                                              "\"; this version of Extra Mile reads \"" + decision_namespace + "\"");
    }
};

} // namespace

Decision parse_decision(std::string_view text, const std::string& file_name) {
    auto document = xml::parse(text, file_name);
    return DecisionReader(file_name).read(*document->RootElement());
}

Decision read_decision(const std::filesystem::path& path) {
    return parse_decision(read_file_limited(path), path.string());
}

std::string decision_to_xml(const Decision& d) {
    tinyxml2::XMLDocument doc;
    auto* root = doc.NewElement("decision");
    doc.InsertEndChild(root);
    root->SetAttribute("xmlns", decision_namespace);
    xml::set_if_given(*root, "id", d.id);
    root->SetAttribute("revision", static_cast<int64_t>(d.revision));
    root->SetAttribute("status", to_string(d.status));
    auto* candidate = xml::append_child(*root, "candidate");
    xml::set_if_given(*candidate, "id", d.candidate_id);
    xml::set_if_given(*candidate, "name", d.candidate_name);
    xml::set_if_given(*candidate, "role", d.candidate_role);
    if (!d.rubric.id.empty()) {
        auto* rubric = xml::append_child(*root, "rubric");
        xml::set_if_given(*rubric, "id", d.rubric.id);
        xml::set_if_given(*rubric, "version", d.rubric.version);
        xml::set_if_given(*rubric, "digest", d.rubric.digest);
    }
    if (d.outcome)
        xml::append_child(*root, "outcome")->SetAttribute("value", to_string(*d.outcome));
    if (!d.decided_by.empty() || !d.decided_at.empty()) {
        auto* decided = xml::append_child(*root, "decided");
        xml::set_if_given(*decided, "by", d.decided_by);
        xml::set_if_given(*decided, "at", d.decided_at);
    }
    for (const auto& member : d.members)
        xml::set_if_given(*xml::append_child(*root, "member"), "name", member);
    for (const auto& entry : d.basis) {
        auto* e = xml::append_child(*root, "basis");
        xml::set_if_given(*e, "scorecard", entry.scorecard);
        e->SetAttribute("revision", static_cast<int64_t>(entry.revision));
        xml::set_if_given(*e, "digest", entry.digest);
    }
    for (const auto& reason : d.reasons) {
        auto* e = xml::append_child(*root, "reason");
        xml::set_if_given(*e, "competency", reason.competency);
        e->SetText(xml::xml_safe(reason.text).c_str());
    }
    for (const auto& event : d.events) {
        auto* e = xml::append_child(*root, "event");
        xml::set_if_given(*e, "kind", event.kind);
        xml::set_if_given(*e, "at", event.at);
        xml::set_if_given(*e, "by", event.by);
        xml::set_if_given(*e, "reason", event.reason);
    }
    for (const auto& x : d.extensions)
        xml::append_captured(*root, x);
    return xml::print(doc);
}

} // namespace extramile
