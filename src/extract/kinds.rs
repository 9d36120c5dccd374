//! What kind of event a verb reports, and how far the report is checked.

use super::sentences::Sentence;
use crate::model::{Kind, Verification};

/// A reporting or event verb found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbHit {
    /// Token index of the verb (the first word of a phrase such as "walked back").
    pub at: usize,
    /// One past its last token.
    pub end: usize,
    pub kind: Kind,
    /// "denied", "rejected": the speaker disputes something.
    pub denial: bool,
    /// The speaker follows the verb: "said Jens", "according to X".
    pub subject_after: bool,
    /// "will meet": the event lies ahead.
    pub future: bool,
    /// "says", "claims", "believe": an ongoing position, not a dated act.
    pub present: bool,
    /// ", praising …", "and urged …": a verb that shares the subject of the
    /// verb before it (a participle after a comma, a verb after "and").
    pub coordinate: bool,
    /// "met with Zelensky … to announce a package": an announcement the act before was for,
    /// made by that act's subject then (see `purpose_of`).
    pub purpose: bool,
}

impl VerbHit {
    pub fn is_speech(&self) -> bool {
        matches!(self.kind, Kind::Statement | Kind::Claim | Kind::Accusation)
    }
}

/// How a form may be used.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// Past or third-person present: a finite verb by itself ("said", "claims").
    Finite,
    /// A base form ("say", "meet"): finite only after a plain subject.
    Base,
    /// Counts only when a weapon follows ("used chemical weapons").
    WithWeapon,
    /// A present participle ("praising", "warning"): counts after a comma or
    /// "and" (sharing the subject of the verb before) or after "with X".
    Participle,
    /// An "-ing" form of an act that counts after a form of "be" ("had been shelling").
    Progressive,
    /// Counts only when a meeting is its object ("concluded the meeting", "chaired talks").
    OfMeeting,
    /// Counts only in the passive ("were injured", "have been evacuated"): what happened to people
    /// or things, told without who did it.
    Passive,
    /// Counts only in the passive of people ("248 prisoners were returned", "25 people were
    /// rescued"): people moved or set free, told without who did it ("a statement was released"
    /// is none).
    PassiveOfPeople,
    /// Counts only when an assault or a weapon is its object ("carried out a drone strike"; "carried
    /// out an investigation into the strike" is none).
    OfAssault,
    /// Counts only when a consent is its object ("gave Ukraine the green light to …").
    OfConsent,
    /// Counts only with a document as its subject right before it ("the statement read").
    ByDocument,
    /// Counts only when statehood is what is recognised ("recognised two breakaway regions as
    /// independent"; "recognised the difficulty" is no act).
    OfStatehood,
    /// A policy act told as a side's plan ("will lift", "would provide", "plans to
    /// present"): announcing it is the decision. Counts only after such words.
    Planned,
}

use Form::*;
use Kind::*;

/// (words, kind, form, denial). Phrases are matched word by word. A journey
/// ("visited Kyiv", "will travel to Bucharest") is of kind other: a meeting is
/// a gathering someone convened.
const VERBS: &[(&str, Kind, Form, bool)] = &[
    ("said", Statement, Finite, false),
    ("says", Statement, Finite, false),
    ("say", Statement, Base, false),
    ("told", Statement, Finite, false),
    ("tells", Statement, Finite, false),
    ("tell", Statement, Base, false),
    ("warned", Statement, Finite, false),
    ("notified", Statement, Finite, false),
    ("warns", Statement, Finite, false),
    ("warn", Statement, Base, false),
    ("stated", Statement, Finite, false),
    ("added", Statement, Finite, false),
    ("explained", Statement, Finite, false),
    ("explains", Statement, Finite, false),
    ("declared", Statement, Finite, false),
    ("declares", Statement, Finite, false),
    ("announced", Statement, Finite, false),
    // "issued a statement condemning …": a report, whatever it says.
    ("issued a statement", Statement, Finite, false),
    ("issued a joint statement", Statement, Finite, false),
    ("released a statement", Statement, Finite, false),
    ("released a joint statement", Statement, Finite, false),
    ("put out a statement", Statement, Finite, false),
    ("made a statement", Statement, Finite, false),
    ("made statements", Statement, Finite, false),
    ("made a joint statement", Statement, Finite, false),
    ("issued statements", Statement, Finite, false),
    ("read a statement", Statement, Finite, false),
    ("read out a statement", Statement, Finite, false),
    ("made remarks", Statement, Finite, false),
    // "released a plan for Ukraine's admission": a decision made public.
    ("released a plan", Decision, Finite, false),
    ("released a roadmap", Decision, Finite, false),
    ("announces", Statement, Finite, false),
    ("noted", Statement, Finite, false),
    ("stressed", Statement, Finite, false),
    ("insisted", Statement, Finite, false),
    ("insists", Statement, Finite, false),
    ("urged", Statement, Finite, false),
    ("urges", Statement, Finite, false),
    ("wrote", Statement, Finite, false),
    // '"Ships seized by Russian special forces," the statement read.'
    ("read", Statement, ByDocument, false),
    ("reads", Statement, ByDocument, false),
    ("posted", Statement, Finite, false),
    ("tweeted", Statement, Finite, false),
    // "reshared footage posted by Elon Musk": passing on another's post is a post of one's own.
    ("reshared", Statement, Finite, false),
    ("reposted", Statement, Finite, false),
    ("retweeted", Statement, Finite, false),
    ("replied", Statement, Finite, false),
    ("responded", Statement, Finite, false),
    // "Zelensky informed that Ukraine had received two more systems" (not "was informed that").
    ("informed", Statement, Finite, false),
    ("informs", Statement, Finite, false),
    ("reiterated", Statement, Finite, false),
    ("emphasized", Statement, Finite, false),
    ("emphasised", Statement, Finite, false),
    ("acknowledged", Statement, Finite, false),
    ("admitted", Statement, Finite, false),
    ("confirmed", Statement, Finite, false),
    ("pledged", Statement, Finite, false),
    ("promised", Statement, Finite, false),
    ("vowed", Statement, Finite, false),
    ("argued", Statement, Finite, false),
    ("suggested", Statement, Finite, false),
    ("threatened", Statement, Finite, false),
    ("condemned", Statement, Finite, false),
    ("criticized", Statement, Finite, false),
    ("criticised", Statement, Finite, false),
    // "blasted Western delays", "chided delays in shipments": criticism (a blast with a weapon
    // is an attack, `figurative` and the attack table decide that).
    ("chided", Statement, Finite, false),
    ("blasted", Statement, Finite, false),
    ("lambasted", Statement, Finite, false),
    ("demanded", Statement, Finite, false),
    ("revealed", Statement, Finite, false),
    ("cautioned", Statement, Finite, false),
    ("reported", Statement, Finite, false),
    ("believe", Statement, Base, false),
    ("believes", Statement, Finite, false),
    ("according to", Statement, Finite, false),
    // "TASS quoted Peskov as saying …", "an official was cited by Reuters as saying …": the one quoted speaks.
    ("as saying", Statement, Finite, false),
    ("highlighted", Statement, Finite, false),
    ("underscored", Statement, Finite, false),
    ("underlined", Statement, Finite, false),
    ("outlined", Statement, Finite, false),
    // "set out a series of conditions", "laid out his demands": terms told ("set out to" is a plan).
    ("set out a", Statement, Finite, false),
    ("set out his", Statement, Finite, false),
    ("set out her", Statement, Finite, false),
    ("set out the", Statement, Finite, false),
    ("set out its", Statement, Finite, false),
    ("laid out", Statement, Finite, false),
    ("detailed", Statement, Finite, false),
    ("described", Statement, Finite, false),
    ("pointed out", Statement, Finite, false),
    ("commented", Statement, Finite, false),
    ("remarked", Statement, Finite, false),
    ("reaffirmed", Statement, Finite, false),
    ("affirmed", Statement, Finite, false),
    ("assured", Statement, Finite, false),
    ("welcomed", Statement, Finite, false),
    ("praised", Statement, Finite, false),
    ("thanked", Statement, Finite, false),
    ("hailed", Statement, Finite, false),
    ("expressed", Statement, Finite, false),
    ("addressed", Statement, Finite, false),
    ("addresses", Statement, Finite, false),
    ("briefed", Statement, Finite, false),
    ("testified", Statement, Finite, false),
    ("predicted", Statement, Finite, false),
    ("signaled", Statement, Finite, false),
    ("signalled", Statement, Finite, false),
    ("indicated", Statement, Finite, false),
    ("maintained", Statement, Finite, false),
    ("conceded", Statement, Finite, false),
    ("complained", Statement, Finite, false),
    ("appealed", Statement, Finite, false),
    ("proposed", Statement, Finite, false),
    ("clarified", Statement, Finite, false),
    ("clarify", Statement, Base, false),
    ("specified", Statement, Finite, false),
    ("recalled", Statement, Finite, false),
    ("reminded", Statement, Finite, false),
    ("reminds", Statement, Finite, false),
    ("echoed", Statement, Finite, false),
    ("observed", Statement, Finite, false),
    ("countered", Statement, Finite, false),
    ("retorted", Statement, Finite, false),
    ("disclosed", Statement, Finite, false),
    ("lamented", Statement, Finite, false),
    ("derided", Statement, Finite, false),
    ("mocked", Statement, Finite, false),
    ("ridiculed", Statement, Finite, false),
    // "after he labelled him a “war criminal”": a name given to someone is an accusation.
    ("labelled", Accusation, Finite, false),
    ("labeled", Accusation, Finite, false),
    ("branded", Accusation, Finite, false),
    // "Putin has repeatedly made clear that …": saying so plainly.
    ("made clear", Statement, Finite, false),
    ("made it clear", Statement, Finite, false),
    ("makes clear", Statement, Finite, false),
    ("makes it clear", Statement, Finite, false),
    // A document's words: "The statement states that …" (a bare "states" is a noun).
    ("states that", Statement, Finite, false),
    // "called it a difficult decision", "called for a ceasefire", "called on allies
    // to …"; a bare "called" is also a phone call, "was called to" a summons.
    ("called it", Statement, Finite, false),
    ("called the", Statement, Finite, false),
    ("called this", Statement, Finite, false),
    ("called for", Statement, Finite, false),
    ("called on", Statement, Finite, false),
    // A call or a talk with someone is a meeting of its own ("spoke with President Zelenskyy").
    ("spoke with", Meeting, Finite, false),
    ("spoke by phone with", Meeting, Finite, false),
    ("spoke by telephone with", Meeting, Finite, false),
    ("talked with", Meeting, Finite, false),
    ("held a call with", Meeting, Finite, false),
    ("had a call with", Meeting, Finite, false),
    ("held a phone call with", Meeting, Finite, false),
    ("had a phone call with", Meeting, Finite, false),
    // "Putin and Trump spoke by phone on Tuesday": a call of the two, whoever is named.
    ("spoke by phone", Meeting, Finite, false),
    ("spoke by telephone", Meeting, Finite, false),
    ("spoken by phone", Meeting, Finite, false),
    ("spoken by telephone", Meeting, Finite, false),
    ("spoke on the phone", Meeting, Finite, false),
    ("spoke over the phone", Meeting, Finite, false),
    ("talked by phone", Meeting, Finite, false),
    ("held a phone call", Meeting, Finite, false),
    ("had a phone call", Meeting, Finite, false),
    ("held phone talks", Meeting, Finite, false),
    ("held a telephone conversation", Meeting, Finite, false),
    ("had a telephone conversation", Meeting, Finite, false),
    ("spoke", Statement, Finite, false),
    ("speaks", Statement, Finite, false),
    ("retracted", Statement, Finite, false),
    ("challenged", Statement, Finite, false),
    ("asked", Statement, Finite, false),
    ("requested", Statement, Finite, false),
    // "Erdogan offered to mediate between Moscow and Kyiv".
    ("offered to", Statement, Finite, false),
    ("voiced", Statement, Finite, false),
    ("delivered remarks", Statement, Finite, false),
    ("delivered a speech", Statement, Finite, false),
    ("delivered an address", Statement, Finite, false),
    // "has given a pep talk to US troops", "gave an interview": words, however they were put.
    ("gave a speech", Statement, Finite, false),
    ("given a speech", Statement, Finite, false),
    ("gave an address", Statement, Finite, false),
    ("given an address", Statement, Finite, false),
    ("gave a pep talk", Statement, Finite, false),
    ("given a pep talk", Statement, Finite, false),
    ("delivered a pep talk", Statement, Finite, false),
    ("gave an interview", Statement, Finite, false),
    ("given an interview", Statement, Finite, false),
    ("gave a televised address", Statement, Finite, false),
    ("held a press conference", Statement, Finite, false),
    ("held a joint press conference", Statement, Finite, false),
    ("held a news conference", Statement, Finite, false),
    ("held a joint news conference", Statement, Finite, false),
    ("gave a press conference", Statement, Finite, false),
    ("gave a news conference", Statement, Finite, false),
    ("delivered a televised address", Statement, Finite, false),
    ("praising", Statement, Participle, false),
    ("telling", Statement, Participle, false),
    ("urging", Statement, Participle, false),
    ("warning", Statement, Participle, false),
    ("saying", Statement, Participle, false),
    ("adding", Statement, Participle, false),
    ("noting", Statement, Participle, false),
    ("stressing", Statement, Participle, false),
    ("thanking", Statement, Participle, false),
    ("vowing", Statement, Participle, false),
    ("declaring", Statement, Participle, false),
    ("pledging", Statement, Participle, false),
    ("insisting", Statement, Participle, false),
    ("calling on", Statement, Participle, false),
    ("calling for", Statement, Participle, false),
    ("accusing", Accusation, Participle, false),
    ("blaming", Accusation, Participle, false),
    ("claiming", Claim, Participle, false),
    ("retract", Statement, Base, false),
    ("denounced", Accusation, Finite, false),
    // "Zelenskyy decried the deliberate attack on Christmas day".
    ("decried", Accusation, Finite, false),
    ("slammed", Accusation, Finite, false),
    // "lashed out at Russia for …": a charge.
    ("lashed out at", Accusation, Finite, false),
    ("claimed", Claim, Finite, false),
    ("claims", Claim, Finite, false),
    ("claim", Claim, Base, false),
    ("alleged", Claim, Finite, false),
    ("alleges", Claim, Finite, false),
    ("asserted", Claim, Finite, false),
    ("accused", Accusation, Finite, false),
    ("accuses", Accusation, Finite, false),
    ("accuse", Accusation, Base, false),
    ("blamed", Accusation, Finite, false),
    // "pointed the finger at “Ukrainian vandals”": blaming, said otherwise.
    ("pointed the finger at", Accusation, Finite, false),
    ("points the finger at", Accusation, Finite, false),
    ("pointed the finger", Accusation, Finite, false),
    ("blames", Accusation, Finite, false),
    ("denied", Statement, Finite, true),
    ("denies", Statement, Finite, true),
    ("deny", Statement, Base, true),
    ("rejected", Statement, Finite, true),
    ("dismissed", Statement, Finite, true),
    ("refuted", Statement, Finite, true),
    ("met", Meeting, Finite, false),
    ("meets", Meeting, Finite, false),
    // "after meeting Trump": only as a gerund after "after"/"before"/"while" with whom next
    // (`form_fits`); "the meeting" is a noun.
    ("meeting", Meeting, Progressive, false),
    ("meet", Meeting, Base, false),
    ("held talks", Meeting, Finite, false),
    ("have separate meetings", Meeting, Base, false),
    ("have meetings", Meeting, Base, false),
    ("had meetings", Meeting, Finite, false),
    ("held meetings", Meeting, Finite, false),
    ("hold meetings", Meeting, Base, false),
    ("held a meeting", Meeting, Finite, false),
    ("had a meeting", Meeting, Finite, false),
    // "held an emergency meeting": a meeting however it is described
    // (a press conference is someone's words, see `form_fits`).
    ("held", Meeting, OfMeeting, false),
    ("holds", Meeting, OfMeeting, false),
    ("hold", Meeting, OfMeeting, false),
    // "are holding a meeting in Malaysia": under way as the story is told.
    ("holding", Meeting, OfMeeting, false),
    ("concluded", Meeting, OfMeeting, false),
    // "Russian boats opened fire on its naval vessels": shooting, read before "opened" a session.
    ("opened fire", Attack, Finite, false),
    ("opening fire", Attack, Progressive, false),
    ("opened", Meeting, OfMeeting, false),
    ("chaired", Meeting, OfMeeting, false),
    ("co-chaired", Meeting, OfMeeting, false),
    ("closed", Meeting, OfMeeting, false),
    ("wrapped up", Meeting, OfMeeting, false),
    ("finished", Meeting, OfMeeting, false),
    ("ended", Meeting, OfMeeting, false),
    ("kicked off", Meeting, OfMeeting, false),
    ("had talks", Meeting, Finite, false),
    ("had lunch with", Meeting, Finite, false),
    ("had dinner with", Meeting, Finite, false),
    ("had breakfast with", Meeting, Finite, false),
    ("received a briefing", Meeting, Finite, false),
    ("held negotiations", Meeting, Finite, false),
    ("had negotiations", Meeting, Finite, false),
    ("hold talks", Meeting, Base, false),
    ("hosted", Meeting, Finite, false),
    ("hosts", Meeting, Finite, false),
    ("convened", Meeting, Finite, false),
    // A court's or a prosecutor's act: "issued an arrest warrant for Putin".
    ("issued an arrest warrant", Decision, Finite, false),
    ("issued a warrant", Decision, Finite, false),
    ("issued arrest warrants", Decision, Finite, false),
    // "gave Ukraine the green light to use …", "granted permission": a decision.
    ("gave", Decision, OfConsent, false),
    ("recognised", Decision, OfStatehood, false),
    ("recognized", Decision, OfStatehood, false),
    ("granted", Decision, OfConsent, false),
    // Happenings with no actor: "the drone fell into the Black Sea", "the cruiser sank".
    ("fell into", Other, Finite, false),
    ("crashed", Other, Finite, false),
    ("sank", Other, Finite, false),
    ("exploded", Other, Finite, false),
    ("caught fire", Other, Finite, false),
    ("collided with", Other, Finite, false),
    // "A fire broke out at the depot", "the dam burst", "the building collapsed".
    ("broke out", Other, Finite, false),
    ("burst", Other, Finite, false),
    ("collapsed", Other, Finite, false),
    ("erupted", Other, Finite, false),
    ("visited", Other, Finite, false),
    ("toured", Other, Finite, false),
    ("tour", Other, Base, false),
    ("visits", Other, Finite, false),
    ("visit", Other, Base, false),
    ("attended", Meeting, Finite, false),
    ("attends", Meeting, Finite, false),
    ("attend", Meeting, Base, false),
    ("host", Meeting, Base, false),
    ("travel", Other, Base, false),
    ("travels", Other, Finite, false),
    ("traveled", Other, Finite, false),
    ("travelled", Other, Finite, false),
    // "are heading to Washington Monday": a journey under way.
    ("headed to", Other, Finite, false),
    ("heading to", Other, Progressive, false),
    ("travelling to", Other, Progressive, false),
    ("traveling to", Other, Progressive, false),
    ("arrived in", Other, Finite, false),
    ("arrives in", Other, Finite, false),
    ("arrive in", Other, Base, false),
    // Journeys told by their legs: "the plane landed at …", "flew back to Russia".
    ("arrived at", Other, Finite, false),
    ("landed in", Other, Finite, false),
    ("landed at", Other, Finite, false),
    ("returned to", Other, Finite, false),
    ("returned from", Other, Finite, false),
    ("flew to", Other, Finite, false),
    // "went to the Ukrainian capital for his maiden trip" (a place only: see `phrase_at`).
    ("went to", Other, Finite, false),
    ("flew into", Other, Finite, false),
    ("flew back", Other, Finite, false),
    ("left for", Other, Finite, false),
    ("departed for", Other, Finite, false),
    ("laid flowers", Other, Finite, false),
    ("laid a wreath", Other, Finite, false),
    ("laid wreaths", Other, Finite, false),
    ("summoned", Other, Finite, false),
    // "Putin presided over the bridge's opening", "inaugurated the bridge": a ceremony ("presided
    // over" a meeting is the meeting, see `phrase_at`).
    ("presided over", Other, Finite, false),
    ("inaugurated", Other, Finite, false),
    ("exchanged", Other, Finite, false),
    // Taking part is a meeting only in one ("participated in the talks"), not "in providing support".
    ("participate", Meeting, OfMeeting, false),
    ("participated", Meeting, OfMeeting, false),
    ("take part", Meeting, OfMeeting, false),
    ("took part", Meeting, OfMeeting, false),
    ("gathered", Meeting, Finite, false),
    // "Rubio was joined on the U.S. side by Waltz": only in the passive with its agent (see `find_verbs`).
    // "Finland formally joined NATO": a state's accession is its decision (see `joined_bad`).
    ("joined", Meeting, Finite, false),
    ("withdrew", Decision, Finite, false),
    ("suspended", Decision, Finite, false),
    ("halted", Decision, Finite, false),
    ("expelled", Decision, Finite, false),
    ("sanctioned", Decision, Finite, false),
    ("banned", Decision, Finite, false),
    ("deployed", Decision, Finite, false),
    ("delivered", Decision, Finite, false),
    ("unveiled", Decision, Finite, false),
    ("appointed", Decision, Finite, false),
    // "The FSB was put in charge of the investigation", a headline's "FSB put in charge of …".
    ("put in charge of", Decision, Finite, false),
    ("placed in charge of", Decision, Finite, false),
    ("ratified", Decision, Finite, false),
    ("resigned", Decision, Finite, false),
    ("pulled out", Decision, Finite, false),
    ("handed over", Decision, Finite, false),
    // Changing one's own plans is deciding: "said he postponed a trip to Saudi Arabia".
    ("postponed", Decision, Finite, false),
    ("rescheduled", Decision, Finite, false),
    ("cancelled", Decision, Finite, false),
    ("canceled", Decision, Finite, false),
    ("called off", Decision, Finite, false),
    ("downed", Attack, Finite, false),
    ("pounded", Attack, Finite, false),
    ("stormed", Attack, Finite, false),
    // "Ukrainian forces crossed into Russia's Kursk region".
    ("crossed into", Attack, Finite, false),
    ("crossed the border into", Attack, Finite, false),
    ("shot down", Attack, Finite, false),
    ("intercepted", Attack, Finite, false),
    ("captured", Attack, Finite, false),
    ("seized", Attack, Finite, false),
    ("liberated", Attack, Finite, false),
    ("recaptured", Attack, Finite, false),
    ("retook", Attack, Finite, false),
    ("fell to", Attack, Finite, false),
    ("agreed", Decision, Finite, false),
    ("agrees", Decision, Finite, false),
    ("accepted", Decision, Finite, false),
    ("accepts", Decision, Finite, false),
    ("decided", Decision, Finite, false),
    ("approved", Decision, Finite, false),
    // "I am announcing a new package", "I have directed the Pentagon to …": an act, not words.
    ("announcing", Decision, Progressive, false),
    // "The Department of State is taking action to impose visa restrictions": an official act.
    ("taking action", Decision, Progressive, false),
    ("took action", Decision, Finite, false),
    // "designated Russian national X" for sanctions, "designated the group a terrorist organisation".
    ("designated", Decision, Finite, false),
    ("directed", Decision, Finite, false),
    ("adopted", Decision, Finite, false),
    ("voted", Decision, Finite, false),
    ("imposed", Decision, Finite, false),
    // "froze Russian assets": a sanction.
    ("froze", Decision, Finite, false),
    ("signed", Decision, Finite, false),
    ("ordered", Decision, Finite, false),
    ("instructed", Decision, Finite, false),
    ("authorized", Decision, Finite, false),
    ("authorised", Decision, Finite, false),
    ("lift", Decision, Planned, false),
    ("resume", Decision, Planned, false),
    ("provide", Decision, Planned, false),
    ("send", Decision, Planned, false),
    ("impose", Decision, Planned, false),
    ("announce", Decision, Planned, false),
    ("present", Decision, Planned, false),
    ("deliver", Decision, Planned, false),
    ("supply", Decision, Planned, false),
    ("deploy", Decision, Planned, false),
    ("withdraw", Decision, Planned, false),
    ("suspend", Decision, Planned, false),
    ("sign", Decision, Planned, false),
    ("attacked", Attack, Finite, false),
    ("shelled", Attack, Finite, false),
    ("bombed", Attack, Finite, false),
    ("bombarded", Attack, Finite, false),
    ("struck", Attack, Finite, false),
    // "A Russian drone hit an apartment building" ("hit back", "hit out" are words, see `form_fits`).
    ("hit", Attack, Finite, false),
    ("hits", Attack, Finite, false),
    ("targeted", Attack, Finite, false),
    ("invaded", Attack, Finite, false),
    ("bombarding", Attack, Progressive, false),
    ("shelling", Attack, Progressive, false),
    ("attacking", Attack, Progressive, false),
    ("bombing", Attack, Progressive, false),
    ("killed", Attack, Finite, false),
    ("destroyed", Attack, Finite, false),
    ("damaged", Attack, Passive, false),
    ("injured", Attack, Passive, false),
    ("wounded", Attack, Passive, false),
    ("evacuated", Other, Passive, false),
    ("released", Other, PassiveOfPeople, false),
    ("freed", Other, PassiveOfPeople, false),
    ("rescued", Other, PassiveOfPeople, false),
    ("returned", Other, PassiveOfPeople, false),
    ("repatriated", Other, PassiveOfPeople, false),
    ("exchanged", Other, PassiveOfPeople, false),
    ("swapped", Other, PassiveOfPeople, false),
    ("handed over", Other, PassiveOfPeople, false),
    // "Russian forces blew up the Kakhovka dam".
    ("blew up", Attack, Finite, false),
    ("blown up", Attack, Finite, false),
    ("detonated", Attack, Finite, false),
    ("fired", Attack, WithWeapon, false),
    ("launched", Attack, WithWeapon, false),
    // "escalated their attacks on crowded urban areas" (not "escalated tensions").
    ("escalated", Attack, WithWeapon, false),
    ("escalating", Attack, WithWeapon, false),
    ("dropped", Attack, WithWeapon, false),
    ("used", Attack, WithWeapon, false),
    // "Russian terrorists carried out an internal explosion", "Ukraine conducted a drone strike"
    // (not "carried out a drill": the noun must name a weapon or an assault).
    ("carried out", Attack, OfAssault, false),
    ("conducted", Attack, OfAssault, false),
    ("mounted", Attack, OfAssault, false),
    ("staged", Attack, OfAssault, false),
    // "had a testy Oval Office meeting": last, so that the phrases that open with "had" are read first.
    ("had", Meeting, OfMeeting, false),
];

