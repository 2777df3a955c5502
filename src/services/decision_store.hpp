// Recording a decision about one candidate of a comparison: a new record
// or the one on disk, saved as a draft, made final (its basis: every
// scorecard that counts now) or reopened with a reason. Saves replace only
// the version read (TrackedFile): a record changed meanwhile by someone
// else is never overwritten, it comes back as a problem holding their
// version. Every refusal is a value (DecisionProblem); front ends say it in
// their words. Not thread-safe.
#pragma once

#include "services/comparison_run.hpp"

#include "core/model/decision.hpp"
#include "core/storage/tracked_file.hpp"

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace extramile::services {

// What a person changes (the dialog, the command line); what is not given
// stays as it is.
struct DecisionInput {
    std::optional<Outcome> outcome;
    std::optional<std::vector<std::string>> members; // the panel present
    // By competency id, "" for the overall reason; an empty text removes it.
    std::map<std::string, std::string> reasons;
};

struct DecisionProblem {
    enum class Reason {
        comparison_failed,     // nothing to decide on: `comparison` says why
        candidate_not_found,   // `candidate` names nobody compared
        candidate_ambiguous,   // several candidates answer to `candidate`: `matches` (their names and ids)
        record_unreadable,     // the candidate's record has mistakes: `problems`
        scorecard_unreadable,  // a scorecard that counted no longer reads (for the basis): `problems`
        outcome_missing,       // a final decision needs an outcome
        decider_missing,       // finalising and reopening say who does it
        unknown_competency,    // a reason about `competency`, which the rubric does not have
        already_final,         // a final decision changes only once reopened
        not_final,             // only a final decision is reopened
        reopen_reason_missing, // reopening says why
        changed_on_disk,       // the record changed since it was read; `theirs` when it reads
        write_failed,          // the disk refused: `message`
        last_revision,         // the record cannot take another save
    };
    Reason reason = Reason::write_failed;
    std::string candidate;
    std::string competency;
    std::vector<std::string> matches;
    std::vector<Problem> problems;
    std::optional<ComparisonFailure> comparison;
    std::optional<Decision> theirs;
    std::string message;
};

class DecisionFailed : public std::runtime_error {
public:
    explicit DecisionFailed(DecisionProblem problem);
    const DecisionProblem& problem() const noexcept { return problem_; }

private:
    DecisionProblem problem_;
};

// What a save did: nullopt problem when it was written.
struct DecisionSave {
    std::optional<DecisionProblem> problem;
    long revision = 0; // the revision now on disk, when written
    bool saved() const { return !problem; }
};

class DecisionStore {
public:
    // The decision about `candidate` (a key of run.comparison, or the
    // candidate's id or name): the record that counts for them (see
    // attach_decisions), else a new draft to be created beside their
    // scorecards. `run` must not be blind (its file names are needed).
    // Throws DecisionFailed.
    static std::unique_ptr<DecisionStore> open(const ComparisonRun& run, const std::string& candidate);

    const Decision& decision() const { return decision_; }
    bool exists() const { return exists_; }
    const std::filesystem::path& file() const { return file_.given(); }
    // What making it final now would record.
    const std::vector<BasisEntry>& basis_now() const { return basis_now_; }
    // For a final record: how the evidence changed since (empty: it has not).
    const std::vector<BasisChange>& changes() const { return changes_; }

    // Saves `input` into the draft (a new record is created then).
    DecisionSave save_draft(const DecisionInput& input);
    // Applies `input` and makes the decision final: `by` decides, now, on basis_now().
    DecisionSave finalise(const DecisionInput& input, const std::string& by);
    // Makes a final decision a draft again; `by` and `reason` are recorded.
    DecisionSave reopen(const std::string& by, const std::string& reason);

    // After changed_on_disk: what the disk holds now becomes the record to
    // build on (throws DecisionFailed when it does not read).
    void reload();

    // The clock (ISO 8601 UTC), for tests.
    void set_clock(std::function<std::string()> now) { now_ = std::move(now); }

private:
    DecisionStore(TrackedFile file, Decision decision, bool exists);
    std::optional<DecisionProblem> apply(const DecisionInput& input, Decision& next) const;
    DecisionSave write(Decision next);
    DecisionProblem refused(DecisionProblem::Reason reason) const;

    TrackedFile file_;
    Decision decision_;
    bool exists_ = false;
    std::vector<std::string> competencies_; // the rubric's ids
    std::vector<BasisEntry> basis_now_;
    std::vector<BasisChange> changes_;
    std::string candidate_;
    std::function<std::string()> now_;
};

// What `extramile decide` does: compares `request.paths`, opens the
// decision about `candidate` and applies `input` as `action` says. Every
// refusal comes back in DecisionSave::problem.
enum class DecisionAction { save_draft, finalise, reopen };
struct DecisionRequest {
    ComparisonRequest comparison;
    std::string candidate; // an id or a name, as compare shows them
    DecisionAction action = DecisionAction::save_draft;
    DecisionInput input;
    std::string by;     // who finalises or reopens
    std::string reason; // why it is reopened
};
struct DecisionRecorded {
    DecisionSave save;
    std::filesystem::path file;
    std::optional<Decision> decision; // as written
};
DecisionRecorded record_decision(const DecisionRequest& request);

} // namespace extramile::services
