#include "services/decision_store.hpp"

#include "core/base/file_error.hpp"
#include "core/base/sha256.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/base/timestamp.hpp"
#include "core/base/unicode_text.hpp"
#include "core/scoring/decision_basis.hpp"
#include "core/storage/decision_folder.hpp"
#include "core/xml/attribute_values.hpp"
#include "core/xml/decision_xml.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "core/xml/xml_adapter.hpp"

#include <boost/uuid/uuid.hpp>
#include <boost/uuid/uuid_generators.hpp>
#include <boost/uuid/uuid_io.hpp>

#include <algorithm>

namespace extramile::services {

namespace fs = std::filesystem;

namespace {

using Reason = DecisionProblem::Reason;

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// A name as a record may hold it: no control characters (the reader
// refuses them), white space as an attribute keeps it, trimmed.
std::string clean_name(const std::string& name) {
    std::string out = xml::attribute_safe(name);
    while (true) {
        const auto code = xml::control_in(out);
        if (code.empty())
            break;
        const auto value = std::stoul(code.substr(2), nullptr, 16);
        if (value < 0x80)
            out.erase(out.find(static_cast<char>(value)), 1);
        else
            out.erase(out.find(std::string{'\xC2', static_cast<char>(value)}), 2);
    }
    return trimmed(out);
}

std::string summary(const DecisionProblem& p) {
    switch (p.reason) {
    case Reason::comparison_failed: return "nothing could be compared";
    case Reason::candidate_not_found: return "no candidate \"" + p.candidate + "\" was compared";
    case Reason::candidate_ambiguous: return "several candidates answer to \"" + p.candidate + "\"";
    case Reason::record_unreadable: return "the decision record has mistakes";
    case Reason::scorecard_unreadable: return "a scorecard of the candidate no longer reads";
    case Reason::outcome_missing: return "a final decision needs an outcome";
    case Reason::decider_missing: return "say who decides";
    case Reason::unknown_competency: return "the rubric has no competency \"" + p.competency + "\"";
    case Reason::already_final: return "the decision is final; reopen it first";
    case Reason::not_final: return "only a final decision is reopened";
    case Reason::reopen_reason_missing: return "say why the decision is reopened";
    case Reason::changed_on_disk: return "the decision record changed on disk meanwhile";
    case Reason::write_failed: return "the decision record could not be written: " + p.message;
    case Reason::last_revision: return "the decision record has reached its last revision";
    }
    return "the decision could not be recorded";
}

const CandidateResult* find_candidate(const Comparison& comparison, const std::string& wanted,
                                      DecisionProblem& problem) {
    std::vector<const CandidateResult*> found;
    for (const auto& c : comparison.candidates)
        if (c.key == wanted)
            return &c;
    for (const auto& c : comparison.candidates)
        if (!c.id.empty() && c.id == wanted)
            found.push_back(&c);
    if (found.empty())
        for (const auto& c : comparison.candidates)
            if (name_key(c.name) == name_key(wanted))
                found.push_back(&c);
    problem.candidate = wanted;
    if (found.size() == 1)
        return found.front();
    problem.reason = found.empty() ? Reason::candidate_not_found : Reason::candidate_ambiguous;
    for (const auto* c : found)
        problem.matches.push_back(c->id.empty() ? c->name : c->name + " (" + c->id + ")");
    return nullptr;
}

// Where a new record goes: beside the candidate's scorecards.
fs::path folder_of(const ComparisonRun& run, const CandidateResult& c) {
    if (!c.counted.empty() && c.counted.front().file)
        return c.counted.front().file->parent_path();
    for (const auto& f : run.scorecards)
        if (candidate_key(f.scorecard) == c.key)
            return f.path().parent_path();
    return ".";
}

} // namespace

DecisionFailed::DecisionFailed(DecisionProblem problem)
    : std::runtime_error(summary(problem)), problem_(std::move(problem)) {}

DecisionStore::DecisionStore(TrackedFile file, Decision decision, bool exists)
    : file_(std::move(file)), decision_(std::move(decision)), exists_(exists), now_(now_iso_utc) {}

std::unique_ptr<DecisionStore> DecisionStore::open(const ComparisonRun& run, const std::string& candidate) {
    DecisionProblem problem;
    const auto* c = find_candidate(run.comparison, candidate, problem);
    if (!c)
        throw DecisionFailed(problem);
    problem.candidate = c->name.empty() ? c->id : c->name;

    Decision fresh;
    static thread_local boost::uuids::random_generator generate;
    fresh.id = boost::uuids::to_string(generate());
    fresh.candidate_id = c->id;
    fresh.candidate_name = c->name;
    fresh.candidate_role = c->role;
    fresh.rubric = {run.rubric.rubric.id, run.rubric.rubric.version, run.rubric.digest};
    const auto path = c->decision ? c->decision->file : folder_of(run, *c) / decision_file_name(fresh);

    std::unique_ptr<DecisionStore> store;
    std::error_code error;
    if (c->decision || fs::exists(fs::symlink_status(path, error))) {
        // The record that counts, or one of the name a new record would take
        // (a broken one, not attached): never written over unread.
        try {
            std::string bytes;
            auto file = TrackedFile::open(path, bytes);
            auto decision = parse_decision(bytes, path.string());
            store.reset(new DecisionStore(std::move(file), std::move(decision), true));
        } catch (const FileError& e) {
            problem.reason = Reason::record_unreadable;
            problem.problems = e.problems();
            throw DecisionFailed(problem);
        }
    } else {
        store.reset(new DecisionStore(TrackedFile::create(path), std::move(fresh), false));
    }
    store->candidate_ = problem.candidate;
    for (const auto& competency : run.rubric.rubric.competencies)
        store->competencies_.push_back(competency.id);
    // The digests of what counts now: hashed here, for a candidate not decided on before.
    store->basis_now_ = extramile::basis_now(*c);
    for (std::size_t i = 0; i < store->basis_now_.size(); ++i) {
        auto& entry = store->basis_now_[i];
        if (!entry.digest.empty())
            continue;
        try {
            if (!c->counted[i].file)
                throw FileError(entry.scorecard, 0, "the comparison is blind: its file names are not known");
            entry.digest = sha256_digest(read_file_limited(*c->counted[i].file));
        } catch (const FileError& e) {
            problem.reason = Reason::scorecard_unreadable;
            problem.problems = e.problems();
            throw DecisionFailed(problem);
        }
    }
    if (c->decision)
        store->changes_ = c->decision->changes;
    return store;
}

DecisionProblem DecisionStore::refused(Reason reason) const {
    DecisionProblem problem;
    problem.reason = reason;
    problem.candidate = candidate_;
    return problem;
}

std::optional<DecisionProblem> DecisionStore::apply(const DecisionInput& input, Decision& next) const {
    if (input.outcome)
        next.outcome = input.outcome;
    if (input.members) {
        next.members.clear();
        for (const auto& member : *input.members) {
            const auto name = clean_name(member);
            if (!name.empty() && std::find(next.members.begin(), next.members.end(), name) == next.members.end())
                next.members.push_back(name);
        }
    }
    for (const auto& [competency, text] : input.reasons) {
        if (!competency.empty() &&
            std::find(competencies_.begin(), competencies_.end(), competency) == competencies_.end()) {
            auto problem = refused(Reason::unknown_competency);
            problem.competency = competency;
            return problem;
        }
        next.set_reason(competency, trimmed(xml::xml_safe(text)));
    }
    return std::nullopt;
}

DecisionSave DecisionStore::write(Decision next) {
    DecisionSave result;
    if (next.revision >= max_revision) {
        result.problem = refused(Reason::last_revision);
        return result;
    }
    ++next.revision;
    try {
        if (auto look = file_.save(decision_to_xml(next), 0600)) {
            auto problem = refused(Reason::changed_on_disk);
            if (look->change == TrackedFile::Change::modified) {
                try {
                    problem.theirs = parse_decision(look->bytes, file_.file().string());
                } catch (const FileError& e) {
                    problem.problems = e.problems();
                }
            }
            result.problem = std::move(problem);
            return result;
        }
    } catch (const FileError& e) {
        auto problem = refused(Reason::write_failed);
        problem.message = e.problems().empty() ? e.what() : e.problems().front().message;
        problem.problems = e.problems();
        result.problem = std::move(problem);
        return result;
    }
    decision_ = std::move(next);
    exists_ = true;
    changes_.clear(); // made final on what counts now, or a draft, which nothing flags
    result.revision = decision_.revision;
    return result;
}

DecisionSave DecisionStore::save_draft(const DecisionInput& input) {
    if (decision_.is_final())
        return {refused(Reason::already_final), 0};
    Decision next = decision_;
    if (auto problem = apply(input, next))
        return {std::move(problem), 0};
    return write(std::move(next));
}

DecisionSave DecisionStore::finalise(const DecisionInput& input, const std::string& by) {
    if (decision_.is_final())
        return {refused(Reason::already_final), 0};
    const auto who = clean_name(by);
    if (who.empty())
        return {refused(Reason::decider_missing), 0};
    Decision next = decision_;
    if (auto problem = apply(input, next))
        return {std::move(problem), 0};
    if (!next.outcome)
        return {refused(Reason::outcome_missing), 0};
    next.finalise(now_(), who, basis_now_);
    return write(std::move(next));
}

DecisionSave DecisionStore::reopen(const std::string& by, const std::string& reason) {
    if (!decision_.is_final())
        return {refused(Reason::not_final), 0};
    const auto who = clean_name(by);
    if (who.empty())
        return {refused(Reason::decider_missing), 0};
    const auto why = clean_name(reason);
    if (why.empty())
        return {refused(Reason::reopen_reason_missing), 0};
    Decision next = decision_;
    next.reopen(now_(), who, why);
    return write(std::move(next));
}

void DecisionStore::reload() {
    auto look = file_.look();
    switch (look.change) {
    case TrackedFile::Change::none:
        return;
    case TrackedFile::Change::modified:
        try {
            decision_ = parse_decision(look.bytes, file_.file().string());
        } catch (const FileError& e) {
            auto problem = refused(Reason::record_unreadable);
            problem.problems = e.problems();
            throw DecisionFailed(problem);
        }
        file_.adopt(look.bytes);
        exists_ = true;
        return;
    case TrackedFile::Change::deleted:
        file_.expect_nothing(); // the next save makes it anew
        exists_ = false;
        return;
    case TrackedFile::Change::link:
    case TrackedFile::Change::not_a_file:
    case TrackedFile::Change::link_changed:
        break;
    }
    auto problem = refused(Reason::write_failed);
    problem.message = file_.file().string() + " is no longer a decision record file";
    throw DecisionFailed(problem);
}

DecisionRecorded record_decision(const DecisionRequest& request) {
    DecisionRecorded out;
    ComparisonRun run;
    try {
        run = run_comparison(request.comparison);
    } catch (const ComparisonFailed& e) {
        DecisionProblem problem;
        problem.reason = Reason::comparison_failed;
        problem.comparison = e.failure();
        out.save.problem = std::move(problem);
        return out;
    }
    std::unique_ptr<DecisionStore> store;
    try {
        store = DecisionStore::open(run, request.candidate);
    } catch (const DecisionFailed& e) {
        out.save.problem = e.problem();
        return out;
    }
    out.file = store->file();
    switch (request.action) {
    case DecisionAction::save_draft: out.save = store->save_draft(request.input); break;
    case DecisionAction::finalise: out.save = store->finalise(request.input, request.by); break;
    case DecisionAction::reopen: {
        // Reopening may carry changes too: they go into the draft it becomes.
        out.save = store->reopen(request.by, request.reason);
        if (out.save.saved() && (request.input.outcome || request.input.members || !request.input.reasons.empty()))
            out.save = store->save_draft(request.input);
        break;
    }
    }
    out.decision = store->decision();
    return out;
}

} // namespace extramile::services