/// Words after which a verb form is a noun ("the claim", "his post").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "'s", "such", "any", "every", "no",
    "another", "each", "of",
];
/// Things said that can be said again ("repeated his requests", "renewed her call", "issued a warning").
const PLEAS: &[&str] = &[
    "call",
    "calls",
    // "renewed an invitation for world leaders to join a peace summit".
    "invitation",
    "invitations",
    "request",
    "requests",
    "appeal",
    "appeals",
    "plea",
    "pleas",
    "demand",
    "demands",
    "warning",
    "warnings",
    "pledge",
    "pledges",
    "promise",
    "promises",
    "offer",
    "threat",
    "threats",
    "criticism",
    "condemnation",
    "denial",
    // "made the announcement at the White House".
    "announcement",
    "announcements",
];
/// A side's stands that it can drop ("dropped its objection").
const STANDS: &[&str] = &[
    "objection",
    "objections",
    "opposition",
    "veto",
    "demand",
    "demands",
    "bid",
    "block",
    "blockade",
    "plan",
    "plans",
    "threat",
    "charges",
];
const MODALS: &[&str] = &["would", "could", "may", "might", "should", "can", "must", "shall", "cannot"];
/// Whether words are reported before `i` in its sentence ("said he spoke to …", "The Kremlin
/// reported that Putin and Macron discussed …"): what follows is what was said.
fn reported_before(s: &Sentence, i: usize) -> bool {
    let t = &s.tokens;
    (0..i).any(|k| {
        !s.quoted[k]
            && matches!(
                t[k].lower.as_str(),
                "said" | "says" | "told" | "reported" | "reports" | "stated" | "announced" | "noted" | "added" | "claimed" | "according"
            )
    })
}

/// Whether "discussed" at `i` is told with the call or meeting it was said in, as the
/// news of a new occasion: "discussed bilateral efforts during a phone call on Friday", "in a
/// telephone conversation", "by phone". A readout's later "the two also discussed …" (or
/// "during the call") is more of an occasion already told.
fn discussed_together(s: &Sentence, i: usize) -> bool {
    let t = &s.tokens;
    let clause = (i + 1..t.len().min(i + 16)).take_while(|&k| t[k].kind != super::text::TokKind::Punct || t[k].is_punct('-'));
    clause.clone().any(|k| {
        let a_call = matches!(t[k].lower.as_str(), "during" | "in")
            && t.get(k + 1).is_some_and(|w| matches!(w.lower.as_str(), "a" | "an"))
            && (k + 2..t.len().min(k + 5)).any(|j| matches!(t[j].lower.as_str(), "call" | "conversation" | "meeting" | "talks"));
        let by_phone = t[k].lower == "by" && t.get(k + 1).is_some_and(|w| matches!(w.lower.as_str(), "phone" | "telephone"));
        a_call || by_phone
    })
}

/// Whether `w` is an adverb that may stand between "will" and its verb ("will then
/// visit", "will also hold", "will likely meet"); not "not", which denies the act.
pub(super) fn adverb_after_will(w: &str) -> bool {
    w.len() > 3 && w.ends_with("ly") && w != "only"
        || matches!(w, "then" | "also" | "soon" | "now" | "later" | "still" | "again" | "first" | "next" | "finally" | "jointly")
}
/// "X was forced to retract": the act did happen.
const OBLIGED: &[&str] = &["forced", "had", "has", "have", "obliged", "compelled"];
/// Verbs of trying before a report's infinitive (see `around`).
const ATTEMPTED: &[&str] = &["attempted", "tried", "sought", "moved", "rushed", "hastened", "scrambled"];
const FUTURE: &[&str] = &["will", "set", "due", "scheduled", "plans", "planned", "expected", "going"];
const CONDITIONS: &[&str] = &["if", "unless", "whether"];
/// Nouns that make "concluded"/"chaired" a meeting.
pub(super) const MEETING_OBJECTS: &[&str] = &[
    "meeting",
    "meetings",
    "summit",
    "talks",
    "session",
    "conference",
    "gathering",
    "ministerial",
    "negotiations",
    "consultations",
    "discussions",
    "discussion",
    "forum",
    "call",
    "ceremony",
];
/// Nouns that make "used"/"fired" an attack.
pub(super) const WEAPONS: &[&str] = &[
    // "launched a major offensive": an attack whatever it is launched with.
    "offensive",
    "counteroffensive",
    "assault",
    "barrage",
    "raid",
    "raids",
    "weapon",
    "weapons",
    "munitions",
    "munition",
    "bomb",
    "bombs",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "shells",
    "artillery",
    "drone",
    "drones",
    "gas",
    "phosphorus",
    "grenades",
    "mines",
    "chemical",
    "biological",
    "nuclear",
    "incendiary",
    "cluster",
    "strike",
    "strikes",
    "attack",
    "attacks",
    "airstrikes",
    "airstrike",
    "fire",
    "force",
    "troops",
    "at",
    "on",
];

/// Reporting and event verbs of a sentence, outside quoted speech, in order.
pub fn find_verbs(s: &Sentence) -> Vec<VerbHit> {
    let t = &s.tokens;
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if s.quoted[i] || !t[i].is_word() {
            i += 1;
            continue;
        }
        let Some(phrase) = phrase_at(s, i) else {
            i += 1;
            continue;
        };
        if let Some(hit) = verb_hit(s, i, phrase, &out).filter(|h| !(h.is_speech() && says_inside_relative(s, i))) {
            out.push(hit);
        }
        i += phrase.n;
    }
    out
}

/// "long-range weapons he says are critical", "restrictions that he says limit Kyiv's ability":
/// a speech verb inside a relative clause, right before that clause's own verb, tells what the
/// speaker holds of the noun, not the sentence's report.
fn says_inside_relative(s: &Sentence, i: usize) -> bool {
    let t = &s.tokens;
    // ("a video that he claimed showed …" is his claim: the claim is the report.)
    if i < 2 || !matches!(t[i].lower.as_str(), "says" | "said" | "believes" | "believed") {
        return false;
    }
    let pronoun = matches!(t[i - 1].lower.as_str(), "he" | "she" | "they" | "it" | "we");
    let noun_or_that = t[i - 2].is_word() && !t[i - 2].is_capitalized() && !matches!(t[i - 2].lower.as_str(), "and" | "but" | "as" | "so");
    // The next word opens no clause with a subject of its own: it is the clause's verb.
    let starts_subject = |w: &str| {
        matches!(
            w,
            "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "these"
                | "those"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "he"
                | "she"
                | "it"
                | "they"
                | "we"
                | "i"
                | "you"
                | "there"
                | "no"
                | "some"
                | "all"
                | "any"
                | "both"
                | "many"
                | "several"
        )
    };
    let verb_next = t.get(i + 1).is_some_and(|w| {
        w.is_word()
            && !w.is_capitalized()
            && !s.quoted[i + 1]
            && !starts_subject(&w.lower)
            && !w.lower.chars().next().is_some_and(|c| c.is_ascii_digit())
    });
    pronoun && noun_or_that && verb_next
}

/// Whether the subject right before the verb at `i` (past adverbs: "severely damaged") is an
/// attack or a weapon ("Russian strikes", "the blast", "drones").
fn armed_subject(s: &Sentence, i: usize) -> bool {
    let t = &s.tokens;
    let head = (i.saturating_sub(3)..i).rev().find(|&k| !(t[k].lower.ends_with("ly") && t[k].lower.len() > 4));
    head.is_some_and(|k| {
        let w = t[k].lower.as_str();
        t[k].is_word() && !s.quoted[k] && names_arms(w)
    })
}

/// An attack or a weapon named by a noun ("strikes", "the blast", "drones"), as what does harm
/// (not the prepositions and words of force `WEAPONS` also holds for "fired at", "used force").
pub(crate) fn names_arms(w: &str) -> bool {
    names_an_attack(w) || WEAPONS.contains(&w) && !matches!(w, "at" | "on" | "force" | "troops" | "fire")
}

/// A phrase of `VERBS` found at a token: its length in words and what the table says of it.
#[derive(Clone, Copy)]
struct Phrase {
    n: usize,
    kind: Kind,
    form: Form,
    denial: bool,
}

