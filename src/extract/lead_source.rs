//! A news lead often sums up what the body then sources: "Russian forces were
//! accused of using white phosphorous munitions" opens a story whose next paragraphs
//! name the accusers ("the deputy head of police in Kyiv … claimed"; "the mayor of
//! Irpin … also accused Russia"). The lead's report with no named source is then
//! theirs: in the lane of the first report of that family the next paragraphs name,
//! when it is not of the accused side itself.

use super::events::Draft;
use super::gazetteer::{Gazetteer, What};
use super::text::tokenize;
use crate::model::Kind;

/// How the passive rule marks a report whose source is not named (events::grammar, events::verbs).
const UNNAMED: &str = "the source is not named";
/// How many paragraphs after the lead may source it.
const BODY: usize = 3;

/// Speech acts of one family: an accusation is sourced by a claim as well.
fn speech(k: Kind) -> bool {
    matches!(k, Kind::Statement | Kind::Claim | Kind::Accusation)
}

/// Gives the lead's unnamed reports the lane of the source the body names first.
pub fn source_the_lead(g: &Gazetteer, drafts: &mut [Draft]) {
    let Some(lead) = drafts.first().map(|d| d.paragraph) else { return };
    for i in 0..drafts.len() {
        let d = &drafts[i];
        if d.paragraph != lead || !speech(d.kind) || !d.notes.contains(UNNAMED) {
            continue;
        }
        // The accused: the passive's subject, which its title opens with ("Russian forces were accused …").
        let subject = [" were ", " was ", " are ", " is ", " have ", " has ", " had "]
            .iter()
            .filter_map(|aux| d.title.find(aux))
            .min()
            .map_or(d.title.as_str(), |k| &d.title[..k]);
        let accused = sides_named(g, subject);
        let Some(source) = drafts.iter().find(|e| {
            e.paragraph > lead
                && e.paragraph <= lead + BODY
                && matches!(e.kind, Kind::Claim | Kind::Accusation)
                && e.actor.is_some()
                && e.lane != g.default_lane
                && !accused.contains(&e.lane)
        }) else {
            continue;
        };
        let (lane, paragraph, who) = (source.lane, source.paragraph, source.actor.clone().unwrap_or_default());
        let old = format!("Lane {}: ", g.lanes[drafts[i].lane].label);
        let new = format!("Lane {}: the body names its source (¶{paragraph}, {who}); ", g.lanes[lane].label);
        let d = &mut drafts[i];
        d.notes = d.notes.replacen(&old, &new, 1);
        d.lane = lane;
    }
}

/// The sides a quote names ("Russian forces" → Russia).
fn sides_named(g: &Gazetteer, quote: &str) -> Vec<usize> {
    let t = tokenize(quote, 0);
    g.mentions(&t, 0..t.len(), &[])
        .into_iter()
        .filter_map(|m| match m.what {
            What::Group(l) | What::Title(Some(l)) | What::Demonym(l) => Some(l),
            What::Person(id) => Some(g.people[id].lane),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::extract::gazetteer::Gazetteer;
    use crate::model::Kind;
    use chrono::NaiveDate;

    fn drafts(text: &str) -> Vec<(usize, String, Kind, String)> {
        let g = Gazetteer::builtin();
        let d = NaiveDate::from_ymd_opt(2022, 3, 25).unwrap();
        super::super::events::extract_paragraphs(&crate::model::paragraphs::split_paragraphs(text), d, &g)
            .into_iter()
            .map(|x| (x.paragraph, g.lanes[x.lane].id.clone(), x.kind, x.title))
            .collect()
    }

    #[test]
    fn a_leads_unnamed_accusers_are_those_the_body_names() {
        let text = "Title\n\nRussian forces were accused of using white phosphorous munitions in eastern Ukraine.\n\n\
                    The mayor of Irpin, Oleksandr Markushyn, accused Russia of using phosphorous munitions.\n";
        let got = drafts(text);
        let lead = got.iter().find(|d| d.0 == 1).expect("the lead's report");
        // Titled as told, in the lane of the accuser the next paragraph names.
        assert_eq!(
            (lead.1.as_str(), lead.3.as_str()),
            ("ukraine", "Russian forces were accused of using white phosphorous munitions in eastern Ukraine"),
            "{got:?}"
        );
        // The mayor is the subject and the accuser, placed by neither the accused nor the verb after his name.
        let body = got.iter().find(|d| d.0 == 2).expect("the mayor's accusation");
        assert_eq!(
            (body.1.as_str(), body.3.as_str()),
            ("ukraine", "Oleksandr Markushyn accused Russia of using phosphorous munitions"),
            "{got:?}"
        );
    }

    #[test]
    fn the_accused_side_or_a_far_paragraph_does_not_source_the_lead() {
        // The only accuser named is of the accused side: unnamed stays unnamed.
        let text = "Title\n\nRussian forces were accused of using banned munitions.\n\nA Russian blogger accused the army of using them.\n";
        let got = drafts(text);
        assert_eq!(got.iter().find(|d| d.0 == 1).map(|d| d.1.as_str()), Some("other"), "{got:?}");
        // Four paragraphs on is no longer the lead's source.
        let text = "Title\n\nRussian forces were accused of using banned munitions.\n\nIt rained.\n\nThe roads were closed.\n\nShops shut early.\n\n\
                    The mayor of Irpin, Oleksandr Markushyn, accused Russia of shelling.\n";
        let got = drafts(text);
        assert_eq!(got.iter().find(|d| d.0 == 1).map(|d| d.1.as_str()), Some("other"), "{got:?}");
    }
}
