#include "report_labels.hpp"

#include <array>
#include <map>

namespace extramile::report {

namespace {

struct Words {
    const char* en;
    const char* es;
    const char* it;
};

const std::map<Label, Words>& table() {
    static const std::map<Label, Words> words{
        {Label::interview_sheet, {"Interview sheet", "Hoja de entrevista", "Scheda di colloquio"}},
        {Label::interview_report, {"Interview report", "Informe de la entrevista", "Resoconto del colloquio"}},
        {Label::comparison_report, {"Comparison of candidates", "Comparación de candidatos", "Confronto dei candidati"}},
        {Label::candidate, {"Candidate", "Candidato/a", "Candidato/a"}},
        {Label::candidates, {"candidates", "candidatos", "candidati"}},
        {Label::role, {"Role", "Puesto", "Ruolo"}},
        {Label::interviewer, {"Interviewer", "Entrevistador/a", "Intervistatore/trice"}},
        {Label::date, {"Date", "Fecha", "Data"}},
        {Label::page_of, {"Page %1 of %2", "Página %1 de %2", "Pagina %1 di %2"}},
        {Label::weight, {"weight", "peso", "peso"}},
        {Label::minimum, {"minimum", "mínimo", "minimo"}},
        {Label::minutes, {"%1 min", "%1 min", "%1 min"}},
        {Label::notes, {"Notes", "Notas", "Note"}},
        {Label::rating, {"Rating", "Valoración", "Valutazione"}},
        {Label::not_assessable, {"Not assessable", "No evaluable", "Non valutabile"}},
        {Label::green_flags, {"Green flags", "Señales positivas", "Segnali positivi"}},
        {Label::red_flags, {"Red flags", "Señales de alerta", "Segnali d'allarme"}},
        {Label::star_reminder,
         {"Note the Situation, the Task, the Action the candidate took and the Result (STAR). Rate each "
          "competency right after its questions, against the anchors.",
          "Anote la Situación, la Tarea, la Acción que tomó la persona y el Resultado (STAR). Valore cada "
          "competencia justo después de sus preguntas, según los anclajes.",
          "Annotate la Situazione, il Compito, l'Azione compiuta e il Risultato (STAR). Valutate ogni "
          "competenza subito dopo le sue domande, secondo gli ancoraggi."}},
        {Label::scale, {"Scale", "Escala", "Scala"}},
        {Label::status, {"Status", "Estado", "Stato"}},
        {Label::draft, {"draft", "borrador", "bozza"}},
        {Label::submitted, {"submitted", "enviada", "inviata"}},
        {Label::recommendation, {"Recommendation", "Recomendación", "Raccomandazione"}},
        {Label::strong_no, {"strong no", "no, claramente", "decisamente no"}},
        {Label::no, {"no", "no", "no"}},
        {Label::yes, {"yes", "sí", "sì"}},
        {Label::strong_yes, {"strong yes", "sí, claramente", "decisamente sì"}},
        {Label::not_rated, {"not rated", "sin valorar", "non valutata"}},
        {Label::no_notes, {"no notes", "sin notas", "nessuna nota"}},
        {Label::started, {"Started", "Inicio", "Inizio"}},
        {Label::ended, {"Ended", "Fin", "Fine"}},
        {Label::rank, {"#", "#", "#"}},
        {Label::panel, {"Panel", "Panel", "Panel"}},
        {Label::total, {"Total", "Total", "Totale"}},
        {Label::flags, {"Flags", "Avisos", "Avvisi"}},
        {Label::below_minimum, {"below a minimum bar", "por debajo de un mínimo", "sotto una soglia minima"}},
        {Label::disagreement, {"interviewers disagree", "entrevistadores en desacuerdo", "intervistatori in disaccordo"}},
        {Label::drafts_excluded, {"drafts left out", "borradores excluidos", "bozze escluse"}},
        {Label::rubric_changed, {"rubric changed since scoring", "rúbrica cambiada desde la valoración", "rubrica cambiata dopo la valutazione"}},
        {Label::rubric_unverified, {"rubric version not recorded", "versión de la rúbrica no registrada", "versione della rubrica non registrata"}},
        {Label::competency, {"Competency", "Competencia", "Competenza"}},
        {Label::reading, {"Reading", "Lectura", "Lettura"}},
        {Label::panel_agreement, {"Panel agreement", "Acuerdo del panel", "Accordo del panel"}},
        {Label::agreement_explained,
         {"Intraclass correlation (ICC) with its 95% interval: 1 means the interviewers agree fully, 0 no more "
          "than chance. Below 0.50 poor, 0.50-0.75 moderate, 0.75-0.90 good, above 0.90 excellent (Koo & Li, 2016).",
          "Correlación intraclase (ICC) con su intervalo del 95%: 1 es acuerdo total entre entrevistadores, 0 no "
          "más que el azar. Bajo 0,50 pobre, 0,50-0,75 moderado, 0,75-0,90 bueno, sobre 0,90 excelente (Koo y Li, 2016).",
          "Correlazione intraclasse (ICC) con l'intervallo al 95%: 1 è pieno accordo tra gli intervistatori, 0 non "
          "più del caso. Sotto 0,50 scarso, 0,50-0,75 moderato, 0,75-0,90 buono, sopra 0,90 eccellente (Koo e Li, 2016)."}},
        {Label::warnings, {"Warnings", "Avisos", "Avvertenze"}},
        {Label::blind_note,
         {"Blind review: candidates' names are replaced by codes.",
          "Revisión a ciegas: los nombres de los candidatos se sustituyen por códigos.",
          "Revisione alla cieca: i nomi dei candidati sono sostituiti da codici."}},
        {Label::chart_title, {"Competency means", "Medias por competencia", "Medie per competenza"}},
        {Label::legend_marks,
         {"▼ below the competency's minimum   ≠ interviewers disagree: talk it through",
          "▼ por debajo del mínimo de la competencia   ≠ entrevistadores en desacuerdo: háblenlo",
          "▼ sotto il minimo della competenza   ≠ intervistatori in disaccordo: parlatene"}},
        {Label::agreement_not_enough, {"not enough ratings to tell", "no hay valoraciones suficientes", "valutazioni insufficienti"}},
        {Label::agreement_poor, {"ratings diverge: calibrate before deciding", "las valoraciones divergen: calibren antes de decidir", "le valutazioni divergono: calibrate prima di decidere"}},
        {Label::agreement_moderate, {"agree only in part: worth a calibration talk", "acuerdo parcial: conviene hablarlo", "accordo parziale: conviene parlarne"}},
        {Label::agreement_good, {"interviewers agree well", "los entrevistadores coinciden bien", "gli intervistatori concordano bene"}},
        {Label::agreement_excellent, {"interviewers agree very well", "los entrevistadores coinciden muy bien", "gli intervistatori concordano molto bene"}},
        {Label::agreement_uncertain, {"(few ratings: a tendency)", "(pocas valoraciones: una tendencia)", "(poche valutazioni: una tendenza)"}},
        {Label::overall_rating, {"Rating for the competency", "Valoración de la competencia", "Valutazione della competenza"}},
    };
    return words;
}

} // namespace

std::string label(Label which, const std::string& language) {
    const auto& w = table().at(which);
    return language == "es" ? w.es : language == "it" ? w.it : w.en;
}

std::string reading_text(const AgreementReading& reading, const std::string& language) {
    static const std::array<Label, 5> levels{Label::agreement_not_enough, Label::agreement_poor,
                                             Label::agreement_moderate, Label::agreement_good,
                                             Label::agreement_excellent};
    std::string text = label(levels.at(static_cast<std::size_t>(reading.level)), language);
    if (reading.uncertain)
        text += " " + label(Label::agreement_uncertain, language);
    return text;
}

std::string flag_text(const std::string& flag, const std::string& language) {
    static const std::map<std::string, Label> flags{{"below-minimum", Label::below_minimum},
                                                    {"disagreement", Label::disagreement},
                                                    {"drafts-excluded", Label::drafts_excluded},
                                                    {"rubric-changed", Label::rubric_changed},
                                                    {"rubric-unverified", Label::rubric_unverified}};
    const auto it = flags.find(flag);
    return it == flags.end() ? flag : label(it->second, language);
}

} // namespace extramile::report