/// The first phrase of `VERBS` that the unquoted words from token `i` spell.
fn phrase_at(s: &Sentence, i: usize) -> Option<Phrase> {
    let t = &s.tokens;
    if called_someone_something(s, i) {
        return Some(Phrase { n: 1, kind: Statement, form: Finite, denial: false });
    }
    // "“…,” Lavrov concluded.", "He concluded that the talks had failed": the last words, not a
    // meeting ended.
    if matches!(t[i].lower.as_str(), "concluded" | "concludes")
        && (t.get(i + 1).is_some_and(|w| w.lower == "that")
            || (0..i).any(|k| s.quoted[k]) && t.get(i + 1).is_none_or(|w| w.is_punct('.') || w.is_punct(',')))
    {
        return Some(Phrase { n: 1, kind: Statement, form: Finite, denial: false });
    }
    // "Poroshenko called a meeting of his military cabinet": a meeting convened ("called the meeting
    // a success" is words about one, "called for a meeting" a demand).
    if matches!(t[i].lower.as_str(), "called" | "calls")
        && t.get(i + 1).is_some_and(|w| matches!(w.lower.as_str(), "a" | "an"))
        && (i + 2..(i + 5).min(t.len())).take_while(|&k| t[k].is_word() && !s.quoted[k]).any(|k| {
            matches!(t[k].lower.as_str(), "meeting" | "session" | "summit") && !matches!(t[k - 1].lower.as_str(), "press" | "news")
        })
    {
        return Some(Phrase { n: 1, kind: Meeting, form: Finite, denial: false });
    }
    // "Russian strikes severely damaged equipment", "the blast wounded six": what an attack or a
    // weapon did, told in the active (with no doer, these count only in the passive).
    if matches!(t[i].lower.as_str(), "damaged" | "injured" | "wounded") && armed_subject(s, i) {
        return Some(Phrase { n: 1, kind: Attack, form: Finite, denial: false });
    }
    // "Russia had deployed over 1,100 guided aerial bombs … against Ukraine": weapons used on a
    // side are an attack ("deployed troops to Poland" stays a decision).
    if matches!(t[i].lower.as_str(), "deployed" | "deploys")
        && weapon_follows(s, i + 1)
        && (i + 1..t.len().min(i + 20)).any(|k| t[k].lower == "against" && !s.quoted[k])
    {
        return Some(Phrase { n: 1, kind: Attack, form: Finite, denial: false });
    }
    // "gave a lower figure of 80 civilians evacuated", "gave a death toll of 12": a count put out
    // is words, however it is described.
    if t[i].lower == "gave"
        && (i + 1..t.len().min(i + 4)).take_while(|&k| t[k].is_word() && !s.quoted[k]).any(|k| COUNTS.contains(&t[k].lower.as_str()))
    {
        return Some(Phrase { n: 1, kind: Statement, form: Finite, denial: false });
    }
    // "248 prisoners were returned to Russia": people moved, told in the passive ("returned to"
    // is otherwise the active's journey: "Zelensky returned to Kyiv").
    if matches!(t[i].lower.as_str(), "returned" | "exchanged") && !s.quoted[i] && people_before_be(s, i) {
        return Some(Phrase { n: 1, kind: Other, form: PassiveOfPeople, denial: false });
    }
    // "Greece has refused to send its S-300 systems": a side's refusal is a decision of its own
    // (the act refused is not done); declining to comment or to say is no event.
    if matches!(t[i].lower.as_str(), "refused" | "declined")
        && t.get(i + 1).is_some_and(|w| w.lower == "to" && !s.quoted[i + 1])
        && t.get(i + 2).is_some_and(|w| w.is_word() && !s.quoted[i + 2] && !NOT_TELLING.contains(&w.lower.as_str()))
    {
        return Some(Phrase { n: 2, kind: Decision, form: Finite, denial: false });
    }
    // ("Russian missiles blasted Kharkiv": weapons blast, people criticise.)
    let with_weapon = || (i + 1..t.len().min(i + 8)).any(|k| t[k].lower == "with" && weapon_follows(s, k + 1));
    if t[i].lower == "blasted" && (i == 0 || WEAPONS.contains(&t[i - 1].lower.as_str()) || with_weapon()) {
        return None;
    }
    // "“This brutalization … is barbaric,” Blinken continued.": words went on with, after a quotation.
    if matches!(t[i].lower.as_str(), "continued" | "continues")
        && i >= 2
        && (0..i).any(|k| s.quoted[k])
        && (t[i - 1].is_capitalized() || matches!(t[i - 1].lower.as_str(), "he" | "she"))
        && (0..i)
            .rev()
            .take_while(|&k| !s.quoted[k])
            .all(|k| t[k].is_capitalized() || t[k].is_punct(',') || matches!(t[k].lower.as_str(), "the" | "he" | "she"))
        && t.get(i + 1).is_none_or(|w| w.is_punct('.') || w.is_punct(',') || w.kind == super::text::TokKind::OpenQuote)
    {
        return Some(Phrase { n: 1, kind: Statement, form: Finite, denial: false });
    }
    // "went to Kyiv", "went to the Ukrainian capital": a journey only to a place ("went to war",
    // "went to great lengths", "went to the polls" are none).
    if t[i].lower == "went" && t.get(i + 1).is_some_and(|w| w.lower == "to") {
        let place_word = |w: &str| matches!(w, "capital" | "city" | "town" | "front" | "region" | "border" | "frontline" | "country");
        let place = t.get(i + 2).is_some_and(|w| w.is_capitalized() && !s.quoted[i + 2])
            || t.get(i + 2).is_some_and(|w| w.lower == "the")
                && (i + 3..t.len().min(i + 6)).take_while(|&k| t[k].is_word()).any(|k| t[k].is_capitalized() || place_word(&t[k].lower));
        if !place {
            return None;
        }
    }
    // "formally declared the biggest annexation in Europe", "declared martial law": a state act
    // proclaimed is a decision, whatever words carry it ("declared that …" stays words).
    if matches!(t[i].lower.as_str(), "declared" | "declares" | "proclaimed" | "proclaims")
        && (i + 1..t.len().min(i + 6))
            .take_while(|&k| t[k].is_word() && !s.quoted[k] && t[k].lower != "that")
            .any(|k| DECLARED_ACTS.contains(&t[k].lower.as_str()))
    {
        return Some(Phrase { n: 1, kind: Decision, form: Finite, denial: false });
    }
    // "repeated his vow that …", "reiterated its call for …": words said again.
    if matches!(t[i].lower.as_str(), "repeated" | "repeats" | "reiterated" | "reiterates")
        && (t.get(i + 1).is_some_and(|w| w.lower == "that")
            || t.get(i + 1).is_some_and(|w| matches!(w.lower.as_str(), "his" | "her" | "its" | "their" | "the" | "a"))
                && t.get(i + 2).is_some_and(|w| SAID_AGAIN.contains(&w.lower.as_str())))
    {
        return Some(Phrase { n: 1, kind: Statement, form: Finite, denial: false });
    }
    // "spoke today with Kuleba", "talked by phone Tuesday with …": a call, a time between.
    if matches!(t[i].lower.as_str(), "spoke" | "talked")
        && (i + 1..t.len().min(i + 4)).take_while(|&k| t[k].is_word() && !s.quoted[k]).any(|k| t[k].lower == "with")
        && t.get(i + 1).is_some_and(|w| super::dates::says_when(&w.lower))
    {
        return Some(Phrase { n: 1, kind: Meeting, form: Finite, denial: false });
    }
    // "talked to Chinese President Xi Jinping on April 26", "spoke to Minister Gallant": a call
    // with someone named ("spoke to reporters" is words told).
    // (Only as the sentence's own news: "Putin said he spoke to Lukashenko" stays his words.)
    if matches!(t[i].lower.as_str(), "spoke" | "talked" | "speaks" | "talks")
        && t.get(i + 1).is_some_and(|w| w.lower == "to" && !s.quoted[i + 1])
        && t.get(i + 2).is_some_and(|w| w.is_capitalized() && !s.quoted[i + 2])
        && !reported_before(s, i)
    {
        return Some(Phrase { n: 2, kind: Meeting, form: Finite, denial: false });
    }
    // "Zelensky and Scholz discussed bilateral efforts during a phone call", "discussed the war
    // with Macron": a talk of two sides ("had been discussed at the talks" is no one's).
    if t[i].lower == "discussed"
        && !s.quoted[i]
        && (i == 0 || !matches!(t[i - 1].lower.as_str(), "been" | "was" | "were" | "is" | "are" | "be"))
        && !reported_before(s, i)
        && discussed_together(s, i)
    {
        return Some(Phrase { n: 1, kind: Meeting, form: Finite, denial: false });
    }
    // "held his first telephone conversation with Macron": a call held.
    if matches!(t[i].lower.as_str(), "held" | "holds")
        && (i + 1..t.len().min(i + 6))
            .take_while(|&k| t[k].is_word() && !s.quoted[k])
            .any(|k| matches!(t[k].lower.as_str(), "conversation" | "conversations"))
        && !reported_before(s, i)
    {
        return Some(Phrase { n: 1, kind: Meeting, form: Finite, denial: false });
    }
    // "Ukrainian troops have advanced up to 10 kilometers into Russia's Kursk Oblast", "pushed deeper
    // into the region": a move into ground is an assault ("advanced the proposal" is none).
    // "Russian troops advance southward from Izium": the present of a headline or a lead too.
    // After who advances, not after a describing word ("weeks of Ukrainian advances towards …" is a noun).
    let present = matches!(t[i].lower.as_str(), "advance" | "advances" | "push" | "pushes")
        && i > 0
        && (matches!(t[i - 1].lower.as_str(), "troops" | "forces" | "soldiers" | "army" | "units" | "fighters")
            || t[i - 1].is_capitalized() && !["ian", "ern", "ese", "ish"].iter().any(|e| t[i - 1].lower.ends_with(e)));
    if (matches!(t[i].lower.as_str(), "advanced" | "pushed" | "advancing" | "pushing") || present)
        && (i + 1..(i + 7).min(t.len())).take_while(|&k| t[k].is_word() && !s.quoted[k]).any(|k| {
            matches!(
                t[k].lower.as_str(),
                "into"
                    | "toward"
                    | "towards"
                    | "southward"
                    | "northward"
                    | "eastward"
                    | "westward"
                    | "southwards"
                    | "northwards"
                    | "eastwards"
                    | "westwards"
            )
        })
    {
        let form = if t[i].lower.ends_with("ing") { Progressive } else { Finite };
        return Some(Phrase { n: 1, kind: Attack, form, denial: false });
    }
    // "He repeated his requests for …", "renewed his call for jets", "issued a warning": words said again.
    if matches!(t[i].lower.as_str(), "repeated" | "renewed" | "restated" | "issued" | "made")
        && t.get(i + 1).is_some_and(|w| DETERMINERS.contains(&w.lower.as_str()) && !s.quoted[i + 1])
        && (i + 2..(i + 4).min(t.len())).take_while(|&k| t[k].is_word()).any(|k| {
            // A call is a plea only "for" or "to" something ("made a phone call to Kyiv" is none).
            let call = matches!(t[k].lower.as_str(), "call" | "calls");
            PLEAS.contains(&t[k].lower.as_str())
                && (!call
                    || t.get(k + 1).is_some_and(|w| matches!(w.lower.as_str(), "for" | "to"))
                        && !matches!(t[k - 1].lower.as_str(), "phone" | "telephone" | "video"))
        })
    {
        return Some(Phrase { n: 1, kind: Statement, form: Finite, denial: false });
    }
    // "Biden allowed Ukraine to use U.S. weapons", "will allow Kyiv to strike": a permission a side
    // gives a side is a decision ("the fighting would allow the military to capture …" is none).
    if matches!(t[i].lower.as_str(), "allowed" | "allow")
        && t.get(i + 1).is_some_and(|w| w.is_capitalized() && !s.quoted[i + 1])
        && (i + 2..(i + 5).min(t.len())).take_while(|&k| t[k].is_word()).any(|k| t[k].lower == "to")
    {
        let form = if t[i].lower == "allow" { Planned } else { Finite };
        return Some(Phrase { n: 1, kind: Decision, form, denial: false });
    }
    // "Leaders gathered in Brussels": a meeting; "TASS has gathered key updates", "gathered
    // evidence": what was collected is no one's meeting.
    if t[i].lower == "gathered"
        && t.get(i + 1).is_some_and(|w| {
            w.is_word()
                && !matches!(
                    w.lower.as_str(),
                    "in" | "at"
                        | "on"
                        | "for"
                        | "with"
                        | "to"
                        | "outside"
                        | "inside"
                        | "near"
                        | "around"
                        | "together"
                        | "again"
                        | "today"
                        | "yesterday"
                )
                && super::dates::weekday_of(&w.lower).is_none()
        })
    {
        return None;
    }
    // "presided over a meeting of the Security Council" is the meeting; over an opening, a ceremony.
    if t[i].lower == "presided"
        && t.get(i + 1).is_some_and(|w| w.lower == "over")
        && (i + 2..(i + 8).min(t.len())).take_while(|&k| t[k].is_word()).any(|k| MEETING_OBJECTS.contains(&t[k].lower.as_str()))
    {
        return Some(Phrase { n: 2, kind: Meeting, form: Finite, denial: false });
    }
    // "Stoltenberg laid overall but not specific blame on Putin", "put the blame on Russia": blaming.
    if matches!(t[i].lower.as_str(), "laid" | "put" | "placed" | "pinned" | "lays" | "puts" | "places")
        && (i + 1..(i + 6).min(t.len()))
            .take_while(|&k| t[k].is_word() && !s.quoted[k])
            .any(|k| t[k].lower == "blame" && t.get(k + 1).is_some_and(|w| w.lower == "on"))
    {
        return Some(Phrase { n: 1, kind: Accusation, form: Finite, denial: false });
    }
    // "opened a criminal probe into the explosion", "launched an investigation": deciding to look into it.
    if matches!(t[i].lower.as_str(), "opened" | "launched" | "started" | "initiated" | "ordered") && inquiry_object(s, i + 1) {
        return Some(Phrase { n: 1, kind: Decision, form: Finite, denial: false });
    }
    // "Ukraine responded with air raids", "retaliated with missile strikes": force, not words.
    if matches!(t[i].lower.as_str(), "responded" | "responds" | "retaliated" | "retaliates")
        && t.get(i + 1).is_some_and(|w| w.lower == "with")
        && (i + 2..(i + 6).min(t.len())).take_while(|&k| t[k].is_word() && !s.quoted[k]).any(|k| {
            names_an_assault(&t[k].lower)
                || WEAPONS.contains(&t[k].lower.as_str())
                || matches!(t[k].lower.as_str(), "raids" | "raid" | "fire")
        })
    {
        return Some(Phrase { n: 1, kind: Attack, form: Finite, denial: false });
    }
    // "Hungary dropped its objection to the package": giving up a stand is deciding.
    if t[i].lower == "dropped"
        && t.get(i + 1).is_some_and(|w| DETERMINERS.contains(&w.lower.as_str()))
        && t.get(i + 2).is_some_and(|w| STANDS.contains(&w.lower.as_str()))
    {
        return Some(Phrase { n: 1, kind: Decision, form: Finite, denial: false });
    }
    // Compared word by word without collecting: this runs for every word of every sentence.
    VERBS
        .iter()
        .find_map(|&(phrase, kind, form, denial)| {
            // Most phrases differ in their first word: ruled out before any splitting.
            let (p, w) = (phrase.as_bytes(), t[i].lower.as_bytes());
            if !(p.starts_with(w) && p.get(w.len()).is_none_or(|&b| b == b' ')) {
                return None;
            }
            let mut n = 0;
            let fits = phrase.split(' ').all(|w| {
                // "called Thursday on Putin to halt …": a day between a verb and its particle.
                if n == 1 && t.get(i + 1).is_some_and(|tok| tok.lower != w && day_word(&tok.lower)) {
                    n += 1;
                }
                let k = i + n;
                n += 1;
                t.get(k).is_some_and(|tok| tok.lower == w && !s.quoted[k])
            });
            fits.then_some(Phrase { n, kind, form, denial })
        })
        .or_else(|| regular_form_at(s, i))
        .map(|ph| if ph.kind == Statement && announces_a_decision(s, i, i + ph.n) { Phrase { kind: Decision, ..ph } } else { ph })
        .map(|ph| if ph.kind == Statement && welcomed_someone_to(s, i, i + ph.n) { Phrase { kind: Meeting, ..ph } } else { ph })
}

/// A word that alone names a day: a weekday, "today", "yesterday", "tonight".
fn day_word(w: &str) -> bool {
    super::dates::weekday_of(w).is_some() || matches!(w, "today" | "yesterday" | "tonight")
}

/// A present or progressive derived by `regular_form_of`, where the words around make it a
/// verb: a plural noun ("United States", "Putin's remarks came", "the demands are") is not.
fn regular_form_at(s: &Sentence, i: usize) -> Option<Phrase> {
    let t = &s.tokens;
    if s.quoted[i] || t[i].is_capitalized() || i == 0 {
        return None;
    }
    let ph = regular_form_of(&t[i].lower)?;
    if ph.form == Progressive {
        return Some(ph); // counts only after a form of "be" (`form_fits`)
    }
    // The subject ends right before, an adverb in "-ly" aside: a name or a pronoun.
    let mut k = i - 1;
    while k > 0 && t[k].lower.ends_with("ly") && !t[k].is_capitalized() {
        k -= 1;
    }
    // ("Western sanctions", "Russian demands": a describing word before a plural noun.)
    let describing = ["ern", "ian", "ean", "ese", "ish"].iter().any(|e| t[k].lower.ends_with(e));
    // ("Many reports said": a sentence's first word may be no name.)
    let quantifier = DETERMINERS.contains(&t[k].lower.as_str())
        || matches!(t[k].lower.as_str(), "many" | "most" | "few" | "several" | "all" | "both" | "other");
    // ("the British government notes that Russia …": a singular noun before, and "that" opening a
    // clause with its own subject after, make it a verb; "reports that surfaced" is a noun's clause.)
    let singular_noun = t[k].is_word() && !t[k].lower.ends_with('s') && !quantifier && !describing;
    let that_next = t.get(i + 1).is_some_and(|w| w.lower == "that")
        && t.get(i + 2).is_some_and(|w| {
            w.is_capitalized() || DETERMINERS.contains(&w.lower.as_str()) || matches!(w.lower.as_str(), "he" | "she" | "it" | "they" | "we")
        });
    let subject_end = t[k].is_capitalized() && !quantifier && !describing && !t[k].lower.ends_with("'s") && !t[k].lower.ends_with("’s")
        || matches!(t[k].lower.as_str(), "he" | "she" | "it")
        || singular_noun && that_next;
    let verb_next = t.get(i + 1).is_some_and(|w| {
        matches!(w.lower.as_str(), "are" | "is" | "were" | "was" | "have" | "has" | "had" | "came" | "come" | "will" | "would" | "of")
    });
    (subject_end && !verb_next).then_some(ph)
}

/// The third-person present ("rejects", "imposes", "denies") or the "-ing" form after "be"
/// ("are imposing", "is designating") of a regular past the table lists ("rejected", "imposed",
/// "designated"): official statements speak in the present ("The United States condemns …").
fn regular_form_of(word: &str) -> Option<Phrase> {
    let (stem, form) = if let Some(stem) = word.strip_suffix("ing") {
        (stem, Progressive)
    } else if let Some(stem) = word.strip_suffix('s').filter(|w| !w.ends_with('s') || w.ends_with("sses")) {
        (stem, Finite)
    } else {
        return None;
    };
    if stem.len() < 3 {
        return None;
    }
    // "denies", "denying" → "denied"; else "rejects", "rejecting", "stopping" → stem + "ed",
    // "imposes", "stresses" → stem + "d". Compared in place: this runs for many words.
    let ied_root = stem.strip_suffix("ie").or_else(|| if form == Progressive { stem.strip_suffix('y') } else { None });
    let past_of_stem = |phrase: &str| match ied_root {
        Some(root) => phrase.strip_suffix("ied") == Some(root),
        None => phrase.strip_suffix("ed") == Some(stem) || phrase.strip_suffix('d') == Some(stem),
    };
    VERBS.iter().find_map(|&(phrase, kind, f, denial)| {
        let regular = f == Finite && !phrase.contains(' ') && phrase.ends_with("ed") && kind != Attack;
        (regular && past_of_stem(phrase)).then_some(Phrase { n: 1, kind, form, denial })
    })
}

/// "Austin welcomed President Zelenskyy to the Pentagon": receiving a guest at a place is
/// a meeting, not words of welcome ("welcomed the decision" stays words).
fn welcomed_someone_to(s: &Sentence, at: usize, end: usize) -> bool {
    let t = &s.tokens;
    if !matches!(t[at].lower.as_str(), "welcomed" | "welcomes" | "welcome") {
        return false;
    }
    let name_end = (end..t.len().min(end + 6)).take_while(|&k| t[k].is_capitalized() && !s.quoted[k]).last();
    let Some(k) = name_end else { return false };
    let to = k + 1;
    t.get(to).is_some_and(|w| w.lower == "to")
        && t.get(to + 1).is_some_and(|w| w.is_capitalized() || w.lower == "the" && t.get(to + 2).is_some_and(|x| x.is_capitalized()))
}

/// Speech verbs whose object may be a decision taken ("announced the withdrawal",
/// "pledged $2 billion", "pledged to send tanks"): then the act, not words.
const ANNOUNCING: &[&str] =
    &["announced", "announces", "announce", "pledged", "pledges", "pledge", "promised", "promises", "committed", "commits"];
/// Nouns that make what is announced a decision.
const DECISION_OBJECTS: &[&str] = &[
    "decision",
    "package",
    "aid",
    "assistance",
    "support",
    "plan",
    "plans",
    "sanctions",
    "funding",
    "withdrawal",
    "measures",
    "tranche",
    "billion",
    "million",
    "deployment",
    "roadmap",
    "strategy",
    "deal",
    "agreement",
    "ban",
    "ceasefire",
    "troops",
    "weapons",
    "equipment",
    "battlegroups",
    "mobilization",
    "mobilisation",
];

