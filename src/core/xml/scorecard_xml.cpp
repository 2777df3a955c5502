#include "core/xml/scorecard_xml.hpp"

#include "core/base/timestamp.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/xml/top_level_xml.hpp"
#include "core/xml/attribute_values.hpp"
#include "core/xml/xml_adapter.hpp"

#include <set>
#include <type_traits>

namespace extramile {

namespace {

using tinyxml2::XMLElement;

using xml::control_in;
using xml::is_digest;
using xml::parse_whole;

// One reader for both representations of a file: tinyxml2's tree, and the
// top level read without a tree (top_level_xml.hpp; scores only), so both
// check the same things with the same words.
template <typename Element> class ScorecardReader {
public:
    ScorecardReader(std::string file, ReadDetail detail) : file_(std::move(file)), detail_(detail) {}

    Scorecard read(const Element& root) {
        check_root(root);
        Scorecard s;
        s.id = xml::attribute(root, "id").value_or("");
        if (s.id.empty())
            problem(root, "<scorecard> has no id attribute; every scorecard needs its own id "
                          "(Extra Mile writes a UUID)");
        auto revision = xml::attribute(root, "revision").value_or("0");
        const auto value = parse_whole<long>(revision);
        const bool digits = !revision.empty() && revision.find_first_not_of("0123456789") == std::string::npos;
        if (value && *value >= 0 && *value <= max_revision)
            s.revision = *value;
        else if (digits) // too large even for a long, or past the limit
            problem(root, "revision=\"" + revision + "\" is more than any scorecard reaches (at most " +
                              std::to_string(max_revision) + " saves); the file is damaged: give it the "
                              "revision of its last good copy");
        else
            problem(root, "revision=\"" + revision + "\" is not a whole number of 0 or more");
        auto status = xml::attribute(root, "status").value_or("");
        if (auto value = status_from_string(status))
            s.status = *value;
        else
            problem(root, "status=\"" + status + "\" is not a known status; write "
                          "status=\"draft\" or status=\"submitted\"");

        const Element *rubric = nullptr, *candidate = nullptr, *interviewer = nullptr;
        std::set<std::string> rated;
        for (const auto* e = root.FirstChildElement(); e; e = e->NextSiblingElement()) {
            // Compared as a view: lengths first, not strlen and memcmp for
            // each of the names below (every element of every file).
            const auto local_name = xml::local_name(*e);
            const std::string_view name = local_name;
            if (!xml::in_namespace(*e, scorecard_namespace)) {
                if (detail_ == ReadDetail::everything)
                    s.extensions.push_back(captured(*e));
            } else if (name == "rubric") {
                once(*e, rubric);
                s.rubric.id = xml::attribute(*e, "id").value_or("");
                s.rubric.version = xml::attribute(*e, "version").value_or("");
                s.rubric.digest = xml::attribute(*e, "digest").value_or("");
                if (s.rubric.id.empty())
                    problem(*e, "<rubric> has no id; it names the rubric this scorecard was "
                                "scored against, for example id=\"generosity\"");
                if (!s.rubric.digest.empty() && !is_digest(s.rubric.digest))
                    problem(*e, "digest=\"" + s.rubric.digest + "\" is not \"sha256:\" followed "
                                "by 64 lower-case hexadecimal digits; remove it or correct it");
            } else if (name == "candidate") {
                once(*e, candidate);
                s.candidate_id = name_attribute(*e, "id");
                s.candidate_name = name_attribute(*e, "name");
                s.candidate_role = name_attribute(*e, "role");
                if (s.candidate_name.empty() && s.candidate_id.empty())
                    problem(*e, "<candidate> has neither name nor id; add name=\"...\"");
            } else if (name == "interviewer") {
                once(*e, interviewer);
                s.interviewer = name_attribute(*e, "name");
                if (s.interviewer.empty())
                    problem(*e, "<interviewer> has no name; add name=\"...\"");
            } else if (name == "session") {
                s.started = timestamp(*e, "started");
                s.ended = timestamp(*e, "ended");
                s.language = xml::attribute(*e, "language").value_or("");
                s.at_question = xml::attribute(*e, "at").value_or("");
                const auto elapsed = xml::attribute(*e, "elapsed").value_or("0");
                // 64 bits: a long is 32 on Windows, too small for a century of seconds.
                if (auto seconds = parse_whole<std::int64_t>(elapsed);
                    seconds && *seconds >= 0 && *seconds < std::int64_t{100} * 365 * 86400)
                    s.elapsed_seconds = *seconds;
                else
                    problem(*e, "elapsed=\"" + elapsed + "\" is not a number of seconds");
            } else if (name == "rating") {
                read_rating(*e, s, rated);
            } else if (name == "note") {
                if (auto why = xml::plain_text_problem(*e))
                    problem(*e, *why);
                // Reading scores, a note is checked and not kept: nothing
                // of it is made (most elements of a scorecard are notes).
                const bool kept = detail_ == ReadDetail::everything;
                Note note;
                if (kept)
                    note = {xml::attribute(*e, "question").value_or(""), xml::attribute(*e, "competency").value_or(""),
                            text_of(*e), e->GetLineNum()};
                if (kept ? note.question.empty() && note.competency.empty()
                         : !xml::has_attribute_value(*e, "question") && !xml::has_attribute_value(*e, "competency"))
                    problem(*e, "<note> says neither which question nor which competency it is "
                                "about; add question=\"...\" or competency=\"...\"");
                if (kept)
                    s.notes.push_back(std::move(note));
            } else if (name == "signal") {
                read_signal(*e, s);
            } else if (name == "event") {
                ScorecardEvent event{xml::attribute(*e, "kind").value_or(""), timestamp(*e, "at"),
                                     name_attribute(*e, "by"), xml::attribute(*e, "reason").value_or("")};
                if (event.kind != "submitted" && event.kind != "reopened")
                    problem(*e, "<event> kind=\"" + event.kind + "\" is neither submitted nor reopened");
                // Reading scores, only a reopening is kept (the overdue list
                // counts a draft's age from it); each submitted event kept
                // was an eighth of what a big comparison's scorecards held.
                if (detail_ == ReadDetail::everything || event.kind == "reopened")
                    s.events.push_back(std::move(event));
            } else if (name == "comment") {
                if (auto why = xml::plain_text_problem(*e))
                    problem(*e, *why);
                if (detail_ == ReadDetail::everything)
                    s.comment = text_of(*e);
            } else if (name == "recommendation") {
                auto value = xml::attribute(*e, "value").value_or("");
                if (auto r = recommendation_from_string(value))
                    s.recommendation = r;
                else
                    problem(*e, "recommendation \"" + value + "\" is not one of strong-no, no, "
                                "yes, strong-yes");
            } else if (detail_ == ReadDetail::everything) {
                s.extensions.push_back(captured(*e));
            }
        }
        if (!rubric)
            problem(root, "the scorecard has no <rubric id=\"...\" version=\"...\"/>; it must say "
                          "which rubric it was scored against");
        if (!candidate)
            problem(root, "the scorecard has no <candidate name=\"...\"/>");
        if (!interviewer)
            problem(root, "the scorecard has no <interviewer name=\"...\"/>");
        if (!problems_.empty())
            throw FileError(std::move(problems_));
        if (detail_ == ReadDetail::scores)
            s.ratings.shrink_to_fit(); // kept for the whole comparison: no room grown for an eighth rating
        return s;
    }

private:
    static constexpr bool tree = std::is_same_v<Element, XMLElement>;
    std::string file_;
    ReadDetail detail_;
    std::vector<Problem> problems_;

    // What only a tree has (the top level is read for scores only, which
    // keeps neither).
    static std::string captured(const Element& e) {
        if constexpr (tree)
            return xml::capture(e);
        else
            return {};
    }
    static std::string text_of(const Element& e) {
        if constexpr (tree)
            return xml::text(e);
        else
            return {};
    }

    void problem(const Element& e, std::string message) {
        problems_.push_back({file_, e.GetLineNum(), std::move(message)});
    }

    // A name or id people read (on screen, in a terminal, on paper).
    std::string name_attribute(const Element& e, const char* attribute) {
        auto value = xml::attribute(e, attribute).value_or("");
        if (const auto code = control_in(value); !code.empty())
            problem(e, std::string(attribute) + "=\"...\" of <" + xml::local_name(e) + "> holds the control "
                       "character " + code + ", which no name needs; delete it");
        return value;
    }

    void once(const Element& e, const Element*& seen) {
        if (seen)
            problem(e, "<" + xml::local_name(e) + "> appears a second time (first on line " +
                           std::to_string(seen->GetLineNum()) + "); keep one");
        seen = &e;
    }

    void check_root(const Element& root) {
        const auto uri = xml::namespace_uri(root);
        if (xml::local_name(root) != "scorecard")
            throw FileError(file_, root.GetLineNum(),
                            "the root element is <" + std::string(root.Name()) +
                                ">, not <scorecard>; is this a scorecard file?");
        if (uri != scorecard_namespace)
            throw FileError(file_, root.GetLineNum(),
                            uri.empty() ? "<scorecard> has no namespace; add xmlns=\"" +
                                              std::string(scorecard_namespace) + "\" to it"
                                        : "<scorecard> is in namespace \"" + uri +
                                              "\"; this version of Extra Mile reads \"" +
                                              scorecard_namespace + "\"");
    }

    std::string timestamp(const Element& e, const char* attribute) {
        auto value = xml::attribute(e, attribute).value_or("");
        if (!value.empty() && !parse_timestamp(value))
            problem(e, std::string(attribute) + "=\"" + value + "\" is not a date and time that exists, "
                       "written like 2026-11-22T10:00:00Z (or with an offset: 2026-11-22T11:00:00+01:00)");
        return value;
    }

    void read_rating(const Element& e, Scorecard& s, std::set<std::string>& rated) {
        Rating rating{xml::attribute(e, "competency").value_or(""), std::nullopt, e.GetLineNum()};
        auto value = xml::attribute(e, "value").value_or("");
        if (rating.competency.empty())
            problem(e, "<rating> has no competency attribute; add competency=\"...\"");
        else if (!rated.insert(rating.competency).second)
            problem(e, "competency \"" + rating.competency + "\" is rated twice; keep one rating");
        if (value != "na") {
            rating.value = parse_whole<int>(value);
            if (!rating.value)
                problem(e, "rating value \"" + value + "\" is neither a whole number on the "
                           "scale nor \"na\" (not assessable)");
        }
        s.ratings.push_back(std::move(rating));
    }

    void read_signal(const Element& e, Scorecard& s) {
        SignalMark mark{xml::attribute(e, "competency").value_or(""), SignalKind::green, 0,
                        e.GetLineNum()};
        auto kind = xml::attribute(e, "kind").value_or("");
        if (kind == "red")
            mark.kind = SignalKind::red;
        else if (kind != "green")
            problem(e, "<signal> kind=\"" + kind + "\" is neither green nor red");
        auto index = parse_whole<int>(xml::attribute(e, "index").value_or(""));
        if (!index || *index < 0)
            problem(e, "<signal> needs index=\"N\", the position (from 0) of the flag among the "
                       "competency's flags of that kind");
        else
            mark.index = *index;
        if (mark.competency.empty())
            problem(e, "<signal> has no competency attribute; add competency=\"...\"");
        s.signals.push_back(std::move(mark));
    }
};

} // namespace

std::optional<Scorecard> parse_scores_only(std::string_view text, const std::string& file_name) {
    try {
        const auto document = xml::parse_top_level(text, file_name);
        if (!document)
            return std::nullopt;
        return ScorecardReader<xml::TopLevelElement>(file_name, ReadDetail::scores).read(*document->RootElement());
    } catch (const FileError&) {
        return std::nullopt; // the full reader says what is wrong, in its own words
    }
}

Scorecard parse_scorecard(std::string_view text, const std::string& file_name, ReadDetail detail) {
    if (detail == ReadDetail::scores)
        if (auto scores = parse_scores_only(text, file_name))
            return std::move(*scores);
    auto document = xml::parse(text, file_name);
    return ScorecardReader<XMLElement>(file_name, detail).read(*document->RootElement());
}

Scorecard read_scorecard(const std::filesystem::path& path, ReadDetail detail) {
    return parse_scorecard(read_file_limited(path), path.string(), detail);
}

std::string scorecard_to_xml(const Scorecard& s) {
    tinyxml2::XMLDocument doc;
    auto* root = doc.NewElement("scorecard");
    doc.InsertEndChild(root);
    root->SetAttribute("xmlns", scorecard_namespace);
    xml::set_if_given(*root, "id", s.id);
    root->SetAttribute("revision", static_cast<int64_t>(s.revision));
    root->SetAttribute("status", to_string(s.status));
    auto* rubric = xml::append_child(*root, "rubric");
    xml::set_if_given(*rubric, "id", s.rubric.id);
    xml::set_if_given(*rubric, "version", s.rubric.version);
    xml::set_if_given(*rubric, "digest", s.rubric.digest);
    auto* candidate = xml::append_child(*root, "candidate");
    xml::set_if_given(*candidate, "id", s.candidate_id);
    xml::set_if_given(*candidate, "name", s.candidate_name);
    xml::set_if_given(*candidate, "role", s.candidate_role);
    xml::set_if_given(*xml::append_child(*root, "interviewer"), "name", s.interviewer);
    if (!s.started.empty() || !s.ended.empty() || !s.language.empty() || s.elapsed_seconds > 0 ||
        !s.at_question.empty()) {
        auto* session = xml::append_child(*root, "session");
        xml::set_if_given(*session, "started", s.started);
        xml::set_if_given(*session, "ended", s.ended);
        xml::set_if_given(*session, "language", s.language);
        if (s.elapsed_seconds > 0)
            session->SetAttribute("elapsed", static_cast<int64_t>(s.elapsed_seconds));
        xml::set_if_given(*session, "at", s.at_question);
    }
    for (const auto& r : s.ratings) {
        auto* e = xml::append_child(*root, "rating");
        xml::set_if_given(*e, "competency", r.competency);
        e->SetAttribute("value", r.value ? std::to_string(*r.value).c_str() : "na");
    }
    for (const auto& m : s.signals) {
        auto* e = xml::append_child(*root, "signal");
        xml::set_if_given(*e, "competency", m.competency);
        e->SetAttribute("kind", m.kind == SignalKind::green ? "green" : "red");
        e->SetAttribute("index", m.index);
    }
    for (const auto& n : s.notes) {
        auto* e = xml::append_child(*root, "note");
        xml::set_if_given(*e, "question", n.question);
        xml::set_if_given(*e, "competency", n.competency);
        e->SetText(xml::xml_safe(n.text).c_str());
    }
    if (s.recommendation)
        xml::append_child(*root, "recommendation")->SetAttribute("value", to_string(*s.recommendation));
    if (!s.comment.empty())
        xml::append_child(*root, "comment")->SetText(xml::xml_safe(s.comment).c_str());
    for (const auto& event : s.events) {
        auto* e = xml::append_child(*root, "event");
        xml::set_if_given(*e, "kind", event.kind);
        xml::set_if_given(*e, "at", event.at);
        xml::set_if_given(*e, "by", event.by);
        xml::set_if_given(*e, "reason", event.reason);
    }
    for (const auto& x : s.extensions)
        xml::append_captured(*root, x);
    return xml::print(doc);
}

void save_scorecard(const std::filesystem::path& path, Scorecard& scorecard) {
    // Never wraps: a revision at the limit was refused on reading, and one
    // reached by saving (a save a second for 30 years) stops here.
    if (scorecard.revision < 0 || scorecard.revision >= max_revision)
        throw FileError(path.string(), 0,
                        "this scorecard has reached its last revision (" + std::to_string(max_revision) +
                            "); save a copy of it as a new scorecard");
    Scorecard next = scorecard;
    ++next.revision;
    write_file_atomically(path, scorecard_to_xml(next), 0600);
    scorecard = std::move(next); // only once the file holds it
}

} // namespace extramile
