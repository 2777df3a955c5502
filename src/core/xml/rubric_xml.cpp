#include "core/xml/rubric_xml.hpp"

#include "core/storage/atomic_file.hpp"
#include "core/xml/xml_adapter.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <set>

namespace extramile {

namespace {

using tinyxml2::XMLElement;

std::optional<int> parse_int(const std::string& s) {
    int value = 0;
    auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (error != std::errc() || end != s.data() + s.size() || s.empty())
        return std::nullopt;
    return value;
}

std::optional<double> parse_number(const std::string& s) {
    double value = 0;
    auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (error != std::errc() || end != s.data() + s.size() || s.empty() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::string format_number(double value) {
    char buffer[64];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    (void)error; // 64 bytes hold any double
    return std::string(buffer, end);
}

class RubricReader {
public:
    explicit RubricReader(std::string file) : file_(std::move(file)) {}

    Rubric read(const XMLElement& root) {
        Rubric rubric;
        check_root(root);
        rubric.id = required_id(root, "the rubric");
        rubric.version = required(root, "version", "the rubric", "for example version=\"1.0\"");
        bool has_scale = false;
        for (const auto* e = root.FirstChildElement(); e; e = e->NextSiblingElement()) {
            const auto name = xml::local_name(*e);
            if (!ours(*e)) {
                rubric.extensions.push_back(xml::capture(*e));
            } else if (name == "title") {
                read_text(*e, rubric.title, "the rubric title");
            } else if (name == "description") {
                read_text(*e, rubric.description, "the rubric description");
            } else if (name == "scale") {
                if (has_scale)
                    problem(*e, "there is a second <scale>; a rubric has exactly one");
                has_scale = true;
                rubric.scale = read_scale(*e);
            } else if (name == "competency") {
                rubric.competencies.push_back(read_competency(*e, rubric.scale, has_scale));
            } else {
                rubric.extensions.push_back(xml::capture(*e));
            }
        }
        if (!rubric.title.has("en"))
            problem(root, "the rubric has no English <title xml:lang=\"en\">; add one (English is "
                          "the fallback for every language)");
        if (!has_scale)
            problem(root, "the rubric has no <scale>; add one before the competencies, for "
                          "example <scale min=\"1\" max=\"5\">");
        if (rubric.competencies.empty())
            problem(root, "the rubric has no <competency>; add at least one");
        if (!problems_.empty())
            throw FileError(std::move(problems_));
        return rubric;
    }

private:
    std::string file_;
    std::vector<Problem> problems_;
    std::set<std::string> ids_;

    void problem(const XMLElement& e, std::string message) {
        problems_.push_back({file_, e.GetLineNum(), std::move(message)});
    }

    bool ours(const XMLElement& e) const { return xml::namespace_uri(e) == rubric_namespace; }

    void check_root(const XMLElement& root) {
        const auto name = xml::local_name(root);
        const auto uri = xml::namespace_uri(root);
        if (name != "rubric")
            throw FileError(file_, root.GetLineNum(),
                            "the root element is <" + std::string(root.Name()) +
                                ">, not <rubric>; is this a rubric file?");
        if (uri.empty())
            throw FileError(file_, root.GetLineNum(),
                            "<rubric> has no namespace; add xmlns=\"" +
                                std::string(rubric_namespace) + "\" to it");
        if (uri != rubric_namespace)
            throw FileError(file_, root.GetLineNum(),
                            "<rubric> is in namespace \"" + uri + "\"; this version of Extra Mile "
                            "reads \"" + rubric_namespace + "\"");
    }

    std::string required(const XMLElement& e, const char* attribute, const std::string& what,
                         const std::string& hint) {
        auto value = xml::attribute(e, attribute);
        if (!value || value->empty()) {
            problem(e, what + " has no " + attribute + " attribute; add one, " + hint);
            return {};
        }
        return *value;
    }

    // ids are unique across the rubric: competencies and questions share one space.
    std::string required_id(const XMLElement& e, const std::string& what) {
        auto id = required(e, "id", what, "a short name of letters, digits, '.', '-' or '_'");
        if (id.empty())
            return id;
        for (unsigned char c : id)
            if (!(std::isalnum(c) || c == '.' || c == '-' || c == '_')) {
                problem(e, "the id \"" + id + "\" has characters other than letters, digits, "
                           "'.', '-' and '_'; ids are names for programs, not for people");
                return id;
            }
        if (&e != e.GetDocument()->RootElement() && !ids_.insert(id).second)
            problem(e, "the id \"" + id + "\" is used twice; every competency and question "
                       "needs its own id");
        return id;
    }

    // The element's text, or a problem when it holds anything but text.
    std::string plain_text(const XMLElement& e) {
        if (auto why = xml::plain_text_problem(e))
            problem(e, *why);
        return xml::text(e, xml::Whitespace::collapse);
    }

    void read_text(const XMLElement& e, LocalizedText& target, const std::string& what) {
        auto lang = xml::lang(e);
        if (lang.empty())
            lang = "en";
        auto text = plain_text(e);
        if (text.empty())
            problem(e, what + " (" + lang + ") is empty; write the text or remove the element");
        if (target.has(lang))
            problem(e, what + " appears twice in language \"" + lang +
                           "\"; keep one per language");
        target.set(lang, std::move(text));
    }

    // Repeated texts (probes, signals): the n-th element of each language
    // belongs to the n-th item.
    void read_positional(const XMLElement& e, std::vector<LocalizedText>& items,
                         std::map<std::string, std::size_t>& count_by_lang, const std::string& what) {
        auto lang = xml::lang(e);
        if (lang.empty())
            lang = "en";
        auto text = plain_text(e);
        if (text.empty())
            problem(e, what + " (" + lang + ") is empty; write the text or remove the element");
        auto index = count_by_lang[lang]++;
        if (index >= items.size())
            items.resize(index + 1);
        items[index].set(lang, std::move(text));
    }

    Scale read_scale(const XMLElement& e) {
        Scale scale;
        auto min = parse_int(xml::attribute(e, "min").value_or(""));
        auto max = parse_int(xml::attribute(e, "max").value_or(""));
        if (!min || !max) {
            problem(e, "<scale> needs whole-number min and max attributes, for example "
                       "min=\"1\" max=\"5\"");
            min = 1, max = 5;
        } else if (*max - *min + 1 < 2 || *max - *min + 1 > 10) {
            problem(e, "the scale from " + std::to_string(*min) + " to " + std::to_string(*max) +
                           " has " + std::to_string(*max - *min + 1) +
                           " points; a scale has 2 to 10 points");
        }
        scale.min = *min;
        scale.max = *max;
        for (const auto* p = e.FirstChildElement(); p; p = p->NextSiblingElement()) {
            const auto name = xml::local_name(*p);
            if (!ours(*p))
                continue;
            LocalizedText* target = nullptr;
            std::string what;
            if (name == "point") {
                auto value = parse_int(xml::attribute(*p, "value").value_or(""));
                if (!value || !scale.contains(*value)) {
                    problem(*p, "<point> value \"" + xml::attribute(*p, "value").value_or("") +
                                    "\" is not a whole number from " + std::to_string(scale.min) +
                                    " to " + std::to_string(scale.max));
                    continue;
                }
                if (scale.labels.count(*value))
                    problem(*p, "scale point " + std::to_string(*value) +
                                    " is described twice; keep one <point> per value");
                target = &scale.labels[*value];
                what = "the label of scale point " + std::to_string(*value);
            } else if (name == "notAssessable") {
                target = &scale.not_assessable;
                what = "the \"not assessable\" label";
            } else {
                continue;
            }
            for (const auto* l = p->FirstChildElement(); l; l = l->NextSiblingElement())
                if (ours(*l) && xml::local_name(*l) == "label")
                    read_text(*l, *target, what);
        }
        return scale;
    }

    Question read_question(const XMLElement& e, const std::string& competency) {
        Question q;
        q.id = required_id(e, "a question of \"" + competency + "\"");
        if (auto minutes = xml::attribute(e, "minutes")) {
            auto value = parse_int(*minutes);
            if (!value || *value <= 0)
                problem(e, "minutes=\"" + *minutes + "\" of question \"" + q.id +
                               "\" is not a positive whole number of minutes");
            else
                q.minutes = *value;
        }
        std::map<std::string, std::size_t> probes_by_lang;
        for (const auto* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
            if (!ours(*c))
                continue;
            const auto name = xml::local_name(*c);
            if (name == "text")
                read_text(*c, q.text, "the text of question \"" + q.id + "\"");
            else if (name == "probe")
                read_positional(*c, q.probes, probes_by_lang, "a probe of question \"" + q.id + "\"");
        }
        if (!q.text.has("en"))
            problem(e, "question \"" + q.id + "\" has no English <text xml:lang=\"en\">; add one");
        for (std::size_t i = 0; i < q.probes.size(); ++i)
            if (!q.probes[i].has("en"))
                problem(e, "question \"" + q.id + "\" has more probes in another language than "
                           "in English; probe " + std::to_string(i + 1) + " needs its English text");
        return q;
    }

    Competency read_competency(const XMLElement& e, const Scale& scale, bool has_scale) {
        Competency c;
        c.line = e.GetLineNum();
        c.id = required_id(e, "a competency");
        const std::string what = "competency \"" + c.id + "\"";
        if (auto weight = xml::attribute(e, "weight")) {
            auto value = parse_number(*weight);
            if (!value || *value <= 0)
                problem(e, "the weight \"" + *weight + "\" of " + what +
                               " is not a positive number; write for example weight=\"15\"");
            else
                c.weight = *value;
        }
        if (auto minimum = xml::attribute(e, "minimum")) {
            auto value = parse_number(*minimum);
            if (!value || (has_scale && (*value < scale.min || *value > scale.max)))
                problem(e, "the minimum \"" + *minimum + "\" of " + what +
                               " is not a number on the scale (" + std::to_string(scale.min) +
                               " to " + std::to_string(scale.max) + ")");
            else
                c.minimum = *value;
        }
        if (!has_scale)
            problem(e, what + " comes before the <scale>; put the <scale> first");
        std::map<std::string, std::size_t> green_by_lang, red_by_lang;
        std::vector<LocalizedText> greens, reds;
        for (const auto* child = e.FirstChildElement(); child; child = child->NextSiblingElement()) {
            const auto name = xml::local_name(*child);
            if (!ours(*child) || !(name == "name" || name == "definition" || name == "source" ||
                                   name == "question" || name == "anchor" || name == "signal")) {
                c.extensions.push_back(xml::capture(*child));
            } else if (name == "name") {
                read_text(*child, c.name, "the name of " + what);
            } else if (name == "definition") {
                read_text(*child, c.definition, "the definition of " + what);
            } else if (name == "source") {
                c.sources.push_back({plain_text(*child), xml::attribute(*child, "ref").value_or("")});
            } else if (name == "question") {
                c.questions.push_back(read_question(*child, c.id));
            } else if (name == "anchor") {
                read_anchor(*child, c, scale, what);
            } else if (name == "signal") {
                auto kind = xml::attribute(*child, "kind").value_or("");
                if (kind == "green")
                    read_positional(*child, greens, green_by_lang, "a green flag of " + what);
                else if (kind == "red")
                    read_positional(*child, reds, red_by_lang, "a red flag of " + what);
                else
                    problem(*child, "a <signal> of " + what + " has kind=\"" + kind +
                                        "\"; write kind=\"green\" or kind=\"red\"");
            }
        }
        for (auto& t : greens)
            c.signals.push_back({SignalKind::green, std::move(t)});
        for (auto& t : reds)
            c.signals.push_back({SignalKind::red, std::move(t)});
        if (!c.name.has("en"))
            problem(e, what + " has no English <name xml:lang=\"en\">; add one");
        if (c.questions.empty())
            problem(e, what + " has no <question>; add at least one");
        if (has_scale)
            for (int v = scale.min; v <= scale.max; ++v)
                if (!c.anchors.count(v) || !c.anchors[v].has("en"))
                    problem(e, what + " has no English anchor for scale point " +
                                   std::to_string(v) + "; add <anchor value=\"" +
                                   std::to_string(v) + "\" xml:lang=\"en\">");
        return c;
    }

    void read_anchor(const XMLElement& e, Competency& c, const Scale& scale, const std::string& what) {
        auto value_text = xml::attribute(e, "value").value_or("");
        if (value_text == "na") {
            read_text(e, c.not_assessable_anchor, "the \"not assessable\" anchor of " + what);
            return;
        }
        auto value = parse_int(value_text);
        if (!value || !scale.contains(*value)) {
            problem(e, "an anchor of " + what + " has value=\"" + value_text +
                           "\", outside the scale " + std::to_string(scale.min) + " to " +
                           std::to_string(scale.max) + " (or \"na\")");
            return;
        }
        read_text(e, c.anchors[*value], "anchor " + value_text + " of " + what);
    }
};

// --- writing ---------------------------------------------------------------

class RubricWriter {
public:
    RubricWriter(tinyxml2::XMLDocument& doc, bool canonical) : doc_(doc), canonical_(canonical) {}

    void write(const Rubric& r) {
        auto* root = doc_.NewElement("rubric");
        doc_.InsertEndChild(root);
        root->SetAttribute("xmlns", rubric_namespace);
        root->SetAttribute("id", r.id.c_str());
        root->SetAttribute("version", r.version.c_str());
        texts(*root, "title", r.title);
        texts(*root, "description", r.description);
        auto* scale = child(*root, "scale");
        scale->SetAttribute("min", r.scale.min);
        scale->SetAttribute("max", r.scale.max);
        for (const auto& [value, label] : r.scale.labels) {
            auto* point = child(*scale, "point");
            point->SetAttribute("value", value);
            texts(*point, "label", label);
        }
        if (!r.scale.not_assessable.empty())
            texts(*child(*scale, "notAssessable"), "label", r.scale.not_assessable);
        for (const auto& c : r.competencies)
            competency(*root, c);
        extensions(*root, r.extensions);
    }

private:
    tinyxml2::XMLDocument& doc_;
    bool canonical_;

    XMLElement* child(XMLElement& parent, const char* name) {
        auto* e = doc_.NewElement(name);
        parent.InsertEndChild(e);
        return e;
    }

    XMLElement* text_element(XMLElement& parent, const char* name, const std::string& lang,
                             const std::string& text) {
        auto* e = child(parent, name);
        e->SetAttribute("xml:lang", lang.c_str());
        e->SetText(xml::xml_safe(text).c_str());
        return e;
    }

    void texts(XMLElement& parent, const char* name, const LocalizedText& t) {
        for (const auto& [lang, text] : t.all())
            text_element(parent, name, lang, text);
    }

    void extensions(XMLElement& parent, const std::vector<std::string>& captured) {
        if (!canonical_)
            for (const auto& x : captured)
                xml::append_captured(parent, x);
    }

    void competency(XMLElement& root, const Competency& c) {
        auto* e = child(root, "competency");
        e->SetAttribute("id", c.id.c_str());
        e->SetAttribute("weight", format_number(c.weight).c_str());
        if (c.minimum)
            e->SetAttribute("minimum", format_number(*c.minimum).c_str());
        texts(*e, "name", c.name);
        texts(*e, "definition", c.definition);
        for (const auto& s : c.sources) {
            auto* source = child(*e, "source");
            if (!s.ref.empty())
                source->SetAttribute("ref", s.ref.c_str());
            source->SetText(xml::xml_safe(s.title).c_str());
        }
        for (const auto& q : c.questions) {
            auto* qe = child(*e, "question");
            qe->SetAttribute("id", q.id.c_str());
            if (q.minutes > 0)
                qe->SetAttribute("minutes", q.minutes);
            texts(*qe, "text", q.text);
            for (const auto& probe : q.probes)
                texts(*qe, "probe", probe);
        }
        for (const auto& [value, anchor] : c.anchors)
            for (const auto& [lang, text] : anchor.all())
                text_element(*e, "anchor", lang, text)->SetAttribute("value", value);
        for (const auto& [lang, text] : c.not_assessable_anchor.all())
            text_element(*e, "anchor", lang, text)->SetAttribute("value", "na");
        for (const auto& s : c.signals)
            for (const auto& [lang, text] : s.text.all())
                text_element(*e, "signal", lang, text)
                    ->SetAttribute("kind", s.kind == SignalKind::green ? "green" : "red");
        extensions(*e, c.extensions);
    }
};

} // namespace

Rubric parse_rubric(std::string_view text, const std::string& file_name) {
    auto document = xml::parse(text, file_name);
    return RubricReader(file_name).read(*document->RootElement());
}

Rubric read_rubric(const std::filesystem::path& path) {
    return parse_rubric(read_file_limited(path), path.string());
}

std::string rubric_to_xml(const Rubric& rubric, bool canonical) {
    tinyxml2::XMLDocument document;
    RubricWriter(document, canonical).write(rubric);
    return xml::print(document, canonical);
}

void save_rubric(const std::filesystem::path& path, const Rubric& rubric) {
    write_file_atomically(path, rubric_to_xml(rubric), 0644);
}

} // namespace extramile