/// Whether the speech verb at `at` (its words ending at `end`) announces a decision: a
/// decision noun as its object before any "that" or break, or "pledged to" and a verb.
fn announces_a_decision(s: &Sentence, at: usize, end: usize) -> bool {
    let t = &s.tokens;
    if !ANNOUNCING.contains(&t[at].lower.as_str()) {
        return false;
    }
    if t.get(end).is_some_and(|w| w.lower == "to") && t[at].lower != "announced" {
        // "pledged to send", not "promised to the allies".
        return t.get(end + 1).is_some_and(|w| w.is_word() && !w.is_capitalized() && !DETERMINERS.contains(&w.lower.as_str()));
    }
    (end..t.len().min(end + 7))
        .take_while(|&k| !s.quoted[k] && (t[k].is_word() || t[k].is_punct('$') || t[k].is_punct('%')) && t[k].lower != "that")
        .any(|k| DECISION_OBJECTS.contains(&t[k].lower.as_str()))
}

/// Nouns of a count given out ("gave a lower figure of 80").
const COUNTS: &[&str] = &["figure", "figures", "toll", "tally", "estimate", "count"];

/// "Biden called Putin a \"butcher\"", "called the Russian leader a war criminal":
/// naming someone something is words said of them (a bare "called" is also a
/// phone call, "was called to" a summons).
fn called_someone_something(s: &Sentence, i: usize) -> bool {
    let t = &s.tokens;
    if !matches!(t[i].lower.as_str(), "called" | "calls") || i == 0 || t[i - 1].lower == "was" || t[i - 1].lower == "were" {
        return false;
    }
    let mut k = i + 1;
    if t.get(k).is_some_and(|w| w.lower == "the") {
        k += 1;
    }
    let name_from = k;
    while k < t.len() && k < name_from + 3 && t[k].is_capitalized() && !s.quoted[k] {
        k += 1;
    }
    if k > name_from && t.get(k).is_some_and(|w| matches!(w.lower.as_str(), "a" | "an") || w.kind == super::text::TokKind::OpenQuote) {
        return true;
    }
    // "called recent barrages of Russian missile strikes against Ukraine’s energy infrastructure
    // “barbaric”": a longer object, then a short quoted word or two for what it was called.
    let open = (i + 1..t.len().min(i + 16))
        .take_while(|&k| {
            !s.quoted[k]
                && (t[k].is_word() || t[k].kind == super::text::TokKind::Possessive || t[k].kind == super::text::TokKind::OpenQuote)
        })
        .find(|&k| t[k].kind == super::text::TokKind::OpenQuote);
    open.is_some_and(|o| {
        o > i + 2
            && (t[i + 1].lower != "on" && t[i + 1].lower != "for")
            // (a few words: "“deeply unfortunate and irresponsible.”", its full stop inside)
            && (o + 1..t.len().min(o + 8)).any(|k| t[k].kind == super::text::TokKind::CloseQuote)
    })
}

/// What the words around a verb phrase say of its use.
struct Around<'s> {
    prev: Option<&'s str>,
    /// After a determiner: a noun ("the claim", "his post").
    noun: bool,
    modal: bool,
    /// After "to" (not "forced to").
    infinitive: bool,
    /// "will meet", "plans to meet".
    future: bool,
    /// "the package would be announced": a plan told in the passive.
    passive_plan: bool,
    /// An announcement the act before was for (see `purpose_of`).
    purpose: bool,
    /// A `Planned` form after words telling a plan, or a purpose.
    planned: bool,
    /// In a clause of "if", "unless", "whether".
    conditional: bool,
    /// After a form of "be".
    after_be: bool,
    /// A passive whose subject was acted on ("was shelled", "was asked").
    passive_attack: bool,
    /// Who acted is named after "by" ("liberated by", "attended by").
    by_agent: bool,
    /// Shares the subject of the verb before (after "and", or a participle after a comma).
    coordinate: bool,
}

/// Reads the words before (and for a passive, after) the phrase at token `i`.
fn around<'s>(s: &'s Sentence, i: usize, phrase: Phrase, before: &[VerbHit]) -> Around<'s> {
    let t = &s.tokens;
    let Phrase { n, kind, form, .. } = phrase;
    let word =
        |k: usize| t.get(k).filter(|tok| tok.is_word() || tok.kind == super::text::TokKind::Possessive).map(|tok| tok.lower.as_str());
    let prev = i.checked_sub(1).and_then(word);
    let prev2 = i.checked_sub(2).and_then(word);
    // "on a state visit", "during an official visit": one describing word between an article
    // after a preposition and the form ("made a surprise visit" stays the act).
    let prev3 = i.checked_sub(3).and_then(word);
    let described_noun = matches!(prev3, Some("on" | "during" | "after" | "for" | "from" | "of" | "before" | "in"))
        && matches!(prev2, Some("a" | "an"))
        && prev.is_some_and(|p| {
            matches!(p, "state" | "official" | "working" | "surprise" | "unannounced" | "private" | "brief" | "rare" | "historic" | "first")
        })
        && matches!(t[i].lower.as_str(), "visit" | "trip" | "call" | "meeting" | "strike" | "attack");
    // "alleged Russian collusion", "the alleged attack", "over alleged abuses": an adjective before
    // its noun, after a determiner, a preposition, "and" or a comma of a list (not "…, alleged that").
    let alleged_adjective = t[i].lower == "alleged"
        && (prev.is_some_and(|p| {
            matches!(
                p,
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "of"
                    | "on"
                    | "in"
                    | "for"
                    | "about"
                    | "over"
                    | "with"
                    | "against"
                    | "and"
                    | "or"
                    | "by"
            )
        }) || i > 0 && t[i - 1].is_punct(',') && t.get(i + 1).is_none_or(|w| w.lower != "that"));
    // "in designated areas", "to a designated place": a describing word after a preposition.
    let designated_place = t[i].lower == "designated"
        && prev.is_some_and(|p| matches!(p, "in" | "into" | "to" | "at" | "from" | "within" | "outside" | "near" | "as"));
    // "Rutte's first foreign visit", "his first official visit": a base form after whose it is
    // and describing words is a noun.
    // ("made his first visit to Kyiv": the noun a light verb makes is the act, see `act_phrase`.)
    let possessed_noun = form == Base
        && (2..=3).any(|d| {
            i >= d
                && !(i > d && LIGHT_VERBS.contains(&t[i - d - 1].lower.as_str()))
                && (t[i - d].kind == super::text::TokKind::Possessive
                    || matches!(t[i - d].lower.as_str(), "his" | "her" | "their" | "its" | "our" | "my" | "your" | "the" | "a" | "an"))
                && t[i - d + 1..i].iter().all(|w| {
                    w.is_word()
                        && !w.is_capitalized()
                        && !MODALS.contains(&w.lower.as_str())
                        && !matches!(w.lower.as_str(), "to" | "will" | "not")
                })
        });
    // ("made a visit to Poland", "paid a visit": the noun a light verb makes is the act.)
    let made = prev2.is_some_and(|p| LIGHT_VERBS.contains(&p)) && matches!(t[i].lower.as_str(), "visit" | "trip" | "tour");
    let noun = prev.is_some_and(|p| DETERMINERS.contains(&p)) && kind != Statement && !made
        || possessed_noun
        || prev == Some("the")
        || described_noun
        || alleged_adjective
        || designated_place;
    let modal = prev.is_some_and(|p| MODALS.contains(&p)) || prev2.is_some_and(|p| MODALS.contains(&p)) && prev != Some("to");
    // "attempted to clarify that …", "sought to reassure": trying to say something is saying it.
    let attempted_words = kind == Statement && prev2.is_some_and(|p| ATTEMPTED.contains(&p));
    // ("wanted Kellogg to personally visit the contact line": an adverb may split the infinitive.)
    let split_infinitive = prev.is_some_and(|p| p.len() > 4 && p.ends_with("ly")) && prev2 == Some("to");
    let infinitive = (prev == Some("to") && !prev2.is_some_and(|p| OBLIGED.contains(&p)) || split_infinitive) && !attempted_words;
    // "is scheduled Saturday to meet", "is due on Friday to travel": a time may stand between.
    let planned_before_to = prev == Some("to")
        && (0..i.saturating_sub(1))
            .rev()
            .take(4)
            .map(word)
            .find(|w| !w.is_some_and(super::dates::says_when))
            .flatten()
            .is_some_and(|p| FUTURE.contains(&p));
    // ("will be holding talks": the future progressive.)
    let will_be = prev == Some("be") && prev2 == Some("will") && t[i].lower.ends_with("ing");
    // ("will pay a state visit to Poland": the plan is of the verb that makes the noun.)
    let will_make = (i.saturating_sub(4)..i).any(|k| {
        k > 0 && (LIGHT_VERBS.contains(&t[k].lower.as_str()) || t[k].lower == "hold") && matches!(t[k - 1].lower.as_str(), "will" | "would")
    });
    let will_be = will_be || will_make && kind != Statement;
    // ("will then visit Turkey", "will also hold talks": an adverb may stand after "will".)
    let will_adverb = prev2 == Some("will") && prev.is_some_and(adverb_after_will);
    let future = prev == Some("will")
        || will_adverb
        || will_be
        || prev == Some("to") && prev2.is_some_and(|p| FUTURE.contains(&p))
        || planned_before_to;
    // "the package would be announced on Tuesday": a plan told in the passive, whose side is the speaker's.
    let passive_plan = n == 1
        && PASSIVE_PLANS.contains(&t[i].lower.as_str())
        && prev == Some("be")
        && prev2.is_some_and(|p| matches!(p, "will" | "would"))
        && !s.quoted[i];
    let purpose = form == Planned && purpose_of(s, i, before);
    let planned = form == Planned && (planned_by(s, i) || purpose);
    let clause_from = (0..i).rev().find(|&k| t[k].is_punct(',') || s.quoted[k]).map_or(0, |k| k + 1);
    // "Questions begin to be asked when the West declares that …": words said whenever
    // something happens, in the present, are a habit, no event.
    let habitual_when = kind != Meeting
        && t[i].lower.ends_with('s')
        && !t[i].lower.ends_with("ss")
        && n == 1
        && t[clause_from..i].iter().any(|w| matches!(w.lower.as_str(), "when" | "whenever"))
        && !s.quoted[i];
    let conditional = t[clause_from..i].iter().any(|w| CONDITIONS.contains(&w.lower.as_str())) || habitual_when;
    // "was banned", "were shelled": the subject is what was acted on, not who acted.
    // Adverbs between them do not change that: "have been almost completely destroyed".
    let adverb = adverb_after_be;
    let before_adverbs = (0..i).rev().take(4).map(word).find(|w| !w.is_some_and(adverb)).flatten();
    let after_be = before_adverbs.is_some_and(|p| matches!(p, "was" | "were" | "been" | "being" | "is" | "are" | "be" | "am"));
    // "will be met with a response": "met" in the passive is no meeting;
    // "was asked" is a question put to someone, not a report.
    let passive_attack = (matches!(kind, Attack | Decision | Other) || matches!(t[i].lower.as_str(), "met" | "asked"))
            && n == 1
            && after_be
            && form != Progressive
            // ("is escalating its attacks": an "-ing" after "be" is no passive.)
            && !t[i].lower.ends_with("ing");
    // "was liberated by Ukrainian troops": the one who acted is named after "by".
    let by_next = t.get(i + 1).is_some_and(|w| w.lower == "by" && !s.quoted[i + 1]);
    let by_agent = passive_attack && kind == Attack && by_next;
    // "Kherson captured by Russian forces in March": a headline's passive leaves out "was"; the one
    // who acted is still named after "by" (a name, then the participle, opening the sentence).
    let headline_passive =
        kind == Attack && n == 1 && by_next && t[i].lower.ends_with("ed") && i > 0 && (0..i).all(|k| t[k].is_capitalized() && !s.quoted[k]);
    let by_agent = by_agent || headline_passive;
    // "the bridge was inaugurated by President Putin", "Kyiv was visited by Biden": the one named after "by".
    let by_agent = by_agent || kind == Other && n == 1 && after_be && by_next;
    // "The bridge, personally inaugurated by President Putin in 2018, is …": a participle set off by a
    // comma, with its agent after "by", is that agent's act.
    let comma_at = (0..i).rev().find(|&k| !(t[k].is_word() && adverb(&t[k].lower)));
    let inserted = comma_at.is_some_and(|k| t[k].is_punct(',') && !s.quoted[k]);
    let by_agent = by_agent || matches!(kind, Attack | Other) && n == 1 && inserted && by_next && t[i].lower.ends_with("ed");
    // "a meeting attended by Rubio and Waltz": those named after "by" met.
    let by_agent = by_agent || kind == Meeting && t[i].lower == "attended" && by_next;
    // "Avdiivka fell to Russian forces": who took it is named after "to".
    let by_agent = by_agent || kind == Attack && n == 2 && t[i].lower == "fell" && t[i + 1].lower == "to";
    // "eight drones were shot down by air defense forces": who shot them down, after "by".
    let by_agent = by_agent || kind == Attack && n == 2 && after_be && t.get(i + 2).is_some_and(|w| w.lower == "by" && !s.quoted[i + 2]);
    // "This is stated in a written statement by US President Joe Biden": who said it comes after "by".
    // "Ukraine was warned by Washington that …", "it was notified by Russia that …": who told it, after "by".
    let reported_by = matches!(
        t[i].lower.as_str(),
        "stated" | "said" | "reported" | "announced" | "confirmed" | "warned" | "told" | "notified" | "informed"
            // "the plan was welcomed by Moscow", "the strike was condemned by Kyiv".
            | "welcomed" | "praised" | "hailed" | "condemned" | "criticised" | "criticized" | "rejected" | "denied" | "dismissed"
    ) && after_be
        && (i + 1..(i + 8).min(t.len()))
            .take_while(|&k| t[k].is_word())
            // "are announced at a summit hosted by the US": that "by" is the other participle's.
            .take_while(|&k| k == i + 1 || !t[k].lower.ends_with("ed") || t[k].is_capitalized())
            .any(|k| t[k].lower == "by");
    // "As stated by President Zelenskyy, Ukraine will not …": who said what the sentence then tells.
    let as_stated_by = i > 0
        && t[i - 1].lower == "as"
        && matches!(
            t[i].lower.as_str(),
            "stated" | "said" | "noted" | "emphasized" | "emphasised" | "stressed" | "explained" | "announced"
        )
        && t.get(i + 1).is_some_and(|w| w.lower == "by" && !s.quoted[i + 1]);
    let by_agent = by_agent || reported_by || as_stated_by;
    // ("Kyiv was visited by Biden": the one named after "by" acted, no passive left.)
    let passive_attack = passive_attack && !by_agent;
    // "…, praising X" / "… and urged X": the subject is that of the verb before.
    let and_before = (0..i)
        .rev()
        .find(|&k| !(t[k].is_word() && COORDINATE_SKIP.contains(&t[k].lower.as_str())))
        .is_some_and(|k| t[k].is_word() && t[k].lower == "and" && !s.quoted[k]);
    let comma_before = i > 0 && t[i - 1].is_punct(',') && !s.quoted[i - 1];
    let coordinate = match form {
        Participle => comma_before || and_before,
        // "Rutte told reporters after meeting Trump": the gerund's subject is the clause's.
        Progressive if gerund_act(s, i, n) => true,
        // "…, bombarding the central square": an act's "-ing" after a comma (see `form_fits`).
        Progressive if kind == Attack => comma_before || and_before,
        _ => and_before,
    };
    Around {
        prev,
        noun,
        modal,
        infinitive,
        future,
        passive_plan,
        purpose,
        planned,
        conditional,
        after_be,
        passive_attack,
        by_agent,
        coordinate,
    }
}

/// Whether the phrase at token `i` is used as its form requires (a weapon after "used", a
/// meeting after "concluded", "be" before a progressive, …) and is no known false friend.
fn form_fits(s: &Sentence, i: usize, phrase: Phrase, a: &Around) -> bool {
    let t = &s.tokens;
    let Phrase { n, form, .. } = phrase;
    // "Russian forces escalated their attacks Tuesday, bombarding the central square": after a
    // comma, an act's "-ing" shares the subject of the clause before.
    let participle_clause = i > 0 && t[i - 1].is_punct(',') && !s.quoted[i - 1] && phrase.kind == Attack;
    // ("meeting" only as the gerund: "the group are meeting to discuss" tells a habit of a noun's clause.)
    let progressive_ok = form != Progressive || (a.after_be || participle_clause) && t[i].lower != "meeting" || gerund_act(s, i, n);
    let with_subject = prev_is_name(s, i) && (i.saturating_sub(5)..i).any(|k| t[k].lower == "with") || absolute_subject(s, i);
    let participle_ok = form != Participle || a.coordinate || with_subject;
    let gerund_object = a.prev == Some("of") || a.prev == Some("by");
    // "had a testy Oval Office meeting with": "had" holds a meeting only as its object, right
    // after it ("had been invited to the meeting" is no meeting held).
    let have = matches!(t[i].lower.as_str(), "had" | "has" | "have");
    let have_object = !have
        || t.get(i + n).is_some_and(|w| {
            matches!(w.lower.as_str(), "a" | "an" | "his" | "her" | "their" | "its" | "our" | "two" | "several")
                || MEETING_OBJECTS.contains(&w.lower.as_str())
        });
    // "fell to Russian forces", "fell to the Russians": a side right after "to"; "fell to a
    // record low", "fell to its lowest level against the US dollar" is no capture.
    let fell_ok = !(t[i].lower == "fell" && n == 2) || {
        let k = if t.get(i + 2).is_some_and(|w| w.lower == "the") { i + 3 } else { i + 2 };
        t.get(k).is_some_and(|w| w.is_capitalized() && !s.quoted[k])
    };
    let meeting_ok = form != OfMeeting
        || have_object
            && (i + n..(i + n + 6).min(t.len()))
                // "hold “informal” talks": a word in quotation marks still describes the meeting.
                .take_while(|&k| t[k].is_word() || t[k].kind == super::text::TokKind::Possessive || t[k].is_quote())
                .any(|k| MEETING_OBJECTS.contains(&t[k].lower.as_str()) && !matches!(t[k - 1].lower.as_str(), "press" | "news"));
    let consent_ok = form != OfConsent || {
        let w: Vec<&str> =
            (i + n..(i + n + 6).min(t.len())).take_while(|&k| t[k].is_word() && !s.quoted[k]).map(|k| t[k].lower.as_str()).collect();
        w.windows(2).any(|x| x == ["green", "light"])
            || w.iter().any(|x| matches!(*x, "go-ahead" | "permission" | "approval" | "authorization"))
    };
    let statehood_ok = form != OfStatehood
        || (i + n..(i + n + 10).min(t.len())).take_while(|&k| t[k].is_word() && !s.quoted[k]).any(|k| {
            matches!(t[k].lower.as_str(), "independent" | "independence" | "sovereignty" | "republics" | "annexation" | "statehood")
        });
    // "launched a surprise incursion": an assault named within the clause counts as a weapon does.
    let assault_follows = || (i + n..(i + n + 9).min(t.len())).take_while(|&k| t[k].is_word()).any(|k| names_an_assault(&t[k].lower));
    let weapon_ok = form != WithWeapon || !inquiry_object(s, i + n) && (weapon_follows(s, i + n) || assault_follows());
    let assault_ok = form != OfAssault || assault_object(s, i + n);
    let passive_ok = form != Passive || a.after_be;
    let document_ok = form != ByDocument
        || i >= 2
            && matches!(t[i - 1].lower.as_str(), "statement" | "letter" | "post" | "message" | "communique" | "release" | "notice")
            && matches!(t[i - 2].lower.as_str(), "the" | "a" | "its" | "his" | "her" | "their" | "joint");
    let people_ok = form != PassiveOfPeople || a.after_be && people_before_be(s, i);
    // A base form after "to" is not an act ("meant to say"), unless obliged ("forced to walk back") or planned.
    let base_ok = form != Base || !a.infinitive || a.future;
    // "attacks directed at civilians": aimed, not ordered.
    let aimed =
        t[i].lower == "directed" && t.get(i + n).is_some_and(|w| matches!(w.lower.as_str(), "at" | "against" | "toward" | "towards"));
    // "X joined NATO" is no meeting; "X was joined by Y" is X's company at an occasion.
    // "Waltz joined Rubio at the table": a place at someone's meeting is attending it.
    let joined_at_table = || {
        (i + 1..(i + 8).min(t.len())).any(|k| {
            matches!(t[k].lower.as_str(), "at" | "for" | "in")
                && (k + 1..(k + 4).min(t.len())).any(|j| t[j].lower == "table" || MEETING_OBJECTS.contains(&t[j].lower.as_str()))
        })
    };
    let joined_bad = t[i].lower == "joined"
        && phrase.kind == Meeting
        && !joins_a_bloc(s, i + n)
        && !(a.after_be && (i + 1..(i + 8).min(t.len())).any(|k| t[k].lower == "by"))
        && !joined_at_table();
    // "hit back at critics", "hit out at the West": words, not a strike; "hit a record": no target.
    let word = |k: usize| t.get(k).map_or("", |w| w.lower.as_str());
    let hit_bad = matches!(t[i].lower.as_str(), "hit" | "hits")
        && (matches!(word(i + 1), "back" | "out")
            || matches!(word(i + 1), "a" | "an") && matches!(word(i + 2), "record" | "high" | "low" | "snag" | "wall" | "milestone"));
    // "Russian troops are said to have captured the village": hearsay about them, not their words.
    let hearsay = matches!(phrase.kind, Statement | Claim | Accusation)
        && a.after_be
        && word(i + n) == "to"
        && matches!(t[i].lower.as_str(), "said" | "reported" | "alleged" | "believed" | "thought" | "claimed" | "rumoured" | "rumored");
    // "The council was informed that …": the one told, not the teller (who may follow "by").
    // Nor "Moscow had informed Turkey … of its objection": what was said follows "that".
    // ("Putin is now fully briefed on the latest developments": the one briefed, no teller named.)
    let by_named = || (i + 1..(i + 8).min(t.len())).any(|k| t[k].lower == "by");
    let informed_nothing_said = matches!(t[i].lower.as_str(), "informed" | "informs")
        && (a.after_be && !by_named() || !(i + 1..(i + 5).min(t.len())).take_while(|&k| t[k].is_word()).any(|k| t[k].lower == "that"))
        || t[i].lower == "briefed" && a.after_be && !by_named();
    // "who requested anonymity", "asked not to be named": how a source is kept unnamed, no act.
    let anonymity = matches!(t[i].lower.as_str(), "requested" | "asked")
        && (matches!(word(i + 1), "anonymity" | "not") || word(i + 1) == "that" && word(i + 2) == "they");
    // "… left at least three killed and 25 wounded": a toll the subject left, no act of its own.
    let left_toll = matches!(t[i].lower.as_str(), "killed" | "wounded" | "injured" | "dead")
        && (i.saturating_sub(5)..i)
            .rev()
            .take_while(|&k| t[k].is_word())
            .find(|&k| {
                let w = t[k].lower.as_str();
                !(t[k].norm.chars().any(|c| c.is_ascii_digit()) || TOLL_WORDS.contains(&w) || super::dates::NUMBERS.contains(&w))
            })
            .is_some_and(|k| matches!(t[k].lower.as_str(), "left" | "leaving" | "leaves"));
    // "which Russian troops are threatening to encircle": a move on the ground, no words.
    let ground_threat = matches!(t[i].lower.as_str(), "threatening" | "threatened" | "threatens" | "threaten")
        && word(i + n) == "to"
        && matches!(word(i + n + 1), "encircle" | "surround" | "overrun" | "engulf" | "outflank" | "breach" | "swamp");
    // "a former lawmaker accused of high treason", "Russia accused of war crimes": the one accused,
    // with no accuser named; an accuser names whom ("Kyiv accused Moscow of …").
    // ("Russian forces were accused of using …", a full passive, is the other side's charge.)
    let accused_of = t[i].lower == "accused" && word(i + 1) == "of" && !a.after_be && !by_named();
    // "will tour the exhibit", not "your European tour".
    let tour_bad = t[i].lower == "tour" && !a.prev.is_some_and(|p| matches!(p, "will" | "would" | "to"));
    progressive_ok
        && participle_ok
        && !gerund_object
        && meeting_ok
        && fell_ok
        && consent_ok
        && !anonymity
        && !informed_nothing_said
        && !hearsay
        && statehood_ok
        && weapon_ok
        && assault_ok
        && passive_ok
        && document_ok
        && people_ok
        && base_ok
        && !aimed
        && !joined_bad
        && !tour_bad
        && !accused_of
        && !ground_threat
        && !left_toll
        && !hit_bad
        && !figurative(s, i + n)
}

/// What "struck", "hit" or "blasted" take when they are no blow: "struck a conciliatory
/// tone", "struck a deal", "hit the road", "hit back at critics".
const FIGURATIVE_OBJECTS: &[&str] = &[
    "tone",
    "note",
    "chord",
    "deal",
    "agreement",
    "balance",
    "compromise",
    "pose",
    "bargain",
    "road",
    "headlines",
    "back",
    "out",
    // "the peace push hit a roadblock", "hit a snag", "hit a record": where a course got to (not
    // "high" or "wall": "struck a high-rise", "hit a wall of the hospital").
    "roadblock",
    "roadblocks",
    "snag",
    "snags",
    "obstacle",
    "obstacles",
    "hurdle",
    "hurdles",
    "impasse",
    "stalemate",
    "record",
    "milestone",
    "jackpot",
    "nerve",
];

/// Whether the words after an attack verb (from `after`) make it a figure of speech.
fn figurative(s: &Sentence, after: usize) -> bool {
    let t = &s.tokens;
    let attack_verb = after > 0 && matches!(t[after - 1].lower.as_str(), "struck" | "strikes" | "strike" | "hit" | "hits" | "blasted");
    attack_verb
        && (after..(after + 4).min(t.len())).take_while(|&k| t[k].is_word()).any(|k| FIGURATIVE_OBJECTS.contains(&t[k].lower.as_str()))
}

/// Whether a weapon follows a verb that needs one (from token `from`): any word of
/// `WEAPONS` within six words, or a weapon named at the end of a longer noun phrase
/// ("fired a new medium-range hypersonic ballistic missile"), up to ten words on as
/// long as no punctuation closes the phrase first.
fn weapon_follows(s: &Sentence, from: usize) -> bool {
    let t = &s.tokens;
    // "fired at", "fired on": the place right after the verb; further on, "on" is a date or an object's
    // ("dropped its objection to the package on Wednesday").
    let near = (from..(from + 6).min(t.len()))
        .any(|k| WEAPONS.contains(&t[k].lower.as_str()) && (k == from || !matches!(t[k].lower.as_str(), "at" | "on")));
    let far = || {
        (from..(from + 10).min(t.len()))
            .take_while(|&k| t[k].is_word())
            .any(|k| WEAPONS.contains(&t[k].lower.as_str()) && !matches!(t[k].lower.as_str(), "at" | "on" | "force" | "fire" | "troops"))
    };
    near || far()
}

/// Nouns that name an attack or a blast as an event of its own.
pub(crate) const ATTACK_NOUNS: &[&str] = &[
    "attack",
    "strike",
    "airstrike",
    "explosion",
    "blast",
    "bombing",
    "shelling",
    "assault",
    "incursion",
    "raid",
    "bombardment",
    "invasion",
];
/// Nouns of force after "launched" or "escalated" besides weapons and attacks ("launched an
/// all-out offensive").
const ASSAULTS: &[&str] = &["offensive", "counteroffensive", "counter-offensive", "counterattack", "war", "operation", "barrage"];

/// An attack named by a noun, in the singular or the plural ("attacks", "strikes").
pub(crate) fn names_an_attack(word: &str) -> bool {
    ATTACK_NOUNS.contains(&word.strip_suffix('s').unwrap_or(word))
}

/// An attack or an assault named by a noun ("attacks", "an all-out offensive").
pub(crate) fn names_an_assault(word: &str) -> bool {
    ASSAULTS.contains(&word) || names_an_attack(word)
}

/// An inquiry right after a verb ("launched an investigation into the attack", "opened a criminal
/// probe into the explosion"): what is looked into is no weapon of the one looking.
fn inquiry_object(s: &Sentence, from: usize) -> bool {
    let t = &s.tokens;
    (from..(from + 4).min(t.len()))
        .take_while(|&k| {
            t[k].is_word() && !s.quoted[k] && !matches!(t[k].lower.as_str(), "of" | "into" | "on" | "at" | "in" | "for" | "to")
        })
        .any(|k| INQUIRIES.contains(&t[k].lower.as_str()))
}

/// Nouns of looking into something.
const INQUIRIES: &[&str] = &["investigation", "investigations", "probe", "inquiry", "case", "review", "commission"];

/// Whether the object starting at `from` is an assault or a weapon: its first four words, before any
/// preposition ("a missile strike", "an internal explosion"; not "a review of the strike").
fn assault_object(s: &Sentence, from: usize) -> bool {
    let t = &s.tokens;
    (from..(from + 4).min(t.len()))
        .take_while(|&k| {
            t[k].is_word()
                && !s.quoted[k]
                && !matches!(t[k].lower.as_str(), "of" | "into" | "on" | "at" | "in" | "for" | "to" | "after" | "against" | "by")
        })
        .any(|k| names_an_assault(&t[k].lower) || WEAPONS.contains(&t[k].lower.as_str()))
}

/// The phrase of the table at token `i`, quoted words included (an act told inside
/// someone's words): its length and kind, for a finite act, or one fired with a weapon
/// within the six words after it or launched as an assault within nine. None for words, claims and
/// accusations, and for forms that need a context (base forms, participles, plans).
pub fn act_at(s: &Sentence, i: usize) -> Option<(usize, Kind)> {
    let t = &s.tokens;
    VERBS.iter().find_map(|&(phrase, kind, form, _)| {
        let n = phrase.split(' ').count();
        let spelled = phrase.split(' ').enumerate().all(|(j, w)| t.get(i + j).is_some_and(|tok| tok.lower == w));
        if !spelled || matches!(kind, Statement | Claim | Accusation) {
            return None;
        }
        let fits = match form {
            Finite => !figurative(s, i + n),
            WithWeapon => {
                !inquiry_object(s, i + n)
                    && (weapon_follows(s, i + n) || (i + n..(i + n + 9).min(t.len())).any(|k| names_an_assault(&t[k].lower)))
            }
            OfAssault => assault_object(s, i + n),
            _ => false,
        };
        fits.then_some((n, kind))
    })
}

/// The kind of a one-word act of the table in its simple past ("withdrew" → decision): for a
/// perfect's participle that differs from it ("had withdrawn"), through `past_of_participle`.
pub fn act_of_participle(word: &str) -> Option<Kind> {
    let past = past_of_participle(word)?;
    VERBS
        .iter()
        .find(|&&(phrase, kind, form, _)| phrase == past && form == Finite && !matches!(kind, Statement | Claim | Accusation))
        .map(|&(_, kind, ..)| kind)
}

/// Whether the word at token `i` opens a phrase of the table for words, a claim or an
/// accusation ("told", "announced", "accused"), in any form.
pub fn speech_at(s: &Sentence, i: usize) -> bool {
    let t = &s.tokens;
    VERBS.iter().any(|&(phrase, kind, ..)| {
        matches!(kind, Statement | Claim | Accusation)
            && phrase.split(' ').enumerate().all(|(j, w)| t.get(i + j).is_some_and(|tok| tok.lower == w))
    })
}

/// The verb the phrase at token `i` makes, if its use makes it one (`before`: the
/// verbs found earlier in the sentence).
/// Words that may stand between a negation and its verb ("did not", "will never", "has not yet").
const NEGATED_VIA: &[&str] = &[
    "will",
    "would",
    "did",
    "does",
    "do",
    "has",
    "have",
    "had",
    "could",
    "can",
    "should",
    "shall",
    "may",
    "might",
    "must",
    "be",
    "been",
    "is",
    "are",
    "was",
    "were",
    "to",
    "also",
    "yet",
    "ever",
    "still",
    "even",
    "reportedly",
    "allegedly",
    "immediately",
];
/// State acts that are done by declaring them ("declared martial law", "proclaimed the annexation").
const DECLARED_ACTS: &[&str] = &[
    "annexation",
    "war",
    "martial",
    "mobilisation",
    "mobilization",
    "independence",
    "emergency",
    "ceasefire",
    "truce",
    "sovereignty",
    "curfew",
    "blockade",
];

/// What one declines to do that is only not telling: "declined to comment", "refused to say".
const NOT_TELLING: &[&str] = &[
    "comment",
    "say",
    "elaborate",
    "specify",
    "confirm",
    "answer",
    "discuss",
    "disclose",
    "reveal",
    "name",
    "identify",
    "speculate",
    "give",
    "provide",
    "respond",
    "be",
];

/// Words before "to"/"of" that say the act was not done or will not be: "refused to meet",
/// "has no plans to meet", "has yet to visit".
const NOT_DONE_BEFORE_TO: &[&str] =
    &["refused", "refuses", "refuse", "declined", "declines", "unwilling", "reluctant", "yet", "failed", "fails"];

/// "did not meet", "will never attend", "had no plans to meet", "refused to meet": the act
/// did not happen (or is ruled out), whatever its verb; what was said about it is a report.
fn negated(s: &Sentence, i: usize) -> bool {
    let t = &s.tokens;
    let word = |k: usize| t[k].lower.as_str();
    // "Neither Biden nor Zelensky said anything about talks": no one's act, nor anyone's words.
    if t.get(i + 1).is_some_and(|w| w.lower == "anything" && !s.quoted[i + 1])
        || (i.saturating_sub(6)..i).any(|k| !s.quoted[k] && matches!(word(k), "neither" | "nor"))
    {
        return true;
    }
    // "has never condemned Russia's intervention or even called it an invasion": a verb joined by
    // "or" to a denied one, in one clause, is denied too.
    let or_at =
        (i.saturating_sub(3)..i).rev().find(|&k| word(k) == "or" && (k + 1..i).all(|j| matches!(word(j), "even" | "ever" | "also")));
    if let Some(o) = or_at {
        let clause =
            (0..o).rev().take_while(|&k| t[k].kind != super::text::TokKind::Punct || t[k].kind == super::text::TokKind::Possessive);
        if clause.take(15).any(|k| !s.quoted[k] && (matches!(word(k), "not" | "never" | "cannot") || word(k).ends_with("n't"))) {
            return true;
        }
    }
    let mut k = i;
    while k > 0 && i - k < 4 && !s.quoted[k - 1] {
        let w = word(k - 1);
        if matches!(w, "not" | "never" | "cannot" | "no") || w.ends_with("n't") {
            return true;
        }
        if k >= 2 && matches!(w, "to" | "of") {
            let before = word(k - 2);
            if NOT_DONE_BEFORE_TO.contains(&before) {
                return true;
            }
            // "no plans to", "no intention of", "not planning to".
            if matches!(before, "plans" | "plan" | "intention" | "intentions" | "desire" | "planning" | "intend" | "intends")
                && k >= 3
                && matches!(word(k - 3), "no" | "not" | "never")
            {
                return true;
            }
        }
        if !NEGATED_VIA.contains(&w) {
            return false;
        }
        k -= 1;
    }
    false
}

fn verb_hit(s: &Sentence, i: usize, phrase: Phrase, before: &[VerbHit]) -> Option<VerbHit> {
    let t = &s.tokens;
    let Phrase { n, kind, form, denial } = phrase;
    let a = around(s, i, phrase, before);
    if a.passive_plan {
        // A plan told in the passive is the speaker's side's decision.
        let (subject_after, present, coordinate, purpose) = (false, false, false, false);
        return Some(VerbHit { at: i, end: i + n, kind: Decision, denial, subject_after, future: true, present, coordinate, purpose });
    }
    // "is expected to be reaffirmed", "to be signed": a passive yet to happen, if at all.
    let passive_to_come = a.prev == Some("be") && i >= 2 && s.tokens[i - 2].lower == "to";
    // "of using banned landmines": a past participle after a gerund (after a preposition, not
    // "a meeting attended by") describes its object.
    let after_gerund = phrase.form == Finite
        && s.tokens[i].lower.ends_with("ed")
        && a.prev.is_some_and(|w| w.len() > 4 && w.ends_with("ing") && !matches!(w, "having" | "being"))
        && i >= 2
        && matches!(s.tokens[i - 2].lower.as_str(), "of" | "for" | "by" | "from" | "about" | "without" | "after" | "before");
    // "The bridge was partially destroyed", "three people had been killed", "Thousands are being
    // evacuated": what happened, with no one named who did it (see `events::happening`).
    let happened = a.after_be && !a.by_agent && !passive_to_come && n <= 2 && is_passive_happening(s, i, n);
    // "the upcoming Switzerland-hosted Summit", "a U.S.-led group": a word joined by a hyphen
    // describes what follows; it is no verb.
    let hyphened = t[i].hyphened;
    // "for what Ukraine says is the deportation of thousands of children": the words describe
    // a thing named ("what … says is"); they are no report of the story.
    let described_thing = matches!(phrase.kind, Statement | Claim)
        && t.get(i + n).is_some_and(|w| matches!(w.lower.as_str(), "is" | "was" | "are" | "were"))
        && (i.saturating_sub(4)..i).any(|k| t[k].lower == "what" && (k + 1..i).all(|j| t[j].is_word()));
    let blocked = after_gerund
        || hyphened
        || described_thing
        || !form_fits(s, i, phrase, &a)
        || negated(s, i)
        || reduced_relative(s, i, before)
        || passive_to_come
        || form == Planned && !a.planned
        || a.noun
        || a.conditional
        || a.passive_attack && !happened
        || (a.modal && !(matches!(kind, Meeting | Other) && a.future) && !a.planned);
    // Of what lies ahead, only meetings and journeys are events; of infinitives, only reports.
    // "is heading to Washington on Monday": a journey under way in the present is one arranged.
    // ("is visiting Kyiv" with no time ahead is under way now: the present, not a plan.)
    let ahead = (i + 1..t.len()).any(|k| {
        matches!(
            t[k].lower.as_str(),
            "next"
                | "tomorrow"
                | "later"
                | "soon"
                | "upcoming"
                | "coming"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
        )
    });
    let now = matches!(t[i].lower.as_str(), "visiting" | "touring") && !ahead;
    let under_way = form == Progressive && kind == Other && matches!(a.prev, Some("is" | "are" | "am")) && !now;
    let future = a.future || a.planned && !a.purpose || under_way;
    let allowed = (!future || matches!(kind, Meeting | Other) || a.planned) && (!a.infinitive || kind == Statement || future || a.purpose);
    if blocked || !allowed {
        return None;
    }
    let coordinate = a.coordinate || a.purpose;
    // ("Roberta Metsola, visited Kyiv": only words are told with their teller after them.)
    let inverts = matches!(kind, Statement | Claim | Accusation);
    let subject_after = a.by_agent || form != Participle && !coordinate && (t[i].lower == "according" || inverts && subject_follows(s, i));
    let lower = t[i].lower.as_str();
    let present = n == 1 && !future && (form == Base || lower.ends_with('s') && !lower.ends_with("ss"));
    // People killed, hurt or moved: a toll, not the attack that caused it.
    let moved = || PEOPLE_MOVED.iter().any(|m| phrase_is(s, i, n, m));
    let kind = if happened && (matches!(lower, "killed" | "injured" | "wounded" | "evacuated") || moved()) { Other } else { kind };
    // "Finland formally joined the NATO military alliance": joining a bloc is a state's decision.
    let kind = if kind == Meeting && lower == "joined" && joins_a_bloc(s, i + n) { Decision } else { kind };
    Some(VerbHit { at: i, end: i + n, kind, denial, subject_after, future, present, coordinate, purpose: a.purpose })
}

/// Whether the object from token `from` is an alliance or a union ("the NATO military alliance",
/// "the European Union", "the bloc"): its first five words, up to a break.
fn joins_a_bloc(s: &Sentence, from: usize) -> bool {
    let t = &s.tokens;
    (from..(from + 5).min(t.len()))
        .take_while(|&k| t[k].is_word() && !s.quoted[k])
        .any(|k| matches!(t[k].lower.as_str(), "nato" | "alliance" | "eu" | "union" | "bloc"))
}

/// Adverbs that may stand between a form of "be" and its participle ("have been almost completely
/// destroyed", "was not invited").
pub(super) fn adverb_after_be(w: &str) -> bool {
    w.ends_with("ly") || matches!(w, "almost" | "also" | "already" | "not" | "never" | "just" | "since" | "now")
}

/// Participles whose passive tells what happened to people or things without a doer
/// ("was destroyed", "had been killed", "has been blown up", "were evacuated").
pub const PASSIVE_HAPPENINGS: &[&str] = &["destroyed", "damaged", "killed", "injured", "wounded", "evacuated", "blown up"];

/// Participles whose passive tells what happened to people only ("prisoners were returned";
/// "a statement was released" is none): see `Form::PassiveOfPeople`.
pub const PEOPLE_MOVED: &[&str] = &["released", "freed", "rescued", "returned", "repatriated", "exchanged", "swapped", "handed over"];

/// Head nouns of people that something may be done to ("prisoners", "civilians"), and the words
/// that stand for a number of them ("Many were rescued", "dozens").
const PEOPLE_NOUNS: &[&str] = &[
    "people",
    "persons",
    "civilians",
    "prisoners",
    "captives",
    "detainees",
    "hostages",
    "servicemen",
    "servicewomen",
    "soldiers",
    "troops",
    "fighters",
    "defenders",
    "marines",
    "guardsmen",
    "officers",
    "sailors",
    "crew",
    "children",
    "women",
    "men",
    "residents",
    "citizens",
    "nationals",
    "evacuees",
    "ukrainians",
    "russians",
    "pows",
    "many",
    "dozens",
    "hundreds",
    "thousands",
    "others",
];

/// Whether the subject before the "be" of the passive at token `i` is people: its last word (the
/// head) a noun of people or a number ("248 Russian servicemen have been returned", "308 children
/// were returned", "Many were rescued"), outside quotes.
fn people_before_be(s: &Sentence, i: usize) -> bool {
    let t = &s.tokens;
    let be = |w: &str| matches!(w, "was" | "were" | "been" | "being" | "is" | "are" | "be");
    let aux = |w: &str| be(w) || matches!(w, "have" | "has" | "had") || adverb_after_be(w);
    let Some(head) = (0..i).rev().find(|&k| !(t[k].is_word() && aux(&t[k].lower))) else { return false };
    let passive = (head + 1..i).any(|k| be(&t[k].lower));
    passive
        && t[head].is_word()
        && !s.quoted[head]
        && (PEOPLE_NOUNS.contains(&t[head].lower.as_str()) || t[head].lower.chars().all(|c| c.is_ascii_digit()))
}

/// Whether the phrase at token `i`, `n` words long, is one of `PASSIVE_HAPPENINGS`, or of `PEOPLE_MOVED` after people (compared word by
/// word without collecting: this runs for every verb read).
pub(super) fn is_passive_happening(s: &Sentence, i: usize, n: usize) -> bool {
    let is = |phrase: &&str| phrase_is(s, i, n, phrase);
    PASSIVE_HAPPENINGS.iter().any(is) || PEOPLE_MOVED.iter().any(is) && people_before_be(s, i)
}

/// Whether the `n` tokens from `i` are the words of `phrase` (compared word by word, without
/// collecting: this runs for every verb read).
fn phrase_is(s: &Sentence, i: usize, n: usize, phrase: &str) -> bool {
    phrase.split(' ').count() == n && phrase.split(' ').enumerate().all(|(j, w)| s.tokens.get(i + j).is_some_and(|t| t.lower == w))
}

/// Verbs whose object is people, so that an "-ed" word right after that object
/// describes them ("thanked U.S. troops deployed to Poland").
const PEOPLE_OBJECT_VERBS: &[&str] =
    &["thanked", "praised", "welcomed", "met", "visited", "hailed", "greeted", "honored", "honoured", "commended", "saluted", "addressed"];

/// "Biden thanked U.S. troops deployed to Poland": a past participle after the
/// object of such a verb, in its clause, is no act of its own.
fn reduced_relative(s: &Sentence, i: usize, before: &[VerbHit]) -> bool {
    let t = &s.tokens;
    if participle_modifier(s, i) {
        return true;
    }
    let Some(last) = before.last() else { return false };
    // "the IAEA mission arrived at Zaporizhia NPP captured by Russian forces": after the sentence's
    // verb, "-ed by" right after a name describes the name (a headline's "Kherson captured by
    // Russian forces", with no verb before, is the act itself).
    if i > last.end
        && t[i - 1].is_capitalized()
        && t[i].lower.ends_with("ed")
        && t[i].lower != "attended"
        && t.get(i + 1).is_some_and(|w| w.lower == "by" && !s.quoted[i + 1])
    {
        return true;
    }
    let object_verb = PEOPLE_OBJECT_VERBS.contains(&t[last.at].lower.as_str()) && last.end == last.at + 1;
    let between = &t[last.end..i];
    let one_clause = !between.is_empty()
        && between.len() <= 6
        && between.iter().all(|w| (w.is_word() || w.is_punct('.')) && !matches!(w.lower.as_str(), "and" | "that" | "who" | "which" | "as"));
    let after_noun = i > 0 && t[i - 1].is_word() && !t[i - 1].is_capitalized() && t[i].lower.ends_with("ed");
    object_verb && one_clause && after_noun
}

/// Acts that take an object: with none after them, they are told in the passive.
const TRANSITIVE_ACTS: &[&str] = &[
    "imposed",
    "deployed",
    "delivered",
    "sanctioned",
    "banned",
    "expelled",
    "appointed",
    "ratified",
    "adopted",
    "signed",
    "authorized",
    "authorised",
    "approved",
    "unveiled",
    // "a summit hosted by the US": a meeting described ("a meeting attended by X" tells who met).
    "hosted",
    "convened",
    "chaired",
    "organized",
    "organised",
    "suspended",
    "halted",
    // "territory seized by Russian forces", "the lands occupied by Russia": a place described.
    "seized",
    "captured",
    "occupied",
    "annexed",
];

/// "\"sanctions\" imposed on Russia by the United States", "troops deployed to Poland":
/// a transitive act right after a noun, a preposition right after it (no object), is
/// the noun's description, not an act of whoever spoke last.
fn participle_modifier(s: &Sentence, i: usize) -> bool {
    let t = &s.tokens;
    let prev_noun = i > 0 && (noun_before(s, i) || t[i - 1].kind == super::text::TokKind::CloseQuote);
    let preposition_next = t
        .get(i + 1)
        .is_some_and(|w| matches!(w.lower.as_str(), "on" | "to" | "by" | "in" | "at" | "against" | "from" | "for" | "under" | "into"));
    // ("Russian missiles and drones fired on Ukraine", "the rockets launched at Kharkiv": weapons
    // are fired, they do not fire; "troops fired on protesters" stays their act.)
    let weapon_before = matches!(t[i].lower.as_str(), "fired" | "launched")
        && i > 0
        && matches!(
            t[i - 1].lower.as_str(),
            "missile" | "missiles" | "drone" | "drones" | "rocket" | "rockets" | "shells" | "bombs" | "munitions" | "projectiles"
        )
        && preposition_next;
    if weapon_before {
        return true;
    }
    // ("the terms demanded by Ukraine": whatever the verb, "-ed by" right after a noun is passive.)
    // ("a meeting attended by Rubio" tells who met: that one is read as such elsewhere.)
    let by_next = t.get(i + 1).is_some_and(|w| w.lower == "by") && t[i].lower.ends_with("ed") && t[i].lower != "attended";
    (TRANSITIVE_ACTS.contains(&t[i].lower.as_str()) && preposition_next || by_next) && prev_noun
}

/// Whether the word before the participle at `i` is a common noun it may describe ("villages
/// evacuated", "sanctions imposed"), not an auxiliary, "and", an adverb or a pronoun subject.
pub(crate) fn noun_before(s: &Sentence, i: usize) -> bool {
    let Some(w) = i.checked_sub(1).map(|k| &s.tokens[k]) else { return false };
    w.is_word() && !w.is_capitalized() && !finite_before(&w.lower) && !SUBJECT_PRONOUNS.contains(&w.lower.as_str())
}

/// "they signed on Monday", "we delivered to Ukraine": a pronoun before the act is its subject.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you", "who", "which", "that"];

/// "has imposed", "was quickly signed", "and deployed": a word before a participle
/// that makes it part of a finite verb (an auxiliary, "and", or an adverb).
fn finite_before(w: &str) -> bool {
    matches!(w, "has" | "have" | "had" | "was" | "were" | "is" | "are" | "be" | "been" | "being" | "and")
        || w.ends_with("ly")
        || super::clauses::BETWEEN.contains(&w)
}

/// Words that tell a side's plan before a base form ("will", "would", "plans to").
/// ("Biden is planning to announce additional sanctions", "is preparing to impose".)
const PLAN_WORDS: &[&str] =
    &["will", "would", "plans", "plan", "planned", "planning", "intends", "intend", "intending", "preparing", "set", "scheduled", "due"];

/// "will lift", "would immediately provide", "plans to present": the base form at
/// `i` is what a side says it will do (an adverb in "-ly" may stand between).
fn planned_by(s: &Sentence, i: usize) -> bool {
    let t = &s.tokens;
    let mut k = i;
    if k > 0 && t[k - 1].is_word() && t[k - 1].lower.ends_with("ly") {
        k -= 1;
    }
    let Some(prev) = k.checked_sub(1).map(|j| t[j].lower.as_str()) else { return false };
    match prev {
        "will" | "would" => true,
        "to" => k >= 2 && PLAN_WORDS.contains(&t[k - 2].lower.as_str()),
        _ => false,
    }
}

/// Participles of policy acts that, after "will be" / "would be", tell a plan in the passive.
const PASSIVE_PLANS: &[&str] = &["announced", "unveiled", "delivered", "imposed", "approved", "signed"];

/// Announcing verbs whose purpose infinitive tells an act done on the occasion
/// ("visited Kyiv to announce a package"), not an intention.
const PURPOSE_ACTS: &[&str] = &["announce", "unveil"];

/// "met with Zelensky at the palace to announce $500 million", "delivered remarks … to
/// unveil …": "to" + an announcing verb right after an act of the subject (a meeting,
/// a journey, remarks) within its clause is what that act was for, done then. Not after a
/// verb that asks or wants ("urged NATO to announce", "wants to announce"), which the
/// act hits before do not cover.
fn purpose_of(s: &Sentence, i: usize, before: &[VerbHit]) -> bool {
    let t = &s.tokens;
    if i < 2 || t[i - 1].lower != "to" || !PURPOSE_ACTS.contains(&t[i].lower.as_str()) {
        return false;
    }
    let Some(act) = before.last().filter(|h| !h.future && !h.subject_after) else { return false };
    let occasion =
        matches!(act.kind, Kind::Meeting | Kind::Other) || t[act.at..act.end].iter().any(|w| w.lower == "remarks" || w.lower == "speech");
    // Nothing between the act and "to" that breaks the clause or asks someone.
    let between = &t[act.end..i - 1];
    let clean = between.len() <= 12
        && between.iter().all(|w| {
            !w.is_punct(',')
                && !w.is_punct(';')
                && !matches!(w.lower.as_str(), "and" | "but" | "that" | "asked" | "urged" | "wants" | "want" | "wanted")
        });
    occasion && clean && !s.quoted[i]
}

/// The past tense of a participle verb, for titles ("praising" → "praised").
pub fn past_of_participle(word: &str) -> Option<&'static str> {
    const PAST: &[(&str, &str)] = &[
        ("praising", "praised"),
        ("announcing", "announced"),
        ("telling", "told"),
        ("urging", "urged"),
        ("warning", "warned"),
        ("saying", "said"),
        ("adding", "added"),
        ("noting", "noted"),
        ("stressing", "stressed"),
        ("thanking", "thanked"),
        ("vowing", "vowed"),
        ("pledging", "pledged"),
        ("insisting", "insisted"),
        ("calling", "called"),
        ("accusing", "accused"),
        ("blaming", "blamed"),
        ("claiming", "claimed"),
        // The perfect's participle, where the past differs ("has given a pep talk" → "gave").
        ("given", "gave"),
        ("spoken", "spoke"),
        ("taken", "took"),
        ("begun", "began"),
        ("withdrawn", "withdrew"),
        ("written", "wrote"),
        ("flown", "flew"),
    ];
    PAST.iter().find(|(ing, _)| ing.eq_ignore_ascii_case(word)).map(|(_, past)| *past)
}

/// Words that may stand between "and" and a verb sharing the subject before it.
const COORDINATE_SKIP: &[&str] = &[
    "also",
    "then",
    "later",
    "has",
    "have",
    "had",
    "will",
    "subsequently",
    "again",
    "immediately",
    // "… and was due to hold talks": a plan of the same subject.
    "was",
    "were",
    "is",
    "are",
    "due",
    "to",
    "set",
    "expected",
    "scheduled",
    "would",
    "be",
];

/// "after meeting Trump", "before meeting with Erdogan": a meeting verb's "-ing" after a
/// preposition of time, with whom next, is an act of the clause's subject.
pub(crate) fn gerund_act(s: &Sentence, i: usize, n: usize) -> bool {
    let t = &s.tokens;
    let whom =
        t.get(i + n).is_some_and(|w| !s.quoted[i + n] && (w.is_capitalized() || w.lower == "with" || w.lower == "his" || w.lower == "her"));
    t[i].lower == "meeting" && i > 0 && matches!(t[i - 1].lower.as_str(), "after" | "before" | "while" | "when") && whom
}

/// "with the US warning of a swift response and G7 countries declaring …": a noun phrase of a
/// few words right after "with", or after an "and" that joins a second such clause, is the
/// subject of the "-ing" word at `i`.
fn absolute_subject(s: &Sentence, i: usize) -> bool {
    let t = &s.tokens;
    let Some(first) = (i.saturating_sub(4)..i)
        .rev()
        .take_while(|&k| t[k].is_word() && !s.quoted[k] && !matches!(t[k].lower.as_str(), "with" | "and"))
        .last()
    else {
        return false;
    };
    // The phrase ends with a noun: a name or a plural ("countries", "officials").
    let noun_end = t[i - 1].is_capitalized() || t[i - 1].lower.ends_with('s') && !t[i - 1].lower.ends_with("ss");
    let with_at = first.checked_sub(1).filter(|&k| t[k].lower == "with" || t[k].lower == "and");
    let opened_by_with =
        |k: usize| t[k].lower == "with" || (0..k).rev().take_while(|&j| !t[j].is_punct(',') || s.quoted[j]).any(|j| t[j].lower == "with");
    noun_end && with_at.is_some_and(opened_by_with)
}

/// "with Austin warning": a name just before the word at `i`.
fn prev_is_name(s: &Sentence, i: usize) -> bool {
    i > 0 && s.tokens[i - 1].is_capitalized() && !s.quoted[i - 1]
}

/// "…,” said Jens." / "…, said the ministry": nothing but quoted speech or a
/// comma before the verb, so the speaker comes after it.
fn subject_follows(s: &Sentence, i: usize) -> bool {
    let t = &s.tokens;
    // "Lidia Zubova, 67, told Reuters": whom one tells follows "told", never who told.
    if matches!(t[i].lower.as_str(), "told" | "tells") {
        return false;
    }
    let before_ok = i == 0 || s.quoted[i - 1] || t[i - 1].is_punct(',') || t[i - 1].kind == super::text::TokKind::CloseQuote;
    let after_is_name = t.get(i + 1).is_some_and(|n| n.is_capitalized() || n.lower == "the")
        || unnamed_speaker_follows(s, i + 1)
        || titled_name_follows(s, i + 1);
    // "Jens Stoltenberg, the head of NATO, said Russia …": a name and its description before the comma are the subject.
    let described = i > 0
        && t[i - 1].is_punct(',')
        && {
            let begin = (0..i - 1).rev().find(|&k| t[k].kind == super::text::TokKind::Punct || s.quoted[k]).map_or(0, |k| k + 1);
            begin < i - 1
                && (super::actors::before_apposition(s, begin, &[]).is_some()
                // "Biden, who talked with Zelensky, said the people …": a relative clause or a participle.
                || super::actors::before_insert(s, begin, false, &[]).is_some()
                // "John Smith, in Kyiv for talks, said the war …": a circumstance set off after the name.
                || super::actors::before_insert(s, begin, super::actors::opens_circumstance(&t[begin].lower), &[]).is_some()
                // "The mayor of Kyiv, Vitali Klitschko, said Russia …": a name set off between commas
                // after its description is the subject; an inverted verb follows a clause, not a bare name.
                // ("…, Ukrainian Defence Minister Rustem Umerov, said Kiev …": with the title before the name.)
                || begin > 0 && t[begin - 1].is_punct(',') && i - 1 - begin <= 7 && (begin..i - 1).all(|k| t[k].is_capitalized() && !s.quoted[k]))
        };
    before_ok && after_is_name && !described && !scare_quoted(s, i) && !names_a_clause_subject(s, i + 1)
}

/// Head nouns of someone the text does not name who can say something.
const SPEAKER_HEADS: &[&str] = &[
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "diplomat",
    "diplomats",
    "source",
    "sources",
    "aide",
    "aides",
    "adviser",
    "advisor",
    "officer",
    "representative",
    "commander",
    "analyst",
    "expert",
    "statement",
    "minister",
    "lawmaker",
];

/// "…, said a senior Defense Department official who briefed the media": an
/// indefinite speaker ("a"/"an" and a few words up to a speaker's head noun)
/// after the verb; "…, said a ceasefire was possible" opens a clause instead.
fn unnamed_speaker_follows(s: &Sentence, from: usize) -> bool {
    let t = &s.tokens;
    if !t.get(from).is_some_and(|w| matches!(w.lower.as_str(), "a" | "an") && !s.quoted[from]) {
        return false;
    }
    (from + 1..t.len().min(from + 7))
        .take_while(|&k| t[k].is_word() && !s.quoted[k])
        .any(|k| SPEAKER_HEADS.contains(&t[k].lower.as_str()) && !t.get(k + 1).is_some_and(|w| CLAUSE_VERBS.contains(&w.lower.as_str())))
}

/// "…, said spokesperson of the Ministry of Foreign Affairs Heorhiy Tykhyi", "…, said foreign
/// ministry spokesman X": a title in lower case, then the name or whose title it is.
fn titled_name_follows(s: &Sentence, from: usize) -> bool {
    let t = &s.tokens;
    let run: Vec<usize> = (from..t.len().min(from + 4)).take_while(|&k| t[k].is_word() && !s.quoted[k] && !t[k].is_capitalized()).collect();
    let head = run
        .iter()
        .rposition(|&k| SPEAKER_HEADS.contains(&t[k].lower.as_str()) || super::actors::TITLE_WORDS.contains(&t[k].lower.as_str()));
    let Some(h) = head else { return false };
    let next = run[h] + 1;
    h + 1 == run.len() && t.get(next).is_some_and(|w| !s.quoted[next] && w.is_capitalized())
        || run.get(h + 1).is_some_and(|&k| t[k].lower == "of")
}

/// Verbs that make the name before them a clause's subject, not a speaker.
const CLAUSE_VERBS: &[&str] = &[
    "was", "is", "were", "are", "had", "has", "have", "would", "will", "could", "can", "should", "must", "might", "may", "did", "does",
    "do", "wanted", "wants", "remained", "remains",
];

/// "Putin, echoing Trump's remarks, said Russia was prepared …": the name
/// after the verb opens the reported clause (a verb follows it), so the
/// speaker is before the verb; "…, said Lavrov, who …" keeps him as speaker.
fn names_a_clause_subject(s: &Sentence, from: usize) -> bool {
    let t = &s.tokens;
    let mut j = from;
    while j < t.len() && j < from + 6 && !s.quoted[j] && (t[j].is_capitalized() || matches!(t[j].lower.as_str(), "the" | "of")) {
        j += 1;
    }
    // "…, said the city was shelled": "the" and one noun before a verb of a clause.
    if j == from + 1 && t[from].lower == "the" && t.get(j).is_some_and(|w| w.is_word() && !w.is_capitalized()) {
        j += 1;
    }
    // "said Zelensky doesn't want a ceasefire", "said Russia launched …": a negated auxiliary or a
    // past tense after the name is the clause's verb too.
    let clause_verb = |w: &str| CLAUSE_VERBS.contains(&w) || w.ends_with("n't") || w.ends_with("n’t") || w.len() > 4 && w.ends_with("ed");
    j > from && t.get(j).is_some_and(|w| w.is_word() && !s.quoted[j] && clause_verb(w.lower.as_str()))
}

/// "Sources “familiar with the matter” told Reuters": a few words quoted inside
/// the subject (a word before the quote, no clause closing inside it), not a
/// quotation that the verb after it attributes ("“We will win,” said X").
fn scare_quoted(s: &Sentence, i: usize) -> bool {
    use super::text::TokKind;
    let t = &s.tokens;
    if i < 2 || t[i - 1].kind != TokKind::CloseQuote {
        return false;
    }
    let Some(open) = (0..i - 1).rev().find(|&k| t[k].kind == TokKind::OpenQuote) else { return false };
    let closes_clause = t[i - 2].kind == TokKind::Punct;
    !closes_clause && open > 0 && t[open - 1].is_word()
}

/// Verbs that make a noun the act ("made his first visit", "paid a visit", "will pay a state visit").
pub(super) const LIGHT_VERBS: &[&str] = &["made", "make", "makes", "making", "paid", "pay", "pays", "paying"];

/// What is said again ("repeated his vow", "reiterated its call").
pub(super) const SAID_AGAIN: &[&str] = &[
    "vow",
    "call",
    "calls",
    "demand",
    "demands",
    "warning",
    "warnings",
    "claim",
    "claims",
    "position",
    "offer",
    "pledge",
    "threat",
    "threats",
    "statement",
    "accusation",
    "accusations",
    "assertion",
    "appeal",
    "insistence",
    "stance",
    "view",
    "views",
    "comments",
    "remarks",
    "commitment",
    "support",
    "opposition",
    "request",
    "proposal",
];

/// Words of a toll before what it was ("at least three", "more than 20 people"), besides the numbers
/// (`dates::NUMBERS`).
const TOLL_WORDS: &[&str] = &[
    "at",
    "least",
    "more",
    "than",
    "some",
    "about",
    "nearly",
    "over",
    "people",
    "civilians",
    "and",
    "dozens",
    "scores",
    "hundreds",
    "several",
];

/// Which of two kinds a merged event keeps: the more specific report.
pub fn stronger(a: Kind, b: Kind) -> Kind {
    let rank = |k: Kind| match k {
        Statement => 0,
        Claim => 1,
        Accusation => 2,
        Meeting => 3,
        Decision => 4,
        Attack => 5,
        Other => 0,
    };
    if rank(b) > rank(a) { b } else { a }
}

/// Phrases saying that a report could not be checked.
const UNVERIFIED: &[&str] = &[
    "not been independently verified",
    "not be independently verified",
    "could not independently verify",
    "cannot independently verify",
    "could not immediately verify",
    "could not be verified",
    "has not been verified",
    "have not been verified",
    "not independently confirmed",
    "not been independently confirmed",
    "could not be independently confirmed",
    "unverified",
    "unconfirmed",
    "without providing evidence",
    "without offering evidence",
    "provided no evidence",
    "offered no evidence",
];

/// Words that hedge an act as only believed or alleged ("Ukraine reportedly struck …",
/// "Russia is believed to have fired …").
const HEDGES: &[&str] = &[
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "is believed to have",
    "are believed to have",
    "was believed to have",
    "is thought to have",
    "are thought to have",
    "is suspected of",
    "are suspected of",
    "is said to have",
    "are said to have",
    "was said to have",
];

/// Does the sentence hedge its acts as only believed or alleged?
pub fn hedged(sentence_text: &str) -> bool {
    // Whole words in a row ("this said to have" holds no "is said to have").
    let words: Vec<String> = sentence_text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    HEDGES.iter().any(|h| {
        let hedge: Vec<&str> = h.split(' ').collect();
        words.windows(hedge.len()).any(|w| w.iter().zip(&hedge).all(|(a, b)| a == b))
    })
}

/// Does the sentence say that what it reports is unverified?
pub fn says_unverified(sentence_text: &str) -> bool {
    let lower = sentence_text.to_lowercase();
    UNVERIFIED.iter().any(|p| lower.contains(p))
}

/// Verification of one event: an "unverified" cue wins; then a denial; then a
/// claim or accusation (or anything reported inside one); else reported.
pub fn verification(kind: Kind, unverified: bool, denial: bool, inside_claim: bool) -> Verification {
    if unverified {
        Verification::Unverified
    } else if denial {
        Verification::Denied
    } else if matches!(kind, Claim | Accusation) || inside_claim {
        Verification::Claimed
    } else {
        Verification::Reported
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences::split_sentences;

    fn verbs(text: &str) -> Vec<(String, Kind)> {
        let s = &split_sentences(text)[0];
        find_verbs(s)
            .into_iter()
            .map(|v| (s.tokens[v.at..v.end].iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" "), v.kind))
            .collect()
    }

    fn v(w: &str, k: Kind) -> (String, Kind) {
        (w.to_owned(), k)
    }

    #[test]
    fn a_weapon_at_the_end_of_a_long_noun_phrase_makes_fired_an_attack() {
        assert_eq!(verbs("Moscow fired a new medium-range hypersonic ballistic missile at Dnipro."), [v("fired", Attack)]);
        // Past a comma the phrase is over: the missile is no longer what was fired.
        assert_eq!(verbs("The firm launched a new long awaited marketing campaign, a missile show."), []);
    }

    #[test]
    fn advancing_into_ground_is_an_attack() {
        assert_eq!(verbs("Ukrainian troops have advanced up to 10 kilometers into Russia's Kursk Oblast."), [v("advanced", Attack)]);
        assert_eq!(verbs("Russian forces pushed deeper into the Donetsk region."), [v("pushed", Attack)]);
        assert_eq!(verbs("The minister advanced the proposal at the meeting."), []);
        assert_eq!(verbs("Russia pushed for talks."), []);
    }

    #[test]
    fn saying_again_what_was_asked_is_a_statement() {
        assert_eq!(verbs("He repeated his requests for continued Western assistance."), [v("repeated", Statement)]);
        assert_eq!(verbs("Zelensky renewed his call for fighter jets."), [v("renewed", Statement)]);
        assert_eq!(verbs("The ministry issued a warning to shipping."), [v("issued", Statement)]);
        // Not a plea: "issued a decree", "renewed the contract", "made a phone call".
        assert_eq!(verbs("The firm renewed the contract."), []);
        assert_eq!(verbs("He made a phone call to Kyiv."), []);
    }

    #[test]
    fn presiding_over_a_meeting_is_the_meeting_and_over_an_opening_a_ceremony() {
        assert_eq!(verbs("Putin presided over a meeting of the Security Council."), [v("presided over", Meeting)]);
        assert_eq!(verbs("Putin presided over the bridge's opening in 2018."), [v("presided over", Other)]);
        assert_eq!(verbs("Putin inaugurated the bridge in 2018."), [v("inaugurated", Other)]);
    }

    #[test]
    fn carrying_out_an_assault_is_an_attack_and_carrying_out_a_review_is_not() {
        assert_eq!(verbs("Russian terrorists carried out an internal explosion."), [v("carried out", Attack)]);
        assert_eq!(verbs("Ukraine conducted a drone strike on the base."), [v("conducted", Attack)]);
        assert_eq!(verbs("The army carried out a drill on Monday."), []);
        assert_eq!(verbs("Police conducted an investigation into the attack."), []);
        assert_eq!(verbs("The city staged a concert after the shelling."), []);
    }

    #[test]
    fn dropping_a_stand_is_a_decision_and_dropping_bombs_an_attack() {
        assert_eq!(verbs("Hungary dropped its objection to the package on Wednesday."), [v("dropped", Decision)]);
        assert_eq!(verbs("Russian jets dropped glide bombs on Kharkiv."), [v("dropped", Attack)]);
        // "on" makes an attack only right after the verb: further on it is a date's.
        assert_eq!(verbs("The firm dropped the price of the offer on Monday."), []);
        assert_eq!(verbs("Troops fired on the crowd."), [v("fired", Attack)]);
    }

    #[test]
    fn a_visit_described_after_a_preposition_is_a_noun() {
        // "Moscow … visit" is no act of Moscow's: "on a state visit" names the journey.
        assert_eq!(verbs("The Chinese leader arrived in Moscow on a state visit."), [v("arrived in", Other)]);
        // "made a surprise visit" stays the visitor's act.
        assert_eq!(verbs("Biden made a surprise visit to Kyiv."), [v("visit", Other)]);
    }

    #[test]
    fn troops_that_advance_toward_somewhere_attack_in_the_present_too() {
        assert_eq!(verbs("Russian troops advance southward from Izium."), [v("advance", Attack)]);
        assert_eq!(verbs("Russia advances into Donbas."), [v("advances", Attack)]);
        // A noun after a describing word.
        assert_eq!(verbs("The news followed weeks of Ukrainian advances towards the city."), []);
    }

    #[test]
    fn retaking_ground_and_freezing_assets_are_acts() {
        assert_eq!(verbs("Ukraine retook the city."), [v("retook", Attack)]);
        assert_eq!(verbs("The EU froze Russian assets."), [v("froze", Decision)]);
        assert_eq!(verbs("The Treasury designated Russian national Ivan Petrov."), [v("designated", Decision)]);
        assert_eq!(verbs("An official pointed the finger at Kyiv."), [v("pointed the finger at", Accusation)]);
        assert_eq!(verbs("Russia is escalating its attacks on Ukrainian cities."), [v("escalating", Attack)]);
        assert_eq!(verbs("Russia is escalating tensions in the region."), []);
        assert_eq!(verbs("Ukraine responded with air raids."), [v("responded", Attack)]);
        // A word joined by a hyphen describes what follows.
        assert_eq!(verbs("Blinken praised the upcoming Switzerland-hosted summit."), [v("praised", Statement)]);
        assert_eq!(verbs("Zelensky informed that Ukraine had received two systems."), [v("informed", Statement)]);
        assert_eq!(verbs("The council was informed that oil had leaked."), []);
        assert_eq!(verbs("Moscow had informed Turkey of its objection."), []);
        assert_eq!(verbs("Ukraine responded with a statement."), [v("responded", Statement)]);
        // A place described by who took it is no act told.
        assert_eq!(verbs("The tanks will help Kiev recapture territory seized by Russian forces."), []);
        assert_eq!(verbs("Russian forces seized the town on Monday."), [v("seized", Attack)]);
        assert_eq!(verbs("Russian boats opened fire on its naval vessels."), [v("opened fire", Attack)]);
        assert_eq!(verbs("Zelenskyy decried the deliberate attack as inhumane."), [v("decried", Accusation)]);
        // Nobody's words: "neither … nor", "said anything".
        assert_eq!(verbs("Neither Biden nor Zelensky said anything about talks."), []);
        assert_eq!(verbs("Zelensky said nothing would change."), [v("said", Statement)]);
        assert_eq!(verbs("The FSB was put in charge of the investigation."), [v("put in charge of", Decision)]);
        assert_eq!(verbs("The Department is also designating Ivan Petrov."), [v("designating", Decision)]);
        assert_eq!(verbs("The Department of State is taking action to impose visa restrictions."), [v("taking action", Decision)]);
        // A designated area is a place, not an act.
        assert_eq!(verbs("Civilians waited in designated areas."), []);
    }

    #[test]
    fn making_something_clear_is_saying_it() {
        assert_eq!(verbs("Putin has repeatedly made clear that Ukraine must stay out."), [v("made clear", Statement)]);
        assert_eq!(verbs("Biden made it clear that the US would defend NATO."), [v("made it clear", Statement)]);
    }

    #[test]
    fn laying_blame_on_someone_is_blaming() {
        assert_eq!(verbs("Stoltenberg laid overall but not specific blame on Putin."), [v("laid", Accusation)]);
        assert_eq!(verbs("Kyiv put the blame on Moscow."), [v("put", Accusation)]);
        assert_eq!(verbs("He put the book on the table."), []);
    }

    #[test]
    fn alleged_before_its_noun_describes_it() {
        assert_eq!(verbs("They discussed his predecessors, alleged Russian collusion and the election."), []);
        assert_eq!(verbs("Kyiv denied the alleged attack."), [v("denied", Statement)]);
        // The verb: a subject before it, or "that" after a comma.
        assert_eq!(verbs("The ministry alleged Ukrainian involvement."), [v("alleged", Claim)]);
        assert_eq!(verbs("Zakharova, the spokeswoman, alleged that Kyiv staged it."), [v("alleged", Claim)]);
    }

    #[test]
    fn a_meeting_had_however_described_is_held() {
        assert_eq!(verbs("Zelensky had a testy Oval Office meeting with Trump."), [v("had", Meeting)]);
        assert_eq!(verbs("The president had lunch with the soldiers."), [v("had lunch with", Meeting)], "the phrase first");
        // "had" is no meeting's when the meeting is not its object.
        assert_eq!(verbs("Zelensky had been invited to the meeting."), []);
        assert_eq!(verbs("Zelensky had little to say about the talks."), []);
    }

    #[test]
    fn attending_a_meeting_calling_for_and_changing_plans() {
        assert_eq!(verbs("Waltz and Witkoff joined Rubio at the table."), [v("joined", Meeting)]);
        assert_eq!(verbs("Macron joined Zelensky for talks in Paris."), [v("joined", Meeting)]);
        // A state's accession is its decision, no meeting.
        assert_eq!(verbs("Finland formally joined NATO on Tuesday."), [v("joined", Decision)]);
        assert_eq!(verbs("Finland joined NATO in April."), [v("joined", Decision)]);
        assert_eq!(verbs("Finland formally joined the NATO military alliance on Tuesday."), [v("joined", Decision)]);
        assert_eq!(verbs("Croatia joined the European Union in 2013."), [v("joined", Decision)]);
        // The one accused, no accuser: no accusation of theirs.
        assert!(
            verbs("Russia received Medvedchuk, an ally of Vladimir Putin accused of high treason.").iter().all(|(_, k)| *k != Accusation)
        );
        assert!(verbs("Russia accused of war crimes in Bucha.").is_empty());
        // What was done to them is no act of theirs (people exchanged are a happening of no side,
        // see `events`); with its doer after "by", the doer's.
        assert_eq!(verbs("Of the total, 200 Ukrainians were exchanged for one man."), [v("exchanged", Other)]);
        assert!(verbs("The documents were exchanged for one map.").is_empty());
        assert_eq!(verbs("Kyiv was visited by Biden on Monday.").first().map(|h| h.1), Some(Other));
        assert_eq!(verbs("Kyiv accused Moscow of shelling the plant.").first().map(|h| h.1), Some(Accusation));
        assert_eq!(verbs("Zelensky said he postponed a trip to Riyadh."), [v("said", Statement), v("postponed", Decision)]);
        assert_eq!(verbs("Biden escalated his rhetoric, calling for resolve among allies."), [v("calling for", Statement)]);
    }

    #[test]
    fn kinds_from_verbs() {
        assert_eq!(verbs("Stoltenberg said allies had agreed to help."), [v("said", Statement), v("agreed", Decision)]);
        assert_eq!(verbs("The ministry claimed Kyiv accused Moscow."), [v("claimed", Claim), v("accused", Accusation)]);
        assert_eq!(verbs("The occupiers used “phosphorus bombs” there."), [v("used", Attack)]);
        assert_eq!(verbs("NATO members met with officials."), [v("met", Meeting)]);
        assert_eq!(verbs("The White House was forced to retract the remarks."), [v("retract", Statement)]);
    }

    #[test]
    fn giving_the_green_light_is_a_decision() {
        assert_eq!(verbs("Biden gave Ukraine the green light to use the missiles."), [v("gave", Decision)]);
        assert_eq!(verbs("The minister granted permission for the strike."), [v("granted", Decision)]);
        // An assault named after "launched" is as a weapon; an inquiry is not.
        assert_eq!(verbs("Kyiv launched a surprise incursion."), [v("launched", Attack)]);
        assert!(verbs("Russia launched an investigation into the incident.").iter().all(|(_, k)| *k != Attack));
        // Looking into an attack is deciding to, whatever it looks into.
        assert_eq!(verbs("Ukraine launched an investigation into the attack."), [v("launched", Decision)]);
        assert_eq!(verbs("The committee opened a criminal probe into the explosion."), [v("opened", Decision)]);
        assert_eq!(verbs("Russia launched a missile attack on Kyiv."), [v("launched", Attack)]);
        assert_eq!(verbs("Ukrainian forces crossed into Russia's Kursk region."), [v("crossed into", Attack)]);
        assert_eq!(verbs("The two leaders held a joint press conference."), [v("held a joint press conference", Statement)]);
        assert_eq!(verbs("Erdogan offered to mediate between Moscow and Kyiv."), [v("offered to", Statement)]);
        // Words put out as a thing, whatever they said.
        assert_eq!(verbs("Then, Putin and Trump made statements to the media."), [v("made statements", Statement)]);
        assert_eq!(verbs("A spokesman read out a statement."), [v("read out a statement", Statement)]);
        assert_eq!(verbs("Zelensky addresses lawmakers in Ottawa."), [v("addresses", Statement)]);
        assert_eq!(verbs("Russia's defence ministry gave a lower figure of 80 civilians.").first().map(|h| h.1), Some(Statement));
        assert_eq!(verbs("Officials gave a death toll of 12.").first().map(|h| h.1), Some(Statement));
        assert!(verbs("Biden gave Ukraine the green light.").iter().all(|h| h.1 != Statement));
        // "an address" is a noun: no base form of a verb.
        assert!(
            verbs("Zelenskyy traveled to Washington to meet Biden and give an address to Congress.").iter().all(|(_, k)| *k != Statement)
        );
        // A participle after a gerund describes its object: no ban was decided.
        assert!(verbs("Human Rights Watch accused Ukraine of using banned landmines.").iter().all(|(w, _)| w != "banned"));
        assert!(verbs("Kiev offered 5,043 tons of supplies.").is_empty(), "what is offered is no words");
        // Not a consent: words given on an occasion.
        assert_eq!(verbs("Biden gave a speech in Warsaw."), [v("gave a speech", Statement)]);
    }

    #[test]
    fn warned_by_x_is_xs_warning() {
        let s = &split_sentences("Ukraine was warned by Washington that a strike was coming.")[0];
        let hits = find_verbs(s);
        assert_eq!(hits.len(), 1);
        assert!(hits[0].subject_after, "who warned follows “by”");
        assert_eq!(verbs("Russia notified the US of the launch."), [v("notified", Statement)]);
    }

    #[test]
    fn blowing_up_is_an_attack() {
        assert_eq!(verbs("Russian forces blew up the dam."), [v("blew up", Attack)]);
        assert_eq!(verbs("Saboteurs detonated a charge near the bridge."), [v("detonated", Attack)]);
    }

    #[test]
    fn an_unnamed_speaker_after_the_verb_is_its_subject() {
        let said = |text: &str| {
            let s = &split_sentences(text)[0];
            let i = s.tokens.iter().position(|t| t.lower == "said").unwrap();
            subject_follows(s, i)
        };
        assert!(said("“Russia is running short of shells,” said a senior Pentagon official who briefed reporters."));
        assert!(said("Russia is running short of shells, said a Kremlin spokesman."));
        // "said a …" opening what was said: the subject is before the verb.
        assert!(!said("He said a ceasefire was possible."));
        assert!(!said("He said a senior official was fired."));
    }

    #[test]
    fn welcoming_a_guest_to_a_place_is_a_meeting() {
        assert_eq!(verbs("Austin welcomed President Zelenskyy to the Pentagon."), [v("welcomed", Meeting)]);
        assert_eq!(verbs("Austin welcomed the decision to send tanks."), [v("welcomed", Statement)]);
    }

    #[test]
    fn announcing_a_decision_is_the_decision_and_announcing_that_is_words() {
        assert_eq!(verbs("The minister announced the withdrawal from the city."), [v("announced", Decision)]);
        assert_eq!(verbs("The alliance pledged $2 billion in aid."), [v("pledged", Decision)]);
        assert_eq!(verbs("The allies pledged to send more tanks."), [v("pledged", Decision)]);
        assert_eq!(verbs("The minister announced that the city was safe."), [v("announced", Statement)]);
        assert_eq!(verbs("He promised to the allies that aid would come."), [v("promised", Statement)]);
    }

    #[test]
    fn a_policy_act_a_side_plans_is_a_decision() {
        assert_eq!(verbs("The council will swiftly impose new tariffs."), [v("impose", Decision)]);
        assert_eq!(verbs("The ministry said Oslo would send two ships."), [v("said", Statement), v("send", Decision)]);
        assert_eq!(verbs("The agency plans to present its findings."), [v("present", Decision)]);
        assert_eq!(verbs("Biden is planning to announce additional sanctions."), [v("announce", Decision)]);
        assert_eq!(verbs("Russia is preparing to impose sanctions."), [v("impose", Decision)]);
        let s = &split_sentences("The agency will supply fuel.")[0];
        assert!(find_verbs(s)[0].future, "a plan lies ahead");
        // Not a plan: the same words as nouns, wishes or plain verbs.
        assert!(verbs("They hope to send a signal and present a united front.").is_empty());
        assert!(verbs("The lift of the ban was welcome.").is_empty());
    }

    #[test]
    fn nouns_modals_gerunds_and_conditions_are_not_events() {
        assert!(verbs("The claim has not been verified.").is_empty());
        assert!(verbs("Russia could use these weapons, he feared.").is_empty());
        assert!(verbs("He accused Russia of using phosphate munitions.").iter().all(|(_, k)| *k != Attack));
        assert!(verbs("We will respond if Russia used chemical weapons.").is_empty());
        assert!(verbs("The summit would agree on aid.").is_empty());
        assert!(verbs("Chemical weapons were used in Syria.").is_empty(), "passive attack: no attacker named");
        assert!(verbs("The use of force is banned.").is_empty());
    }

    #[test]
    fn says_inside_a_relative_clause_is_no_report_and_criticism_is_words() {
        // "weapons he says are critical": what he holds of the weapons; the report is "blasted".
        let hits = verbs("Zelensky blasted Western delays over supplying long-range weapons he says are critical.");
        assert_eq!(hits.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>(), ["blasted"], "{hits:?}");
        let hits = verbs("He criticised restrictions that he says limit Kyiv's ability to hit back.");
        assert_eq!(hits.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>(), ["criticised"], "{hits:?}");
        // "he says" before a clause with its own subject is a report.
        assert_eq!(verbs("Zelensky says the weapons are critical.").len(), 1);
        // A video "he claimed showed" phosphorus is his claim.
        assert!(verbs("He posted a video that he claimed showed phosphorus munitions.").iter().any(|(_, k)| *k == Claim));
        // Weapons blast, people criticise.
        assert!(verbs("Russian missiles blasted Kharkiv overnight.").iter().all(|(_, k)| *k != Statement));
    }

    #[test]
    fn words_called_or_continued_are_told() {
        let hits = verbs(
            "Blinken called recent barrages of Russian missile strikes against Ukraine’s energy infrastructure “barbaric” on Wednesday.",
        );
        assert_eq!(hits.first().map(|h| h.1), Some(Statement), "{hits:?}");
        // A possessive in the object, four words called with the full stop inside the quotation.
        let hits = verbs("Blinken called Russia's announcement \"deeply unfortunate and irresponsible.\"");
        assert_eq!(hits.first().map(|h| h.1), Some(Statement), "{hits:?}");
        assert_eq!(verbs("“This brutalization of Ukraine’s people is barbaric,” Blinken continued.").len(), 1);
        assert_eq!(verbs("“The talks with Russia are over for now,” he continued.").len(), 1);
        // Going on with an act is no words.
        assert!(verbs("Russia continued its attacks on Kyiv.").iter().all(|(_, k)| *k != Statement));
        // "called on" someone is a plea of its own kind, not what they were called.
        assert!(verbs("Zelensky called on allies to send “more weapons now”.").len() <= 1);
    }

    #[test]
    fn a_state_act_declared_is_a_decision() {
        assert_eq!(verbs("Zelensky declared martial law on Thursday."), [("declared".to_owned(), Decision)]);
        assert_eq!(
            verbs("Putin formally declared the biggest annexation in Europe since World War II."),
            [("declared".to_owned(), Decision)]
        );
        assert_eq!(verbs("Putin declared that the war would go on."), [("declared".to_owned(), Statement)]);
    }

    #[test]
    fn going_to_a_place_is_a_journey_going_to_war_is_none() {
        assert_eq!(verbs("Rutte went to the Ukrainian capital for his maiden trip."), [("went to".to_owned(), Other)]);
        assert_eq!(verbs("Rutte went to Kyiv."), [("went to".to_owned(), Other)]);
        assert!(verbs("Russia went to war in 2022.").is_empty());
        assert!(verbs("Rutte went to great lengths to help.").is_empty());
    }

    #[test]
    fn weapons_fired_are_described_not_firing() {
        let hits = verbs("Zelensky called on NATO members to shoot down Russian missiles and drones fired on Ukraine.");
        assert!(hits.iter().all(|(_, k)| *k != Attack), "{hits:?}");
        assert!(verbs("Russian troops fired on protesters in Kherson.").iter().any(|(_, k)| *k == Attack));
        assert!(verbs("Russia fired missiles on Kyiv.").iter().any(|(_, k)| *k == Attack));
    }

    #[test]
    fn an_act_negated_or_ruled_out_is_no_act() {
        for text in [
            "Biden did not meet Putin on Tuesday.",
            "Putin will not attend the summit.",
            "Putin had no plans to meet Zelensky.",
            "Russia never attacked civilians.",
            "Moscow didn't strike the city.",
            "Putin has yet to visit the region.",
        ] {
            let s = &split_sentences(text)[0];
            assert!(find_verbs(s).is_empty(), "{text}: {:?}", find_verbs(s).iter().map(|h| h.kind).collect::<Vec<_>>());
        }
        // The refusal itself is a decision; the meeting refused is none.
        let s = &split_sentences("Putin refused to meet Zelensky.")[0];
        assert_eq!(find_verbs(s).iter().map(|h| h.kind).collect::<Vec<_>>(), [Decision]);
        // Trying to say something is saying it.
        let s = &split_sentences("The White House attempted to clarify that he was not calling for a new government.")[0];
        assert_eq!(find_verbs(s).iter().map(|h| h.kind).collect::<Vec<_>>(), [Statement]);
        // Negation elsewhere in the sentence leaves the act alone.
        let s = &split_sentences("Not long after the talks, Putin met Xi in Moscow.")[0];
        assert_eq!(find_verbs(s).iter().map(|h| h.kind).collect::<Vec<_>>(), [Meeting]);
    }

    #[test]
    fn future_meetings_count_and_speaker_after_verb_is_noticed() {
        let s = &split_sentences("Biden will meet Zelensky on Friday.")[0];
        let hits = find_verbs(s);
        assert_eq!(hits.len(), 1);
        assert!(hits[0].future && hits[0].kind == Meeting);
        let s = &split_sentences("“We are concerned about this weapon use,” said Jens.")[0];
        assert!(find_verbs(s)[0].subject_after);
        // A name set off between commas after its description is the subject before the verb.
        let s = &split_sentences("The mayor of Kyiv, Vitali Klitschko, accused Russia of shelling.")[0];
        assert!(!find_verbs(s)[0].subject_after);
        let s = &split_sentences("The city was calm overnight, said Vitali Klitschko.")[0];
        assert!(find_verbs(s)[0].subject_after);
    }

    #[test]
    fn participles_and_verbs_after_and_share_the_subject_before() {
        let s = &split_sentences("The envoy opened the session, praising the volunteers.")[0];
        let hits = find_verbs(s);
        assert_eq!(hits.iter().map(|h| (h.kind, h.coordinate)).collect::<Vec<_>>(), [(Meeting, false), (Statement, true)]);
        assert!(!hits[1].subject_after, "the words after a participle are its object");
        let s = &split_sentences("The envoy chaired the talks and then urged calm.")[0];
        assert_eq!(find_verbs(s).iter().map(|h| (h.kind, h.coordinate)).collect::<Vec<_>>(), [(Meeting, false), (Statement, true)]);
        assert!(verbs("Praising the plan is easy.").is_empty(), "a participle opening the sentence has no subject to share");
        assert_eq!(verbs("The rally ended, with Ramos warning of more."), [v("warning", Statement)]);
        // An invitation renewed is words said again.
        assert_eq!(verbs("Zelenskyy renewed an invitation for world leaders to join a summit."), [v("renewed", Statement)]);
        // A day between a verb and its particle.
        assert_eq!(verbs("Trump called Thursday on Putin to halt attacks."), [v("called Thursday on", Statement)]);
        assert_eq!(
            verbs("The move drew condemnation, with the US warning of a response and G7 countries declaring they would not recognise it."),
            [v("warning", Statement), v("declaring", Statement)]
        );
    }

    #[test]
    fn a_report_in_the_passive_is_of_whoever_comes_after_by() {
        let s = &split_sentences("This is stated in a written statement by US President Joe Biden.")[0];
        let hits = find_verbs(s);
        assert!(hits.len() == 1 && hits[0].kind == Statement && hits[0].subject_after, "{:?}", hits.len());
    }

    #[test]
    fn a_figure_of_speech_is_no_attack() {
        assert!(verbs("Putin struck a conciliatory tone toward Trump.").is_empty());
        assert!(verbs("Russia and Iran struck a deal on drones.").iter().all(|(_, k)| *k != Attack));
        assert_eq!(verbs("Russian missiles struck Kyiv on Monday."), [("struck".to_owned(), Attack)]);
        // Where a course got to.
        assert!(verbs("Trump's latest peace push hit a roadblock during a call.").iter().all(|(_, k)| *k != Attack));
        assert!(verbs("The talks hit a snag on Friday.").iter().all(|(_, k)| *k != Attack));
        // A building is no figure: "high-rise" is no "high".
        assert_eq!(verbs("Russian missiles struck a high-rise in Dnipro."), [("struck".to_owned(), Attack)]);
    }

    #[test]
    fn the_present_and_progressive_of_a_regular_past_are_verbs_where_a_subject_precedes() {
        assert_eq!(verbs("The United States unequivocally rejects the vote."), [v("rejects", Statement)]);
        assert_eq!(verbs("NATO condemns the attack."), [v("condemns", Statement)]);
        assert_eq!(verbs("He denies it."), [v("denies", Statement)]);
        assert_eq!(verbs("The allies are imposing costs on Moscow."), [v("imposing", Decision)]);
        // Plural nouns: a name's last word, a possessive, a describing word, a verb after.
        assert!(verbs("The United States and Britain agreed.").iter().all(|(w, _)| w != "States"));
        assert!(verbs("Putin's remarks came late.").is_empty());
        assert!(verbs("Russia has faced Western sanctions since 2014.").iter().all(|(w, _)| w != "sanctions"));
        assert!(verbs("Kyiv demands are a non-starter.").is_empty());
        assert!(verbs("Many reports surfaced.").is_empty());
        assert!(verbs("Imposing costs matters.").is_empty(), "an -ing form without “be” is no act");
        // A singular noun as the subject, with "that" after the verb; not a determiner's noun.
        assert_eq!(verbs("Meanwhile, the British government notes that Russia fired."), [v("notes", Statement)]);
        assert!(verbs("He read the notes that Putin kept.").iter().all(|(w, _)| w != "notes"));
        assert!(verbs("The intelligence reports that surfaced were wrong.").iter().all(|(w, _)| w != "reports"));
    }

    #[test]
    fn a_participle_describing_a_noun_is_no_act_of_it() {
        // "the FY 2022 Ukraine supplemental signed into law by the president": no act of Ukraine's.
        assert!(
            verbs("Funds came through the Ukraine supplemental signed into law by the president yesterday.")
                .iter()
                .all(|(w, _)| w != "signed")
        );
        assert_eq!(verbs("Biden signed the bill into law."), [v("signed", Decision)]);
    }

    #[test]
    fn a_split_infinitive_is_no_act_done() {
        assert!(verbs("Zelenskyy wanted Kellogg to personally visit the contact line.").iter().all(|(w, _)| w != "visit"));
    }

    #[test]
    fn words_said_whenever_something_happens_are_a_habit() {
        assert!(verbs("Questions begin to be asked when the West declares that it will not talk.").is_empty());
        assert!(verbs("When Putin says he wants peace, nobody believes him.").iter().all(|(w, _)| w != "says"));
        assert_eq!(verbs("When Biden announced the aid, Kyiv welcomed it."), [v("announced", Decision), v("welcomed", Statement)]);
    }

    #[test]
    fn progressives_meeting_objects_and_passives() {
        assert_eq!(verbs("The army had been shelling the town for days."), [v("shelling", Attack)]);
        assert!(verbs("Shelling continued into the night.").is_empty());
        assert_eq!(verbs("The mayor concluded the summit early."), [v("concluded", Meeting)]);
        // ("concluded that …" is what the mayor said at the end, no meeting.)
        assert_eq!(verbs("The mayor concluded that it was over."), [v("concluded", Statement)]);
        assert!(verbs("Any move will be met with resistance.").is_empty(), "passive “met” is no meeting");
        assert!(verbs("The mayor was asked about it.").is_empty(), "a question put to someone is not a report");
        assert_eq!(verbs("The council agrees to a truce."), [v("agrees", Decision)]);
        let s = &split_sentences("The town was recaptured by the rebels.")[0];
        let hits = find_verbs(s);
        assert!(hits.len() == 1 && hits[0].kind == Attack && hits[0].subject_after, "a passive with its agent after “by”");
        assert_eq!(verbs("The mayor will have separate meetings with donors."), [v("have separate meetings", Meeting)]);
        assert_eq!(verbs("The mayor will travel to Oslo."), [v("travel", Other)], "a journey, not a meeting");
    }

    #[test]
    fn hedges_are_whole_words() {
        assert!(hedged("Ukraine reportedly struck an airbase."));
        assert!(hedged("Russia is believed to have fired it."));
        assert!(!hedged("He called this said to have been the plan."), "“this said” is no “is said”");
        assert!(!hedged("The reports said Russia fired."));
    }

    #[test]
    fn verification_cues() {
        assert!(says_unverified("However, the claim has not been independently verified."));
        assert!(!says_unverified("The claim was verified by reporters."));
        assert_eq!(verification(Statement, false, false, false), Verification::Reported);
        assert_eq!(verification(Claim, false, false, false), Verification::Claimed);
        assert_eq!(verification(Claim, true, false, false), Verification::Unverified);
        assert_eq!(verification(Statement, false, true, false), Verification::Denied);
        assert_eq!(verification(Attack, false, false, true), Verification::Claimed);
    }
}
